import { useMemo, useState } from 'react';
import { Button, Form, Input, List, Popconfirm, Segmented, Select, Space, Typography } from 'antd';
import { DeleteOutlined, FormatPainterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { createZone, deleteZone, editZone, paintBoothsZone } from '../../../shared/assignment/zones';
import { COUNTRIES } from '../../../shared/exhibitors/countries';
import { showSectors } from '../../../shared/exhibitors/sectors';
import type { Zone } from '../../../shared/model/entities';
import { runEdit } from '../../editor/edit-runner';
import { setColourMode } from '../../editor/assignment/colour-mode';
import { editor, useDocument, useSession } from '../../editor/instance';
import { select } from '../../editor/session-store';
import { pickText } from '../../editor/text';
import { requestView } from '../../editor/view-requests';
import { useFeedback } from '../assignment/use-feedback';
import { useNotices } from '../common/use-notices';

const PRESET_COLOURS = ['#f5a623', '#7ed321', '#4a90e2', '#bd10e0', '#d0021b', '#50e3c2', '#8b572a', '#417505', '#9013fe', '#f8e71c'];

interface NewZone {
  nameZh: string;
  nameEn: string;
  kind: Zone['kind'];
  color: string;
  countries: string[];
  sectors: string[];
}

/**
 * Theme zones and country pavilions: create with a colour and allowed sectors or countries,
 * rename, recolour, delete, and paint the selected booths into a zone (or out of any).
 */
export function ZonesPanel() {
  const { t } = useTranslation();
  const { message } = useNotices();
  const feedback = useFeedback();
  const doc = useDocument((s) => s.doc);
  const readOnly = useDocument((s) => s.readOnly);
  const lang = useSession((s) => s.language);
  const selection = useSession((s) => s.selection);
  const l = lang === 'zh-CN' ? 'zh' : 'en';
  const [form] = Form.useForm<NewZone>();
  const [creating, setCreating] = useState(false);
  const zones = useMemo(() => Object.values(doc?.zones ?? {}), [doc?.zones]);
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const b of Object.values(doc?.booths ?? {})) if (b.zoneId) m.set(b.zoneId, (m.get(b.zoneId) ?? 0) + 1);
    return m;
  }, [doc?.booths]);
  if (!doc) return null;

  const paint = (zoneId: string | null) => {
    if (selection.length === 0) {
      void message.info(t('exhibitorsUi.zones.selectFirst'));
      return;
    }
    feedback(runEdit((d) => paintBoothsZone(d, { boothIds: selection, zoneId }), { quiet: true }), t('exhibitorsUi.zones.painted', { count: selection.length }));
  };

  const create = (v: NewZone) => {
    const outcome = runEdit((d) =>
      createZone(d, { kind: v.kind, name: { zh: (v.nameZh ?? '').trim(), en: (v.nameEn ?? '').trim() }, color: v.color, countries: v.countries ?? [], sectors: v.sectors ?? [] }),
      { quiet: true },
    );
    if (feedback(outcome, t('exhibitorsUi.zones.created'))) {
      form.resetFields();
      setCreating(false);
      setColourMode('zone', editor.store.getState().doc);
    }
  };

  return (
    <div className="zones-panel" data-testid="zones-panel">
      <Space wrap size={4}>
        <Button size="small" type="primary" disabled={readOnly} onClick={() => setCreating((c) => !c)}>
          {t('exhibitorsUi.zones.new')}
        </Button>
        <Button size="small" disabled={readOnly || selection.length === 0} onClick={() => paint(null)}>
          {t('exhibitorsUi.zones.clear')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: '6px 0' }}>
        {t('exhibitorsUi.zones.hint', { count: selection.length })}
      </Typography.Paragraph>
      {creating && (
        <Form<NewZone>
          form={form}
          layout="vertical"
          size="small"
          initialValues={{ kind: 'theme', color: PRESET_COLOURS[zones.length % PRESET_COLOURS.length], countries: [], sectors: [] }}
          onFinish={create}
          className="zone-form"
        >
          <Form.Item name="kind" label={t('exhibitorsUi.zones.kind')}>
            <Segmented options={[{ value: 'theme', label: t('exhibitorsUi.zones.theme') }, { value: 'pavilion', label: t('exhibitorsUi.zones.pavilion') }]} />
          </Form.Item>
          <Form.Item name="nameZh" label={t('exhibitorsUi.zones.nameZh')}>
            <Input maxLength={200} aria-label={t('a11y.zoneNameZh')} />
          </Form.Item>
          <Form.Item name="nameEn" label={t('exhibitorsUi.zones.nameEn')}>
            <Input maxLength={200} aria-label={t('a11y.zoneNameEn')} />
          </Form.Item>
          <Form.Item name="color" label={t('exhibitorsUi.zones.color')}>
            <Input type="color" aria-label={t('a11y.zoneColour')} style={{ width: 64, padding: 2 }} />
          </Form.Item>
          <Form.Item name="countries" label={t('exhibitorsUi.zones.countries')}>
            <Select mode="multiple" optionFilterProp="label" options={COUNTRIES.map((c) => ({ value: c.code, label: c.name[l] }))} />
          </Form.Item>
          <Form.Item name="sectors" label={t('exhibitorsUi.zones.sectors')}>
            <Select mode="multiple" optionFilterProp="label" options={showSectors(doc?.settings).map((s) => ({ value: s.id, label: s.name[l] || s.name.zh || s.name.en }))} />
          </Form.Item>
          <Button htmlType="submit" type="primary" size="small">
            {t('exhibitorsUi.zones.create')}
          </Button>
        </Form>
      )}
      <List
        size="small"
        dataSource={zones}
        locale={{ emptyText: t('exhibitorsUi.zones.empty') }}
        renderItem={(z) => (
          <List.Item
            data-zone-id={z.id}
            actions={[
              <Button key="paint" size="small" icon={<FormatPainterOutlined />} disabled={readOnly} aria-label={t('a11y.paintZone', { zone: pickText(z.name, lang) })} title={t('exhibitorsUi.zones.paint')} onClick={() => paint(z.id)} />,
              <Popconfirm key="del" title={t('exhibitorsUi.zones.deleteSure')} onConfirm={() => feedback(runEdit((d) => deleteZone(d, z.id), { quiet: true }))} disabled={readOnly}>
                <Button size="small" icon={<DeleteOutlined />} danger disabled={readOnly} aria-label={t('a11y.deleteZone', { zone: pickText(z.name, lang) })} />
              </Popconfirm>,
            ]}
          >
            <Space size={8} align="start">
              <input
                type="color"
                aria-label={t('a11y.colourOfZone', { zone: pickText(z.name, lang) })}
                value={z.color}
                disabled={readOnly}
                onChange={(e) => feedback(runEdit((d) => editZone(d, z.id, { color: e.target.value }), { quiet: true }))}
                style={{ width: 22, height: 22, padding: 0, border: 'none', background: 'none' }}
              />
              <div>
                <Typography.Link
                  onClick={() => {
                    const ids = Object.values(doc.booths).filter((b) => b.zoneId === z.id).map((b) => b.id);
                    if (ids.length === 0) return;
                    select(ids);
                    requestView({ kind: 'fit-booths', boothIds: ids });
                  }}
                >
                  {pickText(z.name, lang) || z.id}
                </Typography.Link>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`exhibitorsUi.zones.${z.kind}`)} · {t('exhibitorsUi.zones.booths', { count: counts.get(z.id) ?? 0 })}
                  </Typography.Text>
                </div>
              </div>
            </Space>
          </List.Item>
        )}
      />
    </div>
  );
}
