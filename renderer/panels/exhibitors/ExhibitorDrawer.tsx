import '../assignment/assignment.css';
import { useMemo } from 'react';
import { App, Button, Divider, Drawer, Form, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { exhibitorIndex } from '../../../shared/assignment/by-exhibitor';
import { historyForExhibitor } from '../../../shared/assignment/history';
import { warningsForExhibitor } from '../../../shared/assignment/warnings';
import { addExhibitor, deleteExhibitors, editExhibitor } from '../../../shared/exhibitors/ops';
import { showSectors } from '../../../shared/exhibitors/sectors';
import { runEdit } from '../../editor/edit-runner';
import { useDocument, useSession } from '../../editor/instance';
import { select } from '../../editor/session-store';
import { pickText } from '../../editor/text';
import { requestView } from '../../editor/view-requests';
import { useFeedback } from '../assignment/use-feedback';
import { WarningItems } from '../assignment/WarningsPanel';
import { HistoryList } from '../history/HistoryList';
import { formatMetres } from '../inspector/format';
import { exhibitorInputOf, formValuesOf, type ExhibitorFormValues } from './exhibitor-form';
import { PriorityFields } from './PriorityFields';
import { priorityOf } from '../../../shared/allocation/priority';
import { countryOptions as countryPickList } from './country-options';

interface Props {
  /** null = a new exhibitor. */
  exhibitorId: string | null;
  onClose(): void;
}

/** Adds or edits one exhibitor; shows its booths, warnings and history; deletes it (asking first). */
export function ExhibitorDrawer({ exhibitorId, onClose }: Props) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const feedback = useFeedback();
  const doc = useDocument((s) => s.doc);
  const readOnly = useDocument((s) => s.readOnly);
  const lang = useSession((s) => s.language);
  const l = lang === 'zh-CN' ? 'zh' : 'en';
  const ex = exhibitorId && doc ? (doc.exhibitors[exhibitorId] ?? null) : null;
  const [form] = Form.useForm<ExhibitorFormValues>();
  const initial = useMemo(() => formValuesOf(ex), [ex]);

  const countryOptions = countryPickList(l);
  const sectorSettings = doc?.settings;
  const sectorOptions = useMemo(() => showSectors(sectorSettings).map((s) => ({ value: s.id, label: s.name[l] || s.name.zh || s.name.en })), [l, sectorSettings]);
  const zoneOptions = useMemo(() => Object.values(doc?.zones ?? {}).map((z) => ({ value: z.id, label: pickText(z.name, lang) })), [doc?.zones, lang]);
  const competitorOptions = useMemo(
    () =>
      Object.values(doc?.exhibitors ?? {})
        .filter((o) => o.id !== exhibitorId)
        .map((o) => ({ value: o.id, label: [o.name.zh, o.name.en].filter(Boolean).join(' / ') })),
    [doc?.exhibitors, exhibitorId],
  );
  if (!doc) return null;
  if (exhibitorId && !ex) return null;

  const mine = ex ? exhibitorIndex(doc).byExhibitor.get(ex.id) : undefined;
  const assigned = mine?.assigned ?? [];
  const claimed = mine?.claimed ?? [];
  const warnings = ex ? warningsForExhibitor(doc, ex.id) : [];
  const history = ex ? historyForExhibitor(doc, ex.id) : [];

  function save(values: ExhibitorFormValues) {
    const input = exhibitorInputOf(values);
    const outcome = ex ? runEdit((d) => editExhibitor(d, ex.id, input), { quiet: true }) : runEdit((d) => addExhibitor(d, input), { quiet: true });
    if (feedback(outcome, t(ex ? 'exhibitorsUi.drawer.saved' : 'exhibitorsUi.drawer.added'))) onClose();
  }

  function remove() {
    if (!ex) return;
    const booths = assigned.length + claimed.length;
    modal.confirm({
      title: t('exhibitorsUi.drawer.deleteTitle', { name: pickText(ex.name, lang) }),
      content: booths > 0 ? t('exhibitorsUi.drawer.deleteFrees', { count: booths, booths: [...assigned, ...claimed].map((b) => b.number).join(', ') }) : t('exhibitorsUi.drawer.deleteSure'),
      okText: t('exhibitorsUi.drawer.delete'),
      okButtonProps: { danger: true },
      cancelText: t('exhibitorsUi.cancel'),
      onOk: () => {
        if (feedback(runEdit((d) => deleteExhibitors(d, [ex.id]), { quiet: true }), t('exhibitorsUi.drawer.deleted'))) onClose();
      },
    });
  }

  const area = formatMetres(mine?.assignedArea ?? 0, lang);
  return (
    <Drawer
      open
      width={520}
      title={ex ? pickText(ex.name, lang) : t('exhibitorsUi.drawer.newTitle')}
      onClose={onClose}
      destroyOnHidden
      data-testid="exhibitor-drawer"
      extra={
        <Space>
          {ex && (
            <Button danger disabled={readOnly} onClick={remove}>
              {t('exhibitorsUi.drawer.delete')}
            </Button>
          )}
          <Button type="primary" disabled={readOnly} onClick={() => form.submit()}>
            {t('exhibitorsUi.drawer.save')}
          </Button>
        </Space>
      }
    >
      {ex && (
        <div className="exhibitor-booths" data-testid="exhibitor-booths">
          <Typography.Text strong>{t('exhibitorsUi.drawer.booths')}: </Typography.Text>
          {assigned.length === 0 && claimed.length === 0 && <Typography.Text type="secondary">{t('exhibitorsUi.drawer.noBooths')}</Typography.Text>}
          {[...assigned, ...claimed].map((b) => (
            <Tag
              key={b.id}
              color={b.status === 'assigned' ? 'blue' : 'orange'}
              style={{ cursor: 'pointer' }}
              onClick={() => {
                select([b.id]);
                requestView({ kind: 'fit-booths', boothIds: [b.id] });
              }}
            >
              {b.number} · {t(`status.${b.status}`)}
            </Tag>
          ))}
          <div>
            <Typography.Text type="secondary">
              {t('exhibitorsUi.drawer.areaVs', { assigned: area, requested: ex.requested.areaSqm === null ? '—' : formatMetres(ex.requested.areaSqm, lang) })}
            </Typography.Text>
          </div>
          {warnings.length > 0 && <WarningItems warnings={warnings} />}
        </div>
      )}
      <Form<ExhibitorFormValues> form={form} layout="vertical" size="small" initialValues={initial} onFinish={save} disabled={readOnly} className="exhibitor-form">
        <div className="form-row">
          <Form.Item name="nameZh" label={t('exhibitorsUi.field.nameZh')} style={{ flex: 1 }}>
            <Input maxLength={300} aria-label={t('a11y.nameZh')} />
          </Form.Item>
          <Form.Item name="nameEn" label={t('exhibitorsUi.field.nameEn')} style={{ flex: 1 }}>
            <Input maxLength={300} aria-label={t('a11y.nameEn')} />
          </Form.Item>
        </div>
        <div className="form-row">
          <Form.Item name="shortZh" label={t('exhibitorsUi.field.shortZh')} style={{ flex: 1 }}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="shortEn" label={t('exhibitorsUi.field.shortEn')} style={{ flex: 1 }}>
            <Input maxLength={100} />
          </Form.Item>
        </div>
        <Form.Item name="country" label={t('exhibitorsUi.field.country')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="search" options={countryOptions} aria-label={t('a11y.country')} />
        </Form.Item>
        <Form.Item name="sectors" label={t('exhibitorsUi.field.sectors')}>
          <Select mode="tags" optionFilterProp="label" options={sectorOptions} aria-label={t('a11y.sectors')} />
        </Form.Item>
        <div className="form-row">
          <Form.Item name="person" label={t('exhibitorsUi.field.person')} style={{ flex: 1 }}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="phone" label={t('exhibitorsUi.field.phone')} style={{ flex: 1 }}>
            <Input maxLength={64} />
          </Form.Item>
        </div>
        <Form.Item name="email" label={t('exhibitorsUi.field.email')} rules={[{ type: 'email', warningOnly: true }]}>
          <Input maxLength={320} />
        </Form.Item>
        <Form.Item name="website" label={t('exhibitorsUi.field.website')}>
          <Input maxLength={500} />
        </Form.Item>
        <div className="form-row">
          <Form.Item name="areaSqm" label={t('exhibitorsUi.field.areaSqm')} style={{ flex: 1 }}>
            <InputNumber min={0} max={100000} style={{ width: '100%' }} aria-label={t('a11y.requestedArea')} />
          </Form.Item>
          <Form.Item name="booths" label={t('exhibitorsUi.field.booths')} style={{ flex: 1 }}>
            <InputNumber min={0} max={1000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <PriorityFields points={ex ? priorityOf(ex, doc.settings.allocation.points) : null} />
        <Form.Item name="competitors" label={t('exhibitorsUi.field.competitors')}>
          <Select mode="multiple" showSearch optionFilterProp="label" options={competitorOptions} />
        </Form.Item>
        <Form.Item name="preferredZones" label={t('exhibitorsUi.field.preferredZones')}>
          <Select mode="multiple" optionFilterProp="label" options={zoneOptions} />
        </Form.Item>
        <div className="form-row">
          <Form.Item name="fasciaZh" label={t('exhibitorsUi.field.fasciaZh')} style={{ flex: 1 }}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="fasciaEn" label={t('exhibitorsUi.field.fasciaEn')} style={{ flex: 1 }}>
            <Input maxLength={500} />
          </Form.Item>
        </div>
        <Form.Item name="notes" label={t('exhibitorsUi.field.notes')}>
          <Input.TextArea maxLength={5000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
      {ex && (
        <>
          <Divider titlePlacement="start">{t('exhibitorsUi.history.title')}</Divider>
          <HistoryList entries={history} show="booth" />
          <Typography.Text type="secondary">{t('exhibitorsUi.drawer.assignedCount', { count: assigned.length })}</Typography.Text>
        </>
      )}
    </Drawer>
  );
}
