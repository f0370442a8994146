const base = require('./jest.config');

/** The suites that need a real Redis: run with REDIS_URL set, after `npm test`. */
module.exports = {
  ...base,
  displayName: 'api (Redis)',
  testMatch: ['<rootDir>/src/**/*.redis.int.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
};
