/**
 * `npm run bench`: load on the real built hub (the same one-server setup as the
 * journeys), with autocannon. Figures go to bench/results.json; nothing here is
 * part of `npm test`, where timings would only make tests flaky.
 * @type {import('jest').Config}
 */
const base = require('../jest.config.js');

module.exports = {
  ...base,
  displayName: 'bench',
  rootDir: require('node:path').join(__dirname, '..'),
  testMatch: ['<rootDir>/bench/**/*.bench.ts'],
  testTimeout: 600_000,
};
