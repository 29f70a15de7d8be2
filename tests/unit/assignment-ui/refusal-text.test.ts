import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { assignBooths } from '../../../shared/assignment/commands';
import { holdBooths } from '../../../shared/assignment/claims';
import { refusalText } from '../../../renderer/panels/common/refusal-text';
import { MESSAGES } from '../../../renderer/app/i18n';
import { describeError } from '../../../renderer/panels/common/describe-error';
import { refusalError } from '../../../renderer/editor/host-errors';
import { REFUSAL_CODES, refuse } from '../../../shared/editing/result';
import { assign, exhibitor, show } from './fixtures';

const ctx = { by: 'tester', at: '2026-05-01T08:00:00.000Z' };

async function translator(lng: 'en' | 'zh-CN') {
  const inst = i18next.createInstance();
  await inst.init({ lng, resources: { en: { translation: MESSAGES.en }, 'zh-CN': { translation: MESSAGES['zh-CN'] } }, interpolation: { escapeValue: false } });
  return inst.t.bind(inst);
}

describe('refusalText', () => {
  it('names the booth and whoever has it, in the user’s language', async () => {
    const p = show(3);
    p.exhibitors.e1 = exhibitor('e1', 'Siam Robotics', '暹罗机器人', 'TH');
    p.exhibitors.e2 = exhibitor('e2', 'Alibaba Cloud', '阿里云', 'CN');
    assign(p, 'b1', 'e1');
    const held = holdBooths(p, { exhibitorId: null, boothIds: ['b2'], until: null }, ctx);
    expect(held.ok).toBe(true);
    if (!held.ok) return;
    const { applyOperation } = await import('../../../shared/ops/operation');
    const q = applyOperation(p, held.op);
    const res = assignBooths(q, { exhibitorId: 'e2', boothIds: ['b1', 'b2'] }, ctx);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    const en = await translator('en');
    const zh = await translator('zh-CN');
    expect(res.refusals.map((r) => refusalText(en, r, 'en'))).toEqual(['Booth A-001 is already assigned to Siam Robotics.', 'Booth A-002 is on hold for the organizer.']);
    expect(refusalText(zh, res.refusals[0]!, 'zh-CN')).toBe('展位 A-001 已分配给 暹罗机器人。');
  });

  it('every refusal code and import error code has words in both languages', async () => {
    for (const lng of ['en', 'zh-CN'] as const) {
      const ui = MESSAGES[lng].exhibitorsUi as Record<string, Record<string, unknown>>;
      for (const code of ['no-booths', 'unknown-booth', 'unknown-exhibitor', 'unknown-zone', 'booth-assigned', 'booth-held', 'booth-reserved', 'booth-blocked', 'booth-not-assigned', 'booth-not-claimed', 'booth-not-blocked', 'booth-not-occupied-by-exhibitor', 'same-booth', 'nothing-to-swap', 'invalid-date', 'date-in-past', 'invalid']) {
        expect(ui.refusal![code], `${lng} refusal ${code}`).toBeTypeOf('string');
      }
      const errors = (ui.import as Record<string, Record<string, string>>).error!;
      for (const code of ['empty', 'too-large', 'unknown-format', 'legacy-xls', 'bad-zip', 'not-xlsx', 'zip-bomb', 'xlsx-corrupt', 'sheet-not-found', 'csv-malformed', 'too-many-rows', 'too-many-columns', 'timeout', 'out-of-memory', 'worker-failed']) {
        expect(errors[code], `${lng} import error ${code}`).toBeTypeOf('string');
      }
    }
  });

  it('says editing refusals through the same function, the same words as the error notification, in both languages', async () => {
    const en = await translator('en');
    const zh = await translator('zh-CN');
    const r = refuse('outside-hall', { boothIds: ['b1'], numbers: ['A1-001'] });
    expect(refusalText(en, r)).toBe('This would move booths outside their hall.');
    expect(refusalText(zh, r, 'zh-CN')).toBe('此操作会把展位移出所在展馆。');
    // A notification about a refused edit (runEdit → reportError → describeError) says exactly this.
    expect(describeError(en, refusalError(r)).message).toBe(refusalText(en, r));
    expect(describeError(zh, refusalError(r)).message).toBe(refusalText(zh, r, 'zh-CN'));
    // Every editing refusal has its own words, never the generic fallback.
    for (const t of [en, zh]) {
      const fallback = t('errors.unexpected');
      for (const code of REFUSAL_CODES) expect(refusalText(t, refuse(code)), code).not.toBe(fallback);
    }
  });
});
