import { Descriptions, Form, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Booth } from '../../../shared/model/entities';
import type { Project } from '../../../shared/model/project';
import type { Language } from '../../../shared/ipc/contract';
import { assignedExhibitor, boothArea, boothPrice, boothSize, boothZone, claimExhibitor } from '../../editor/booth-facts';
import { setBoothFasciaOp, setBoothNotesOp } from '../../editor/commands/booth-text';
import { STATUS_FILL } from '../../editor/status-colors';
import { pickText } from '../../editor/text';
import { CommitInput } from '../common/CommitInput';
import { BoothAssignment } from '../assignment/BoothAssignment';
import { runEdit } from '../../editor/edit-runner';
import { formatMetres, formatMoney } from './format';
import { BoothEditForm } from './BoothEditForm';
import { FORM_FIELDS } from './booth-edits';

interface Props {
  doc: Project;
  booth: Booth;
  lang: Language;
  readOnly: boolean;
}

/** One booth: its facts, and the texts that can be edited here (fascia, notes). */
export function BoothInspector({ doc, booth, lang, readOnly }: Props) {
  const { t } = useTranslation();
  const hall = doc.halls[booth.hallId];
  const size = boothSize(booth);
  const zone = boothZone(doc, booth);
  const exhibitor = assignedExhibitor(doc, booth.id);
  const claimedBy = claimExhibitor(doc, booth);
  const price = boothPrice(booth, doc.settings.rateCard);
  const none = t('inspector.none');

  const items = [
    { key: 'number', label: t('inspector.number'), children: <Typography.Text strong data-field="number">{booth.number}</Typography.Text> },
    { key: 'hall', label: t('inspector.hall'), children: hall ? `${hall.code} · ${pickText(hall.name, lang)}` : none },
    { key: 'size', label: t('inspector.size'), children: t('inspector.sizeValue', { w: formatMetres(size.w, lang), h: formatMetres(size.h, lang) }) },
    { key: 'area', label: t('inspector.area'), children: t('inspector.areaValue', { area: formatMetres(boothArea(booth), lang) }) },
    { key: 'kind', label: t('inspector.kind'), children: t(`kind.${booth.kind}`) },
    { key: 'type', label: t('inspector.type'), children: t(`boothType.${booth.type}`) },
    {
      key: 'status',
      label: t('inspector.status'),
      children: (
        <Tag color={STATUS_FILL[booth.status]} style={{ color: '#1d2329' }} data-field="status">
          {t(`status.${booth.status}`)}
        </Tag>
      ),
    },
    {
      key: 'zone',
      label: t('inspector.zone'),
      children: zone ? (
        <Space size={6}>
          <span className="swatch" style={{ background: zone.color }} aria-hidden />
          {pickText(zone.name, lang)}
        </Space>
      ) : (
        none
      ),
    },
    { key: 'exhibitor', label: t('inspector.exhibitor'), children: <span data-field="exhibitor">{exhibitor ? pickText(exhibitor.name, lang) : none}</span> },
    ...(claimedBy && !exhibitor ? [{ key: 'claim', label: t('inspector.claim'), children: pickText(claimedBy.name, lang) }] : []),
    {
      key: 'price',
      label: t('inspector.price'),
      children: (
        <span data-field="price">
          {formatMoney(price.amount, doc.settings.currency, lang)}{' '}
          <Typography.Text type="secondary">({t(price.source === 'override' ? 'inspector.priceOverride' : 'inspector.priceRateCard')})</Typography.Text>
        </span>
      ),
    },
  ];

  return (
    <div className="inspector-booth" data-booth-id={booth.id}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('inspector.booth', { number: booth.number })}
      </Typography.Title>
      <Descriptions size="small" column={1} bordered items={readOnly ? items : items.filter((i) => !FORM_FIELDS.has(i.key))} />
      <BoothEditForm key={`form:${booth.id}`} doc={doc} booth={booth} lang={lang} readOnly={readOnly} />
      <Form layout="vertical" style={{ marginTop: 12 }} component="div">
        <Form.Item label={t('inspector.fasciaZh')} htmlFor="insp-fascia-zh" style={{ marginBottom: 8 }}>
          <CommitInput
            id="insp-fascia-zh"
            key={`fz:${booth.id}:${booth.fascia.zh}`}
            label={t('inspector.fasciaZh')}
            value={booth.fascia.zh}
            maxLength={500}
            disabled={readOnly}
            onCommit={(v) => runEdit((d) => setBoothFasciaOp(d, booth.id, { zh: v }))}
          />
        </Form.Item>
        <Form.Item label={t('inspector.fasciaEn')} htmlFor="insp-fascia-en" style={{ marginBottom: 8 }}>
          <CommitInput
            id="insp-fascia-en"
            key={`fe:${booth.id}:${booth.fascia.en}`}
            label={t('inspector.fasciaEn')}
            value={booth.fascia.en}
            maxLength={500}
            disabled={readOnly}
            onCommit={(v) => runEdit((d) => setBoothFasciaOp(d, booth.id, { en: v }))}
          />
        </Form.Item>
        <Form.Item label={t('inspector.notes')} htmlFor="insp-notes" style={{ marginBottom: 8 }}>
          <CommitInput
            id="insp-notes"
            key={`n:${booth.id}:${booth.notes}`}
            label={t('inspector.notes')}
            value={booth.notes}
            multiline
            maxLength={5000}
            disabled={readOnly}
            onCommit={(v) => runEdit((d) => setBoothNotesOp(d, booth.id, v))}
          />
        </Form.Item>
      </Form>
      <BoothAssignment key={`assign:${booth.id}`} doc={doc} booths={[booth]} lang={lang} readOnly={readOnly} />
    </div>
  );
}
