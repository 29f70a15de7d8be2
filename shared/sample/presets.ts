import { DEFAULT_VENUE, type GenerateShowOptions } from './generate';

/**
 * The show bundled as `resources/samples/expo-sample.pavilion.json` and opened on first start.
 * Regenerate with `npm run sample -- --preset expo-sample --out resources/samples/expo-sample.pavilion.json`;
 * a unit test fails when the committed file differs from this preset's output.
 */
export const EXPO_SAMPLE: Readonly<GenerateShowOptions> = {
  halls: 2,
  booths: 150,
  exhibitors: 80,
  seed: 2027,
  name: { zh: '中国—东盟博览会 先进技术展（示例）', en: 'China–ASEAN Expo Advanced Technology Exhibition (Sample)' },
  venue: DEFAULT_VENUE,
  start: '2027-09-17',
  end: '2027-09-21',
  // The day the sample was made: most holds run past it, a few have lapsed and are released when it is opened.
  today: '2026-11-23',
  // Its venue's master plan under the site: `resources/samples/expo-sample.assets/a_siteplan.png`.
  siteDrawing: true,
};

export const PRESETS: Readonly<Record<string, Readonly<GenerateShowOptions>>> = {
  'expo-sample': EXPO_SAMPLE,
};
