import { Button, Checkbox, Flex, Form, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/model/project';
import { COLOURINGS } from '../../../shared/print/colouring';
import { DIRECTORY_SORTS } from '../../../shared/print/directory-sort';
import { LABEL_MODES } from '../../../shared/print/hall-plan';
import { PAPER_NAMES } from '../../../shared/print/paper';
import type { Language } from '../../../shared/ipc/contract';
import { pickText } from '../../editor/text';
import { siteLevels } from '../../../shared/model/levels';
import { orderedHalls, type PrintForm } from '../../print/options';
import { LogoInput } from './LogoInput';
import { anyVenueDrawing } from '../../cad/print-drawings';

interface Props {
  project: Project;
  form: PrintForm;
  onChange(patch: Partial<PrintForm>): void;
}

/** The print dialog's choices: halls, paper, scale, colouring, labels and what to include. */
export function PrintOptionsForm({ project, form, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const lang: Language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const counts = new Map<string, number>();
  for (const b of Object.values(project.booths)) counts.set(b.hallId, (counts.get(b.hallId) ?? 0) + 1);
  const halls = orderedHalls(project);
  const allIds = halls.map((h) => h.id);
  const levels = siteLevels(project.settings.site, halls.map((h) => h.level));

  return (
    <Form layout="vertical" size="small" className="print-options" data-testid="print-options">
      <Form.Item label={<span id="print-halls-label">{t('print.halls.label')}</span>}>
        <Flex gap={8} style={{ marginBottom: 4 }}>
          <Button size="small" onClick={() => onChange({ halls: allIds })}>
            {t('print.halls.all')}
          </Button>
          <Button size="small" onClick={() => onChange({ halls: [] })}>
            {t('print.halls.none')}
          </Button>
        </Flex>
        <Checkbox.Group aria-labelledby="print-halls-label" className="print-halls" value={form.halls} onChange={(v) => onChange({ halls: v as string[] })}>
          {halls.map((h) => (
            <Checkbox key={h.id} value={h.id}>
              {pickText(h.name, lang) || h.code} <Typography.Text type="secondary">({t('print.halls.booths', { count: counts.get(h.id) ?? 0 })})</Typography.Text>
            </Checkbox>
          ))}
        </Checkbox.Group>
      </Form.Item>

      <Form.Item>
        <Flex gap={8} align="center" wrap>
          <Checkbox checked={form.siteOverview !== null} onChange={(e) => onChange({ siteOverview: e.target.checked ? (levels[0]?.ordinal ?? 1) : null })}>
            {t('print.site.label')}
          </Checkbox>
          {form.siteOverview !== null && (
            <Select
              aria-label={t('print.site.level')}
              size="small"
              style={{ width: 120 }}
              value={form.siteOverview}
              onChange={(siteOverview) => onChange({ siteOverview })}
              options={levels.map((l) => ({ value: l.ordinal, label: pickText(l.name, lang) }))}
            />
          )}
        </Flex>
      </Form.Item>

      <Flex gap={12} wrap>
        <Form.Item label={t('print.paper.label')} htmlFor="print-paper">
          <Select
            id="print-paper"
            aria-label={t('print.paper.label')}
            style={{ width: 150 }}
            value={form.paper}
            onChange={(paper) => onChange({ paper })}
            options={[...PAPER_NAMES.map((p) => ({ value: p, label: t(`print.paper.${p}`) })), { value: 'custom' as const, label: t('print.paper.custom') }]}
          />
        </Form.Item>
        {form.paper === 'custom' && (
          <Space align="end">
            <Form.Item label={t('print.paper.width')}>
              <InputNumber aria-label={t('print.paper.width')} min={50} max={5000} value={form.customWidthMm} onChange={(v) => v != null && onChange({ customWidthMm: v })} suffix="mm" />
            </Form.Item>
            <Form.Item label={t('print.paper.height')}>
              <InputNumber aria-label={t('print.paper.height')} min={50} max={5000} value={form.customHeightMm} onChange={(v) => v != null && onChange({ customHeightMm: v })} suffix="mm" />
            </Form.Item>
          </Space>
        )}
      </Flex>

      <Form.Item label={<span id="print-orientation-label">{t('print.orientation.label')}</span>}>
        <Radio.Group aria-labelledby="print-orientation-label" value={form.orientation} onChange={(e) => onChange({ orientation: e.target.value as PrintForm['orientation'] })} optionType="button">
          <Radio value="auto">{t('print.orientation.auto')}</Radio>
          <Radio value="portrait">{t('print.orientation.portrait')}</Radio>
          <Radio value="landscape">{t('print.orientation.landscape')}</Radio>
        </Radio.Group>
      </Form.Item>

      <Flex gap={12} wrap align="end">
        <Form.Item label={t('print.margins')}>
          <InputNumber aria-label={t('print.margins')} min={0} max={100} value={form.marginMm} onChange={(v) => v != null && onChange({ marginMm: v })} suffix="mm" style={{ width: 100 }} />
        </Form.Item>
        <Form.Item label={<span id="print-scale-label">{t('print.scale.label')}</span>}>
          <Space>
            <Radio.Group aria-labelledby="print-scale-label" value={form.scaleMode} onChange={(e) => onChange({ scaleMode: e.target.value as PrintForm['scaleMode'] })} optionType="button">
              <Radio value="fit">{t('print.scale.fit')}</Radio>
              <Radio value="fixed">{t('print.scale.fixed')}</Radio>
            </Radio.Group>
            {form.scaleMode === 'fixed' && (
              <InputNumber aria-label={t('print.scale.denominator')} prefix="1:" min={1} max={100000} value={form.scaleDenominator} onChange={(v) => v != null && onChange({ scaleDenominator: v })} style={{ width: 110 }} />
            )}
          </Space>
        </Form.Item>
      </Flex>

      <Flex gap={12} wrap>
        <Form.Item label={t('print.colouring.label')} htmlFor="print-colouring">
          <Select id="print-colouring" aria-label={t('print.colouring.label')} style={{ width: 150 }} value={form.colouring} onChange={(colouring) => onChange({ colouring })} options={COLOURINGS.map((c) => ({ value: c, label: t(`print.colouring.${c}`) }))} />
        </Form.Item>
        <Form.Item label={t('print.language.label')} htmlFor="print-language">
          <Select
            id="print-language"
            aria-label={t('print.language.label')}
            style={{ width: 130 }}
            value={form.language}
            onChange={(language) => onChange({ language })}
            options={[
              { value: 'zh-CN' as const, label: '中文' },
              { value: 'en' as const, label: 'English' },
            ]}
          />
        </Form.Item>
      </Flex>

      <Form.Item label={<span id="print-labels-label">{t('print.labels.label')}</span>}>
        <Radio.Group aria-labelledby="print-labels-label" value={form.labels} onChange={(e) => onChange({ labels: e.target.value as PrintForm['labels'] })}>
          {LABEL_MODES.map((m) => (
            <Radio key={m} value={m}>
              {t(`print.labels.${m}`)}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>

      <Form.Item label={<span id="print-include-label">{t('print.include.label')}</span>}>
        <Flex vertical gap={2} role="group" aria-labelledby="print-include-label">
          <Checkbox checked={form.titleBlock} onChange={(e) => onChange({ titleBlock: e.target.checked })}>
            {t('print.include.titleBlock')}
          </Checkbox>
          {form.titleBlock && <LogoInput logo={form.logo} onChange={(logo) => onChange({ logo })} />}
          <Checkbox checked={form.legend} onChange={(e) => onChange({ legend: e.target.checked })}>
            {t('print.include.legend')}
          </Checkbox>
          <Checkbox checked={form.northArrow} onChange={(e) => onChange({ northArrow: e.target.checked })}>
            {t('print.include.northArrow')}
          </Checkbox>
          <Checkbox checked={form.scaleBar} onChange={(e) => onChange({ scaleBar: e.target.checked })}>
            {t('print.include.scaleBar')}
          </Checkbox>
          <Checkbox checked={form.directory} onChange={(e) => onChange({ directory: e.target.checked })}>
            {t('print.include.directory')}
          </Checkbox>
          {anyVenueDrawing(project, form.halls) && (
            <Checkbox checked={form.venueDrawing} onChange={(e) => onChange({ venueDrawing: e.target.checked })} data-testid="print-venue-drawing">
              {t('print.include.venueDrawing')}
            </Checkbox>
          )}
          {form.directory && (
            <Flex gap={8} align="center" style={{ paddingLeft: 24 }}>
              <label htmlFor="print-directory-sort">{t('print.directory.sort')}</label>
              <Select
                id="print-directory-sort"
                aria-label={t('print.directory.sort')}
                style={{ width: 190 }}
                value={form.directorySort}
                onChange={(directorySort) => onChange({ directorySort })}
                options={DIRECTORY_SORTS.map((s) => ({ value: s, label: t(`print.directory.sorts.${s}`) }))}
              />
            </Flex>
          )}
          {form.directory && <Typography.Text type="secondary" style={{ paddingLeft: 24, fontSize: 12 }}>{t('print.directory.note')}</Typography.Text>}
        </Flex>
      </Form.Item>
    </Form>
  );
}
