export * from './roles';
export * from './professions';
export * from './statuses';
export * from './limits';
export * from './error-codes';
export * from './policy';
export * from './messages';
