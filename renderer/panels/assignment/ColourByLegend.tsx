import './assignment.css';
import { Select } from 'antd';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../shared/exhibitors/countries';
import { sectorLabel } from '../../../shared/exhibitors/sectors';
import { colourStore, COLOUR_MODES, setColourMode, type ColourMode, type LegendEntry } from '../../editor/assignment/colour-mode';
import { editor, useDocument, useSession } from '../../editor/instance';
import { pickText } from '../../editor/text';
import { BOOTH_STROKE } from '../../editor/status-colors';

const MAX_ROWS = 14;

/** The "Colour by" control and what the colours mean, floating over the plan. */
export function ColourByLegend() {
  const { t } = useTranslation();
  const lang = useSession((s) => s.language);
  const zones = useDocument((s) => s.doc?.zones);
  const settings = useDocument((s) => s.doc?.settings);
  const mode = useStore(colourStore, (s) => s.mode);
  const legend = useStore(colourStore, (s) => s.colouring.legend);
  const l = lang === 'zh-CN' ? 'zh' : 'en';
  const label = (e: LegendEntry): string => {
    if (e.key === '') return t(`exhibitorsUi.colour.none.${mode}`);
    switch (mode) {
      case 'status':
        return t(`status.${e.key}`);
      case 'zone':
        return pickText(zones?.[e.key]?.name, lang) || e.key;
      case 'sector':
        return sectorLabel(settings, e.key, l);
      case 'country':
        return countryName(e.key, l);
    }
  };
  const shown = legend.slice(0, MAX_ROWS);
  const rest = legend.slice(MAX_ROWS).reduce((s, e) => s + e.booths, 0);
  return (
    <div className="status-legend colour-legend" role="group" aria-label={t('exhibitorsUi.colour.legend')} data-mode={mode}>
      <Select<ColourMode>
        size="small"
        aria-label={t('a11y.colourBy')}
        value={mode}
        style={{ width: '100%', marginBottom: 6 }}
        options={COLOUR_MODES.map((m) => ({ value: m, label: t(`exhibitorsUi.colour.by.${m}`) }))}
        onChange={(m) => setColourMode(m, editor.store.getState().doc)}
      />
      {shown.map((e) => (
        <div key={e.key} className="status-legend-row" data-key={e.key}>
          <span className="swatch" style={{ background: e.color, borderColor: BOOTH_STROKE }} aria-hidden />
          <span className="legend-label">{label(e)}</span>
          <span className="legend-count">{e.booths}</span>
        </div>
      ))}
      {rest > 0 && <div className="status-legend-row legend-more">{t('exhibitorsUi.colour.more', { count: legend.length - MAX_ROWS })}</div>}
    </div>
  );
}
