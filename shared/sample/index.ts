export { generateShow, GenerateOptionsError, DEFAULT_SHOW_NAME, DEFAULT_VENUE, MAX_GENERATED_BOOTHS, type GenerateShowOptions } from './generate';
export { SAMPLE_SECTORS, THEMES, type SectorKey, type ThemeDef } from './catalog/sectors';
export { COUNTRIES } from './catalog/countries';
export { Rng } from './random';
export { EXPO_SAMPLE, PRESETS } from './presets';
