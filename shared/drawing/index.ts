export * from './compact';
export * from './import-dxf';
export * from './units';
