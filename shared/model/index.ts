export * from './primitives';
export * from './entities';
export * from './project';
export * from './migrations';
export * from './load';
export * from './create';
export * from './ids';
export * from './integrity-changes';
