import { describe, expect, it } from 'vitest';
import { initI18n, MESSAGES } from '../../../renderer/app/i18n';
import { reasonText } from '../../../renderer/panels/allocation/reason-text';
import type { Reason, ReasonCode } from '../../../shared/allocation/types';

const CODES: ReasonCode[] = ['priority', 'size', 'rectangle', 'adjacent', 'zone-sector', 'zone-country', 'pavilion', 'preferred-zone', 'previous-booth', 'corner', 'island', 'no-size', 'no-zone', 'taken', 'competitor', 'not-optimal'];

const i18n = initI18n('en');
const t = (lang: 'en' | 'zh-CN') => i18n.getFixedT(lang);
const reason = (code: ReasonCode, args: Reason['args']): Reason => ({ code, args, message: `untranslated ${code}` });
const ctx = (lang: 'en' | 'zh-CN') => ({ lang, settings: null });

describe('allocation reasons in the user language', () => {
  it('has words for every reason code in both languages', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const words = (MESSAGES[lang] as { allocation: { reason: Record<string, string> } }).allocation.reason;
      for (const code of CODES) expect(words[code], `${lang} ${code}`).toBeTruthy();
    }
  });

  it('says a request by area alone without "0 booth(s)", in both languages', () => {
    const r = reason('no-size', { requestedBooths: 0, requestedArea: 200 });
    expect(reasonText(t('en'), r, ctx('en'))).toBe('no free booths of 200 m²');
    expect(reasonText(t('zh-CN'), r, ctx('zh-CN'))).toBe('没有 200 ㎡ 的空闲展位');
    const both = reason('no-size', { requestedBooths: 2, requestedArea: 18 });
    expect(reasonText(t('en'), both, ctx('en'))).toBe('no free booths of 2 booths, 18 m²');
  });

  it('names sectors and countries instead of their codes', () => {
    const sector = reason('zone-sector', { sector: 'artificial-intelligence', zoneZh: '人工智能区', zoneEn: 'AI Zone' });
    expect(reasonText(t('en'), sector, ctx('en'))).toBe('sector Artificial Intelligence matches zone AI Zone');
    expect(reasonText(t('zh-CN'), sector, ctx('zh-CN'))).toBe('行业 人工智能 符合 人工智能区');
    const zone = reason('no-zone', { requestedBooths: 0, requestedArea: 9, sectors: 'robotics', country: 'TH', zoneZh: '', zoneEn: '' });
    expect(reasonText(t('en'), zone, ctx('en'))).toBe('no free booths of 9 m² in a zone that allows Robotics from Thailand');
  });
});
