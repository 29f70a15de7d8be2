import { useState } from 'react';
import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { BOOTH_KINDS, type Booth, type BoothKind } from '../../../shared/model/entities';
import type { Project } from '../../../shared/model/project';
import type { Language } from '../../../shared/ipc/contract';
import { setBoothFields, setBoothNumber } from '../../../shared/editing/booths';
import { boothSize } from '../../editor/booth-facts';
import { pickText } from '../../editor/text';
import { CommitInput } from '../common/CommitInput';
import { CommitNumber } from './CommitNumber';
import { runEdit } from '../../editor/edit-runner';
import { resizeBoothSide } from './booth-edits';
import './edit-forms.css';

interface Props {
  doc: Project;
  booth: Booth;
  lang: Language;
  readOnly: boolean;
}

/**
 * The selected booth's own fields as inputs: number, size, kind, zone and price override.
 * Each commit is one operation (one undo step); a refusal (a taken number, a size that leaves
 * the hall) is reported in the user's language and the field shows the stored value again.
 */
export function BoothEditForm({ doc, booth, lang, readOnly }: Props) {
  const { t } = useTranslation();
  // Bumped after a refused edit so the field drops the rejected draft.
  const [resets, setResets] = useState(0);
  if (readOnly) return null;
  const edit = (build: Parameters<typeof runEdit>[0]): boolean => {
    const ok = runEdit(build).ok;
    if (!ok) setResets((n) => n + 1);
    return ok;
  };
  const size = boothSize(booth);
  const k = (name: string, value: unknown) => `${name}:${booth.id}:${String(value)}:${resets}`;
  const zones = Object.values(doc.zones).sort((a, b) => pickText(a.name, lang).localeCompare(pickText(b.name, lang), lang));
  const item = { style: { marginBottom: 8 } };

  return (
    <Form layout="vertical" component="div" className="booth-edit-form" data-testid="booth-edit-form" style={{ marginTop: 12 }}>
      <Form.Item label={t('editorForms.number')} htmlFor="insp-number" {...item}>
        <CommitInput id="insp-number" key={k('n', booth.number)} label={t('editorForms.number')} value={booth.number} maxLength={32} onCommit={(v) => edit((d) => setBoothNumber(d, booth.id, v))} />
      </Form.Item>
      <div className="booth-edit-size">
        <Form.Item label={t('editorForms.width')} htmlFor="insp-width" {...item}>
          <CommitNumber id="insp-width" key={k('w', size.w)} label={t('editorForms.width')} value={size.w} min={0.1} step={1} suffix="m" onCommit={(v) => v !== null && edit((d) => resizeBoothSide(d, booth.id, 'w', v))} />
        </Form.Item>
        <span className="booth-edit-times" aria-hidden>
          ×
        </span>
        <Form.Item label={t('editorForms.depth')} htmlFor="insp-depth" {...item}>
          <CommitNumber id="insp-depth" key={k('h', size.h)} label={t('editorForms.depth')} value={size.h} min={0.1} step={1} suffix="m" onCommit={(v) => v !== null && edit((d) => resizeBoothSide(d, booth.id, 'h', v))} />
        </Form.Item>
      </div>
      <Form.Item label={t('inspector.kind')} htmlFor="insp-kind" {...item}>
        <Select<BoothKind>
          id="insp-kind"
          aria-label={t('inspector.kind')}
          value={booth.kind}
          options={BOOTH_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
          onChange={(kind) => edit((d) => setBoothFields(d, [booth.id], { kind }))}
        />
      </Form.Item>
      <Form.Item label={t('inspector.zone')} htmlFor="insp-zone" {...item}>
        <Select<string>
          id="insp-zone"
          aria-label={t('inspector.zone')}
          value={booth.zoneId ?? ''}
          options={[{ value: '', label: t('editorForms.noZone') }, ...zones.map((z) => ({ value: z.id, label: pickText(z.name, lang) }))]}
          onChange={(zoneId) => edit((d) => setBoothFields(d, [booth.id], { zoneId: zoneId || null }))}
        />
      </Form.Item>
      <Form.Item label={t('editorForms.priceOverride')} htmlFor="insp-price" extra={t('editorForms.priceHint')} {...item}>
        <CommitNumber
          id="insp-price"
          key={k('p', booth.priceOverride)}
          label={t('editorForms.priceOverride')}
          value={booth.priceOverride}
          min={0}
          allowEmpty
          placeholder={t('editorForms.rateCard')}
          suffix={doc.settings.currency}
          onCommit={(priceOverride) => edit((d) => setBoothFields(d, [booth.id], { priceOverride }))}
        />
      </Form.Item>
    </Form>
  );
}
