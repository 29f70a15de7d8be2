export * from './stages';
export * from './amounts';
export * from './commands';
