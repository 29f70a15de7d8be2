export * from './types';
export * from './fields';
export * from './headers';
export * from './parse-row';
export * from './plan';
export * from './rejected';
