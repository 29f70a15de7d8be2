export * from './polygon';
export * from './booth-type';
