export * from './pricing';
export * from './dashboard';
