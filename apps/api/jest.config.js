const { resolve } = require('node:path');

// swc rewrites the workspace alias at compile time, so it also resolves in the
// global setup, which jest loads with Node's own require (no moduleNameMapper there).
const swc = {
  jsc: {
    baseUrl: resolve(__dirname, '../..'),
    paths: { '@ideas-hub/domain': ['libs/domain/src/index.ts'] },
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // Suites that need a real Redis run in their own pass (`npm run test:redis`, jest.redis.config.js).
  testPathIgnorePatterns: ['/node_modules/', '\\.redis\\.int\\.spec\\.ts$'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', swc],
    '^.+\\.js$': ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  // sanitize-html 2.17 requires htmlparser2 12, which is ESM only: Node 20 loads it natively, jest's
  // own module loader does not, so these packages are compiled to CommonJS for the tests.
  transformIgnorePatterns: ['/node_modules/(?!(htmlparser2|domhandler|domutils|dom-serializer|domelementtype|entities)/)'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 30000,
  // argon2 and PostgreSQL share two cores: more workers only queue.
  maxWorkers: 2,
};
