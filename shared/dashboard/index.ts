export * from './pricing';
export * from './dashboard';
export * from './charts';
export * from './tables';
