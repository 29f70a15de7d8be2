import { useMemo } from 'react';
import { Segmented } from 'antd';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { useDocument, useSession } from '../../editor/instance';
import { pickText } from '../../editor/text';
import { levelsOf, setLevel, siteStore } from '../../editor/site-store';
import './site.css';

/** One level of the site at a time: the plan shows its halls where they are. */
export function LevelSwitcher() {
  const { t } = useTranslation();
  const lang = useSession((s) => s.language);
  const settings = useDocument((s) => s.doc?.settings);
  const halls = useDocument((s) => s.doc?.halls);
  const level = useStore(siteStore, (s) => s.level);
  const levels = useMemo(() => (settings && halls ? levelsOf({ settings, halls }) : []), [settings, halls]);
  if (levels.length === 0) return null;
  // Highest floor on top, as in a lift.
  const options = [...levels].reverse().map((l) => ({ value: l.ordinal, label: pickText(l.name, lang) || String(l.ordinal) }));
  if (!levels.some((l) => l.ordinal === level)) options.unshift({ value: level, label: String(level) });
  return (
    <div className="level-switcher" role="group" aria-label={t('site.levels.switcher')}>
      <Segmented vertical size="small" value={level} options={options} onChange={(v) => setLevel(Number(v))} aria-label={t('site.levels.switcher')} />
    </div>
  );
}
