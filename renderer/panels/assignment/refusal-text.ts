import type { TFunction } from 'i18next';
import type { Refusal } from '../../../shared/assignment/types';
import type { Language } from '../../../shared/ipc/contract';

/** A holder's name in the user's language (the other language when that one is empty). */
function holderName(r: Refusal, lang: Language, t: TFunction): string {
  const zh = r.args.holderZh ?? r.holder?.name.zh ?? '';
  const en = r.args.holderEn ?? r.holder?.name.en ?? '';
  const name = lang === 'zh-CN' ? zh || en : en || zh;
  if (name) return name;
  return r.holder && r.holder.exhibitorId === null ? t('exhibitorsUi.refusal.organizer') : t('exhibitorsUi.refusal.someone');
}

/**
 * One sentence per refusal, in the user's language, naming the booth and whoever holds it
 * ("Booth A1-001 is already assigned to Siam Robotics").
 */
export function refusalText(t: TFunction, r: Refusal, lang: Language): string {
  const args = { ...r.args, booth: r.boothNumber ?? r.args.booth ?? '', holder: holderName(r, lang, t), status: r.status ? t(`status.${r.status}`) : '' };
  const text = t(`exhibitorsUi.refusal.${r.code}`, { ...args, defaultValue: '' });
  if (text) return r.problems?.length ? `${text} ${r.problems.join('; ')}` : text;
  return r.message;
}
