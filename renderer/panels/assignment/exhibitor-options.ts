import type { Project } from '../../../shared/model/project';
import type { Language } from '../../../shared/ipc/contract';
import { pickText } from '../../editor/text';

export interface ExhibitorOption {
  value: string;
  label: string;
  /** Both names and the contact, for the picker's search. */
  search: string;
}

/** Picker options for every exhibitor: the name in the user's language, the other in brackets. */
export function exhibitorOptions(exhibitors: Project['exhibitors'], lang: Language): ExhibitorOption[] {
  const collator = new Intl.Collator(lang === 'zh-CN' ? 'zh-CN' : 'en', { numeric: true, sensitivity: 'base' });
  return Object.values(exhibitors)
    .map((e) => {
      const name = pickText(e.name, lang);
      const other = lang === 'zh-CN' ? e.name.en : e.name.zh;
      return {
        value: e.id,
        label: other && other !== name ? `${name} (${other})` : name,
        search: [e.name.zh, e.name.en, e.shortName.zh, e.shortName.en, e.contact.person].join(' ').toLowerCase(),
      };
    })
    .sort((a, b) => collator.compare(a.label, b.label));
}
