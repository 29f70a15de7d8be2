import { useTranslation } from 'react-i18next';
import { BOOTH_STATUSES } from '../../../shared/model/entities';
import { BOOTH_STROKE, STATUS_FILL } from '../../editor/status-colors';

/** What the booth colours mean; floats over the plan's corner. */
export function StatusLegend() {
  const { t } = useTranslation();
  return (
    <div className="status-legend" role="group" aria-label={t('legend.title')}>
      <div className="status-legend-title">{t('legend.title')}</div>
      {BOOTH_STATUSES.map((s) => (
        <div key={s} className="status-legend-row">
          <span className="swatch" style={{ background: STATUS_FILL[s], borderColor: BOOTH_STROKE }} aria-hidden />
          {t(`status.${s}`)}
        </div>
      ))}
    </div>
  );
}
