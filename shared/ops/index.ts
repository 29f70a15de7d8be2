export * from './operation';
export * from './build';
export * from './schema';
export * from './compose';
