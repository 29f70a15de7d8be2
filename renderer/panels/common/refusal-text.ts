import type { TFunction } from 'i18next';
import type { Refusal as AssignmentRefusal } from '../../../shared/assignment/types';
import type { Refusal as EditRefusal } from '../../../shared/editing/result';
import type { Language } from '../../../shared/ipc/contract';

/**
 * Any refusal the document can give: an editing command's (`reason`, with placeholder values
 * in `detail`) or an assignment command's (`code`, naming the booth and whoever holds it).
 */
export type AnyRefusal = AssignmentRefusal | Pick<EditRefusal, 'reason' | 'detail' | 'numbers'>;

/** A holder's name in the user's language (the other language when that one is empty). */
function holderName(r: AssignmentRefusal, lang: Language, t: TFunction): string {
  const zh = r.args.holderZh ?? r.holder?.name.zh ?? '';
  const en = r.args.holderEn ?? r.holder?.name.en ?? '';
  const name = lang === 'zh-CN' ? zh || en : en || zh;
  if (name) return name;
  return r.holder && r.holder.exhibitorId === null ? t('exhibitorsUi.refusal.organizer') : t('exhibitorsUi.refusal.someone');
}

/**
 * The one place a refusal becomes words, in the user's language: editing refusals from
 * `edit.refused.<reason>` ("The booth would leave its hall"), assignment refusals from
 * `exhibitorsUi.refusal.<code>`, naming the booth and whoever holds it ("Booth A1-001 is
 * already assigned to Siam Robotics"). Notifications, inline form errors and dialogs all call
 * this. `lang` picks which name of a holder to show.
 */
export function refusalText(t: TFunction, r: AnyRefusal, lang: Language = 'en'): string {
  if (!('code' in r)) {
    const numbers = r.numbers?.length ? r.numbers.join(', ') : '';
    return t(`edit.refused.${r.reason}`, { numbers, ...r.detail, defaultValue: t('errors.unexpected') });
  }
  const args = { ...r.args, booth: r.boothNumber ?? r.args.booth ?? '', holder: holderName(r, lang, t), status: r.status ? t(`status.${r.status}`) : '' };
  const text = t(`exhibitorsUi.refusal.${r.code}`, { ...args, defaultValue: '' });
  if (text) return r.problems?.length ? `${text} ${r.problems.join('; ')}` : text;
  return r.message;
}
