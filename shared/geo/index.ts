export * from './frame';
export * from './geojson';
export * from './hull';
export * from './imdf';
