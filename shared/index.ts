export * from './model';
export * from './ops';
export * from './geometry';
export * from './ipc';
export * from './editing';
export * from './exhibitors';
export * from './assignment';
export * from './dashboard';
