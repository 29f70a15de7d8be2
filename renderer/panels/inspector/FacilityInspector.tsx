import { Button, Form, Select, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { updateFacility } from '../../../shared/editing/facilities';
import { FACILITY_KINDS, type Facility, type FacilityKind } from '../../../shared/model/entities';
import type { Project } from '../../../shared/model/project';
import type { Language } from '../../../shared/ipc/contract';
import { command } from '../../editor/commands/registry';
import { runEdit } from '../../editor/edit-runner';
import { pickText } from '../../editor/text';
import { CommitInput } from '../common/CommitInput';

interface Props {
  doc: Project;
  facility: Facility;
  lang: Language;
  readOnly: boolean;
}

/** One facility (entrance, wall, free label…): its kind and its label in both languages, each change one undo step. */
export function FacilityInspector({ doc, facility, lang, readOnly }: Props) {
  const { t } = useTranslation();
  const hall = doc.halls[facility.hallId];
  const item = { style: { marginBottom: 8 } };
  const setLabel = (side: 'zh' | 'en', v: string) => runEdit((d) => updateFacility(d, facility.id, { label: { ...(d.facilities[facility.id]?.label ?? facility.label), [side]: v } }));
  return (
    <div className="inspector-facility" data-facility-id={facility.id} data-testid="facility-inspector">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t(`facility.${facility.kind}`)}
        {pickText(facility.label, lang) ? ` · ${pickText(facility.label, lang)}` : ''}
      </Typography.Title>
      {hall && <Typography.Paragraph type="secondary">{`${hall.code} · ${pickText(hall.name, lang)}`}</Typography.Paragraph>}
      <Form layout="vertical" component="div">
        <Form.Item label={t('inspector.facilityKind')} htmlFor="insp-fac-kind" {...item}>
          <Select<FacilityKind>
            id="insp-fac-kind"
            aria-label={t('inspector.facilityKind')}
            value={facility.kind}
            disabled={readOnly || facility.kind === 'wall'}
            // A wall is a line, the others are areas: kinds change only within their shape.
            options={FACILITY_KINDS.filter((k) => (facility.kind === 'wall') === (k === 'wall')).map((k) => ({ value: k, label: t(`facility.${k}`) }))}
            onChange={(kind) => runEdit((d) => updateFacility(d, facility.id, { kind }))}
          />
        </Form.Item>
        <Form.Item label={t('inspector.facilityLabelZh')} htmlFor="insp-fac-zh" {...item}>
          <CommitInput id="insp-fac-zh" key={`fz:${facility.id}:${facility.label.zh}`} label={t('inspector.facilityLabelZh')} value={facility.label.zh} maxLength={500} disabled={readOnly} onCommit={(v) => setLabel('zh', v)} />
        </Form.Item>
        <Form.Item label={t('inspector.facilityLabelEn')} htmlFor="insp-fac-en" {...item}>
          <CommitInput id="insp-fac-en" key={`fe:${facility.id}:${facility.label.en}`} label={t('inspector.facilityLabelEn')} value={facility.label.en} maxLength={500} disabled={readOnly} onCommit={(v) => setLabel('en', v)} />
        </Form.Item>
      </Form>
      {!readOnly && (
        <Button danger icon={<DeleteOutlined />} onClick={() => command('edit.delete').run({ via: 'toolbar' })}>
          {t('commands.edit.delete')}
        </Button>
      )}
    </div>
  );
}
