import { Alert, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { COUNTRIES } from '../../../shared/exhibitors/countries';
import type { SectorChoice, UnknownValue, ValueChoices } from '../../../shared/exhibitors/import/values';
import type { ImportMappings } from '../../../shared/model/entities';
import type { Sector } from '../../../shared/exhibitors/sectors';

const NEW = '__new';
const IGNORE = '__ignore';

/** Choices prefilled from what the show remembers; sectors nobody mapped default to a new sector named from the cell. */
export function initialChoices(unknown: readonly UnknownValue[], remembered: ImportMappings): ValueChoices {
  const out: ValueChoices = { country: {}, sectors: {} };
  for (const u of unknown) {
    if (u.field === 'country') {
      const code = remembered.country[u.key];
      if (code) out.country[u.key] = code;
    } else {
      const ids = remembered.sectors[u.key];
      out.sectors[u.key] = ids ? (ids.length ? { kind: 'sectors', ids: [...ids] } : { kind: 'ignore' }) : { kind: 'new', name: u.suggestedName ?? { zh: u.value, en: '' } };
    }
  }
  return out;
}

/** Every unrecognised value with its row count, mapped once for all rows (or made a new sector). */
export function ValuesStep({
  unknown,
  choices,
  onChange,
  sectors,
  remembered,
}: {
  unknown: readonly UnknownValue[];
  choices: ValueChoices;
  onChange(next: ValueChoices): void;
  sectors: readonly Sector[];
  remembered: ImportMappings;
}) {
  const { t } = useTranslation();
  if (!unknown.length) return <Alert type="success" showIcon title={t('importUi.values.none')} data-testid="import-values-none" />;
  const countryOptions = COUNTRIES.map((c) => ({ value: c.code, label: `${c.name.zh} ${c.name.en}` }));
  const sectorOptions = [
    { value: NEW, label: t('importUi.values.newSector') },
    { value: IGNORE, label: t('importUi.values.ignore') },
    ...sectors.map((s) => ({ value: s.id, label: [s.name.zh, s.name.en].filter(Boolean).join(' ') })),
  ];
  const unmappedCountries = unknown.filter((u) => u.field === 'country' && !choices.country[u.key]).length;
  const setSector = (key: string, c: SectorChoice) => onChange({ ...choices, sectors: { ...choices.sectors, [key]: c } });
  return (
    <div data-testid="import-values">
      <Typography.Paragraph>{t('importUi.values.intro')}</Typography.Paragraph>
      {unmappedCountries > 0 && <Alert style={{ marginBottom: 8 }} type="warning" showIcon title={t('importUi.values.unmappedLeft', { count: unmappedCountries })} />}
      <Table<UnknownValue>
        size="small"
        pagination={false}
        rowKey={(u) => `${u.field}:${u.key}`}
        scroll={{ y: 360 }}
        dataSource={[...unknown]}
        onRow={(u) => ({ 'data-value': u.value }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'field', title: t('importUi.values.column'), width: 90, render: (_: unknown, u) => t(`exhibitorsUi.import.field.${u.field}`) },
          {
            key: 'value',
            title: t('importUi.values.value'),
            render: (_: unknown, u) => {
              const known = u.field === 'country' ? remembered.country[u.key] !== undefined : remembered.sectors[u.key] !== undefined;
              return (
                <Space size={4}>
                  <Typography.Text code>{u.value}</Typography.Text>
                  {known && <Tag color="blue">{t('importUi.values.remembered')}</Tag>}
                </Space>
              );
            },
          },
          { key: 'count', title: t('importUi.values.rows'), dataIndex: 'count', width: 70 },
          {
            key: 'map',
            title: t('importUi.values.mapTo'),
            width: 380,
            render: (_: unknown, u) => {
              if (u.field === 'country') {
                return (
                  <Select
                    size="small"
                    showSearch
                    allowClear
                    optionFilterProp="label"
                    style={{ width: '100%' }}
                    placeholder={t('importUi.values.pickCountry')}
                    aria-label={t('importUi.values.countryAria', { value: u.value })}
                    value={choices.country[u.key]}
                    options={countryOptions}
                    onChange={(code?: string) => {
                      const country = { ...choices.country };
                      if (code) country[u.key] = code;
                      else delete country[u.key];
                      onChange({ ...choices, country });
                    }}
                  />
                );
              }
              const c = choices.sectors[u.key] ?? { kind: 'ignore' };
              const value = c.kind === 'new' ? NEW : c.kind === 'ignore' ? IGNORE : c.ids[0];
              return (
                <Space direction="vertical" size={4} style={{ width: '100%' }}>
                  <Select
                    size="small"
                    showSearch
                    optionFilterProp="label"
                    style={{ width: '100%' }}
                    aria-label={t('importUi.values.sectorAria', { value: u.value })}
                    value={value}
                    options={sectorOptions}
                    onChange={(v: string) =>
                      setSector(u.key, v === NEW ? { kind: 'new', name: u.suggestedName ?? { zh: u.value, en: '' } } : v === IGNORE ? { kind: 'ignore' } : { kind: 'sectors', ids: [v] })
                    }
                  />
                  {c.kind === 'new' && (
                    <Space.Compact style={{ width: '100%' }}>
                      <Input
                        size="small"
                        maxLength={100}
                        placeholder={t('importUi.values.newZh')}
                        aria-label={t('importUi.values.newZhAria', { value: u.value })}
                        value={c.name.zh}
                        onChange={(e) => setSector(u.key, { kind: 'new', name: { ...c.name, zh: e.target.value } })}
                      />
                      <Input
                        size="small"
                        maxLength={100}
                        placeholder={t('importUi.values.newEn')}
                        aria-label={t('importUi.values.newEnAria', { value: u.value })}
                        value={c.name.en}
                        onChange={(e) => setSector(u.key, { kind: 'new', name: { ...c.name, en: e.target.value } })}
                      />
                    </Space.Compact>
                  )}
                </Space>
              );
            },
          },
        ]}
      />
    </div>
  );
}
