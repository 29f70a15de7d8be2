import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Booth, BoothStatus } from '../../../shared/model/entities';
import { BOOTH_STATUSES } from '../../../shared/model/entities';
import type { Language } from '../../../shared/ipc/contract';
import { boothArea } from '../../editor/booth-facts';
import { formatMetres } from './format';

/** Several booths: how many, their total area, and how they split by status. */
export function SelectionSummary({ booths, lang }: { booths: Booth[]; lang: Language }) {
  const { t } = useTranslation();
  const total = booths.reduce((sum, b) => sum + boothArea(b), 0);
  const byStatus = new Map<BoothStatus, number>();
  for (const b of booths) byStatus.set(b.status, (byStatus.get(b.status) ?? 0) + 1);
  const statusText = BOOTH_STATUSES.filter((s) => byStatus.has(s))
    .map((s) => `${t(`status.${s}`)} ${byStatus.get(s)}`)
    .join(' · ');
  return (
    <div className="inspector-multi">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('inspector.multi', { count: booths.length })}
      </Typography.Title>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'area', label: t('inspector.totalArea'), children: t('inspector.areaValue', { area: formatMetres(total, lang) }) },
          { key: 'status', label: t('inspector.byStatus'), children: statusText },
        ]}
      />
    </div>
  );
}
