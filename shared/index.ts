// The core only; feature modules (editing, exhibitors, assignment, dashboard, print, publish,
// sample) are imported from their own folders, where their names cannot collide.
export * from './model';
export * from './ops';
export * from './geometry';
export * from './ipc';
