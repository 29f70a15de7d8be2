import { Checkbox, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NumberingScheme } from '../../../shared/editing/numbering';

/** Parses "4, 13" into skipped numbers (anything not a whole number is ignored). */
export function parseSkip(text: string): number[] {
  return text
    .split(/[\s,，;；]+/)
    .filter((x) => /^\d+$/.test(x))
    .map(Number);
}

/**
 * The fields of a numbering scheme, shared by the block, renumber and convert-drawing dialogs.
 * `ordered` false leaves out direction and odd/even, which a conversion (booths numbered in
 * reading order) does not use.
 */
export function NumberingFields({ value, onChange, ordered = true }: { value: NumberingScheme; onChange(v: NumberingScheme): void; ordered?: boolean }) {
  const { t } = useTranslation();
  return (
    <Space wrap size={[12, 8]}>
      <label>
        {t('editor.numbering.prefix')}{' '}
        <Input size="small" aria-label={t('editor.numbering.prefix')} value={value.prefix} style={{ width: 90 }} maxLength={24} onChange={(e) => onChange({ ...value, prefix: e.target.value })} />
      </label>
      <label>
        {t('editor.numbering.first')}{' '}
        <InputNumber size="small" aria-label={t('editor.numbering.first')} min={0} precision={0} value={value.first} onChange={(v) => onChange({ ...value, first: v ?? 0 })} />
      </label>
      <label>
        {t('editor.numbering.step')}{' '}
        <InputNumber size="small" aria-label={t('editor.numbering.step')} min={1} precision={0} value={value.step} onChange={(v) => onChange({ ...value, step: v ?? 1 })} />
      </label>
      {ordered && (
        <label>
          {t('editor.numbering.direction')}{' '}
          <Select
            size="small"
            aria-label={t('editor.numbering.direction')}
            value={value.direction}
            style={{ width: 130 }}
            onChange={(direction) => onChange({ ...value, direction })}
            options={(['row', 'column', 'serpentine'] as const).map((d) => ({ value: d, label: t(`editor.numbering.${d}`) }))}
          />
        </label>
      )}
      <label>
        {t('editor.numbering.skip')}{' '}
        <Input size="small" aria-label={t('editor.numbering.skip')} placeholder="4, 13" defaultValue={value.skip.join(', ')} style={{ width: 110 }} onChange={(e) => onChange({ ...value, skip: parseSkip(e.target.value) })} />
      </label>
      {ordered && (
        <Checkbox checked={value.oddEvenPerSide} onChange={(e) => onChange({ ...value, oddEvenPerSide: e.target.checked })}>
          {t('editor.numbering.oddEven')}
        </Checkbox>
      )}
    </Space>
  );
}
