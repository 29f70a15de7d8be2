export * from './public-view';
export * from './sha256';
export * from './published-map';
export { CLIENT_SCRIPT } from './client-script';
