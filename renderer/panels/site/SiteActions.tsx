import { useState } from 'react';
import { Button, Flex, Input, InputNumber, Modal, Space } from 'antd';
import { CompassOutlined, ExportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Georeference } from '../../../shared/model/entities';
import { setGeoreference } from '../../../shared/editing/site';
import { buildImdf, imdfArchive, siteGeoJson } from '../../../shared/geo';
import { editor, useDocument } from '../../editor/instance';
import { runEdit } from '../../editor/edit-runner';
import { downloadFile } from '../exhibitors/download';
import './site.css';
import { useNotices } from '../common/use-notices';

/** A file name from the show's name: letters, digits and CJK kept, the rest dashes. */
function baseName(name: string): string {
  return name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'site';
}

/** The site as a whole: where it is on Earth, and the open map exports. */
export function SiteActions() {
  const { t } = useTranslation();
  const { notification } = useNotices();
  const readOnly = useDocument((s) => s.readOnly);
  const [placing, setPlacing] = useState(false);
  const doc = () => editor.store.getState().doc;
  const name = () => {
    const d = doc();
    return baseName(d ? d.settings.name.en || d.settings.name.zh : 'site');
  };
  const exportGeoJson = () => {
    const d = doc();
    if (!d) return;
    downloadFile(`${name()}.geojson`, 'application/geo+json', JSON.stringify(siteGeoJson(d), null, 1));
  };
  const exportImdf = () => {
    const d = doc();
    if (!d) return;
    const res = buildImdf(d, new Date().toISOString());
    if (!res.ok) {
      notification.warning({ title: t('site.export.imdfFailed'), description: t(`site.export.${res.reason}`) });
      if (res.reason === 'no-georeference' && !readOnly) setPlacing(true);
      return;
    }
    downloadFile(`${name()}.imdf.zip`, 'application/zip', imdfArchive(res) as Uint8Array<ArrayBuffer>);
  };
  return (
    <div className="site-actions">
      <Space wrap size={4}>
        <Button size="small" icon={<ExportOutlined />} onClick={exportGeoJson}>
          {t('site.export.geojson')}
        </Button>
        <Button size="small" icon={<ExportOutlined />} onClick={exportImdf}>
          {t('site.export.imdf')}
        </Button>
        {!readOnly && (
          <Button size="small" icon={<CompassOutlined />} onClick={() => setPlacing(true)}>
            {t('site.geo.open')}
          </Button>
        )}
      </Space>
      {placing && <GeoreferenceForm onClose={() => setPlacing(false)} />}
    </div>
  );
}

function GeoreferenceForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const current = editor.store.getState().doc?.settings.site.georeference ?? null;
  const [g, setG] = useState<Georeference>(current ?? { anchor: [0, 0], lat: 22.8105, lon: 108.3875, bearing: 0, locality: '', country: 'CN' });
  const submit = () => {
    if (runEdit((doc) => setGeoreference(doc, { ...g, country: g.country?.trim().toUpperCase() || null })).ok) onClose();
  };
  const num = (label: string, value: number, set: (v: number) => void, step = 0.0001) => (
    <label className="hall-form-field">
      {label}
      <InputNumber aria-label={label} value={value} step={step} onChange={(v) => set(v ?? value)} style={{ width: 150 }} />
    </label>
  );
  return (
    <Modal
      open
      title={t('site.geo.title')}
      okText={t('editorForms.halls.save')}
      cancelText={t('dialog.cancel')}
      onCancel={onClose}
      onOk={submit}
      destroyOnHidden
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          {current && (
            <Button danger onClick={() => runEdit((doc) => setGeoreference(doc, null)).ok && onClose()}>
              {t('site.geo.clear')}
            </Button>
          )}
          <CancelBtn />
          <OkBtn />
        </>
      )}
    >
      <Flex vertical gap={8}>
        <span className="hall-form-hint">{t('site.geo.hint')}</span>
        <Flex gap={12} wrap>
          {num(t('site.geo.anchorX'), g.anchor[0], (v) => setG({ ...g, anchor: [v, g.anchor[1]] }), 1)}
          {num(t('site.geo.anchorY'), g.anchor[1], (v) => setG({ ...g, anchor: [g.anchor[0], v] }), 1)}
        </Flex>
        <Flex gap={12} wrap>
          {num(t('site.geo.lat'), g.lat, (v) => setG({ ...g, lat: v }))}
          {num(t('site.geo.lon'), g.lon, (v) => setG({ ...g, lon: v }))}
          {num(t('site.geo.bearing'), g.bearing, (v) => setG({ ...g, bearing: v }), 1)}
        </Flex>
        <Flex gap={12} wrap>
          <label className="hall-form-field">
            {t('site.geo.locality')}
            <Input aria-label={t('site.geo.locality')} value={g.locality} maxLength={200} onChange={(e) => setG({ ...g, locality: e.target.value })} />
          </label>
          <label className="hall-form-field">
            {t('site.geo.country')}
            <Input aria-label={t('site.geo.country')} value={g.country ?? ''} maxLength={2} onChange={(e) => setG({ ...g, country: e.target.value })} style={{ width: 80 }} />
          </label>
        </Flex>
      </Flex>
    </Modal>
  );
}
