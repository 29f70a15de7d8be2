import { useState } from 'react';
import { Descriptions, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/model/project';
import { renameShowOp, setVenueOp } from '../../editor/commands/show-settings';
import { CommitInput } from '../common/CommitInput';
import { runEdit } from '../../editor/edit-runner';
import { useNotices } from '../common/use-notices';

/** With nothing selected: the show itself — its names and venue can be edited here. */
export function ShowInspector({ doc, readOnly }: { doc: Project; readOnly: boolean }) {
  const { t } = useTranslation();
  const { message } = useNotices();
  // Bumped to reset a field whose edit was refused (both names empty).
  const [resets, setResets] = useState(0);
  const { name, venue, event, currency } = doc.settings;

  const rename = (side: 'zh' | 'en', v: string) => {
    const next = { ...name, [side]: v };
    if (!next.zh.trim() && !next.en.trim()) {
      void message.warning(t('inspector.nameRequired'));
      setResets((n) => n + 1);
      return;
    }
    runEdit((d) => renameShowOp(d, { ...d.settings.name, [side]: v }));
  };
  const field = (id: string, label: string, value: string, onCommit: (v: string) => void) => (
    <Form.Item label={label} htmlFor={id} style={{ marginBottom: 8 }}>
      <CommitInput id={id} key={`${id}:${value}:${resets}`} label={label} value={value} maxLength={500} disabled={readOnly} onCommit={onCommit} />
    </Form.Item>
  );

  return (
    <div className="inspector-show">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('showSettings.title')}
      </Typography.Title>
      <Form layout="vertical" component="div">
        {field('show-name-zh', t('inspector.nameZh'), name.zh, (v) => rename('zh', v))}
        {field('show-name-en', t('inspector.nameEn'), name.en, (v) => rename('en', v))}
        {field('show-venue-zh', t('inspector.venueZh'), venue.zh, (v) => runEdit((d) => setVenueOp(d, { ...d.settings.venue, zh: v })))}
        {field('show-venue-en', t('inspector.venueEn'), venue.en, (v) => runEdit((d) => setVenueOp(d, { ...d.settings.venue, en: v })))}
      </Form>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'dates', label: t('inspector.dates'), children: event.start || event.end ? `${event.start ?? '…'} – ${event.end ?? '…'}` : t('inspector.none') },
          { key: 'currency', label: t('inspector.currency'), children: currency },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('inspector.hint')}
      </Typography.Paragraph>
    </div>
  );
}
