/**
 * `npm run test:faults`: the built hub started as a real process (`node dist/.../main.js`, embedded
 * PostgreSQL in a temporary folder), then signalled, starved of its database or killed. One file at
 * a time: each starts its own hub and PostgreSQL, and they would only queue for the two cores.
 * @type {import('jest').Config}
 */
const api = require('../jest.config.js');

module.exports = {
  displayName: 'faults',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.fault.ts'],
  transform: api.transform,
  testTimeout: 120_000,
  maxWorkers: 1,
};
