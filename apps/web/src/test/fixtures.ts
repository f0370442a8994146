/** Test data for every page's specs, shaped as the API answers: import it from here. */
export * from './fixtures/ideas';
export * from './fixtures/interests';
export * from './fixtures/people';
export * from './fixtures/recommendations';
export * from './fixtures/reports';
export * from './fixtures/reviews';
export * from './fixtures/themes';
