export * from './limits';
export * from './parse-spreadsheet';
export { inspectZip, isXlsxPackage, type ZipEntryInfo, type ZipInspection } from './zip-guard';
export { sniff, type Sniffed } from './sniff';
export { decodeText, type DecodedText } from './decode';
