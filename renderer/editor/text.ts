import type { Bilingual } from '../../shared/model/primitives';
import type { Language } from '../../shared/ipc/contract';

/** The text in the wanted language, or the other one when that side is empty. */
export function pickText(text: Bilingual | null | undefined, lang: Language): string {
  if (!text) return '';
  const first = lang === 'zh-CN' ? text.zh : text.en;
  const second = lang === 'zh-CN' ? text.en : text.zh;
  return first.trim() !== '' ? first : second;
}
