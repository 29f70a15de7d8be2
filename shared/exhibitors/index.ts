export * from './text';
export * from './countries';
export * from './sectors';
export * from './ops';
export * from './filters';
export * from './csv';
export * from './table';
export * from './import';
