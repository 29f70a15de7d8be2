import { useState } from 'react';
import { Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BOOTH_KINDS, type Booth, type BoothKind } from '../../../shared/model/entities';
import type { Project } from '../../../shared/model/project';
import type { Language } from '../../../shared/ipc/contract';
import { setBoothFields, type BoothFieldsPatch } from '../../../shared/editing/booths';
import { pickText } from '../../editor/text';
import { CommitInput } from '../common/CommitInput';
import { CommitNumber } from './CommitNumber';
import { runEdit } from '../../editor/edit-runner';
import { common } from './booth-edits';

interface Props {
  doc: Project;
  booths: Booth[];
  lang: Language;
  readOnly: boolean;
}

/**
 * The fields several booths can share — kind, zone, price override, fascia, notes. A field
 * whose booths differ shows "mixed"; setting it sets every selected booth in ONE operation.
 */
export function MultiEditForm({ doc, booths, lang, readOnly }: Props) {
  const { t } = useTranslation();
  const [resets, setResets] = useState(0);
  if (readOnly || booths.length < 2) return null;
  const ids = booths.map((b) => b.id);
  const set = (patch: BoothFieldsPatch) => {
    if (!runEdit((d) => setBoothFields(d, ids, patch)).ok) setResets((n) => n + 1);
  };
  const mixed = t('editorForms.mixed');
  const kind = common(booths, (b) => b.kind);
  const zone = common(booths, (b) => b.zoneId ?? '');
  const price = common(booths, (b) => b.priceOverride);
  const fasciaZh = common(booths, (b) => b.fascia.zh);
  const fasciaEn = common(booths, (b) => b.fascia.en);
  const notes = common(booths, (b) => b.notes);
  const k = (name: string, value: unknown) => `${name}:${ids.join(',')}:${String(value)}:${resets}`;
  const zones = Object.values(doc.zones).sort((a, b) => pickText(a.name, lang).localeCompare(pickText(b.name, lang), lang));
  const item = { style: { marginBottom: 8 } };

  return (
    <Form layout="vertical" component="div" className="multi-edit-form" data-testid="multi-edit-form" style={{ marginTop: 12 }}>
      <Typography.Text strong>{t('editorForms.multiTitle', { count: booths.length })}</Typography.Text>
      <Form.Item label={t('inspector.kind')} htmlFor="multi-kind" style={{ marginBottom: 8, marginTop: 8 }}>
        <Select<BoothKind>
          id="multi-kind"
          aria-label={t('inspector.kind')}
          value={kind}
          placeholder={mixed}
          options={BOOTH_KINDS.map((v) => ({ value: v, label: t(`kind.${v}`) }))}
          onChange={(v) => set({ kind: v })}
        />
      </Form.Item>
      <Form.Item label={t('inspector.zone')} htmlFor="multi-zone" {...item}>
        <Select<string>
          id="multi-zone"
          aria-label={t('inspector.zone')}
          value={zone}
          placeholder={mixed}
          options={[{ value: '', label: t('editorForms.noZone') }, ...zones.map((z) => ({ value: z.id, label: pickText(z.name, lang) }))]}
          onChange={(v) => set({ zoneId: v || null })}
        />
      </Form.Item>
      <Form.Item label={t('editorForms.priceOverride')} htmlFor="multi-price" extra={t('editorForms.priceHint')} {...item}>
        <CommitNumber
          id="multi-price"
          key={k('p', price)}
          label={t('editorForms.priceOverride')}
          value={price ?? null}
          min={0}
          allowEmpty
          placeholder={price === undefined ? mixed : t('editorForms.rateCard')}
          suffix={doc.settings.currency}
          onCommit={(v) => set({ priceOverride: v })}
        />
      </Form.Item>
      <Form.Item label={t('inspector.fasciaZh')} htmlFor="multi-fascia-zh" {...item}>
        <CommitInput id="multi-fascia-zh" key={k('fz', fasciaZh)} label={t('inspector.fasciaZh')} value={fasciaZh ?? ''} placeholder={fasciaZh === undefined ? mixed : undefined} maxLength={500} onCommit={(v) => set({ fascia: { zh: v } })} />
      </Form.Item>
      <Form.Item label={t('inspector.fasciaEn')} htmlFor="multi-fascia-en" {...item}>
        <CommitInput id="multi-fascia-en" key={k('fe', fasciaEn)} label={t('inspector.fasciaEn')} value={fasciaEn ?? ''} placeholder={fasciaEn === undefined ? mixed : undefined} maxLength={500} onCommit={(v) => set({ fascia: { en: v } })} />
      </Form.Item>
      <Form.Item label={t('inspector.notes')} htmlFor="multi-notes" {...item}>
        <CommitInput id="multi-notes" key={k('n', notes)} label={t('inspector.notes')} value={notes ?? ''} placeholder={notes === undefined ? mixed : undefined} multiline maxLength={5000} onCommit={(v) => set({ notes: v })} />
      </Form.Item>
    </Form>
  );
}
