export * from './render';
export * from './export-files';
export * from './write-atomic';
