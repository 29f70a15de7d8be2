import { Checkbox, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PriorityBreakdown } from '../../../shared/allocation/priority';
import { SPONSOR_LEVELS } from '../../../shared/model/allocation-fields';

/**
 * What the space draw and the proposal rank exhibitors by: the inputs of the organizer's
 * rules (years exhibited, sponsorship, deposit), a manual bonus, an override, and the points
 * they come to, broken down so staff can say why one exhibitor goes before another.
 */
export function PriorityFields({ points }: { points: PriorityBreakdown | null }) {
  const { t } = useTranslation();
  return (
    <fieldset className="priority-fields" data-testid="priority-fields">
      <legend>{t('exhibitorsUi.priority.title')}</legend>
      {points && (
        <Typography.Paragraph type="secondary" data-testid="priority-points" data-points={points.points}>
          {points.overridden
            ? t('exhibitorsUi.priority.overridden', { points: points.points })
            : t('exhibitorsUi.priority.sum', { points: points.points, ...points.parts })}
        </Typography.Paragraph>
      )}
      <div className="form-row">
        <Form.Item name="yearsExhibited" label={t('exhibitorsUi.priority.years')} style={{ flex: 1 }}>
          <InputNumber min={0} max={200} precision={0} style={{ width: '100%' }} aria-label={t('exhibitorsUi.priority.years')} />
        </Form.Item>
        <Form.Item name="sponsorship" label={t('exhibitorsUi.priority.sponsorship')} style={{ flex: 1 }}>
          <Select aria-label={t('exhibitorsUi.priority.sponsorship')} options={SPONSOR_LEVELS.map((s) => ({ value: s, label: t(`exhibitorsUi.priority.level.${s}`) }))} />
        </Form.Item>
        <Form.Item name="depositDate" label={t('exhibitorsUi.priority.deposit')} style={{ flex: 1 }}>
          <Input type="date" aria-label={t('exhibitorsUi.priority.deposit')} />
        </Form.Item>
      </div>
      <div className="form-row">
        <Form.Item name="priority" label={t('exhibitorsUi.priority.bonus')} style={{ flex: 1 }}>
          <InputNumber style={{ width: '100%' }} aria-label={t('exhibitorsUi.priority.bonus')} />
        </Form.Item>
        <Form.Item name="priorityOverride" label={t('exhibitorsUi.priority.override')} style={{ flex: 1 }}>
          <InputNumber style={{ width: '100%' }} placeholder={t('exhibitorsUi.priority.computed')} aria-label={t('exhibitorsUi.priority.override')} />
        </Form.Item>
      </div>
      <div className="form-row">
        <Form.Item name="wantsCorner" valuePropName="checked" style={{ flex: 1 }}>
          <Checkbox>{t('exhibitorsUi.priority.wantsCorner')}</Checkbox>
        </Form.Item>
        <Form.Item name="wantsIsland" valuePropName="checked" style={{ flex: 1 }}>
          <Checkbox>{t('exhibitorsUi.priority.wantsIsland')}</Checkbox>
        </Form.Item>
      </div>
    </fieldset>
  );
}
