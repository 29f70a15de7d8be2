export * from './model';
export * from './ops';
export * from './geometry';
export * from './ipc';
export * from './editing';
