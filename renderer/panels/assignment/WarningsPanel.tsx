import { useDeferredValue, useMemo, useState } from 'react';
import { Alert, Badge, Collapse, List, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { warningsFor, type AssignmentWarning, type WarningKind } from '../../../shared/assignment/warnings';
import { groupWarnings, WARNING_KIND_ORDER } from '../../../shared/assignment/warning-groups';
import { useDocument, useSession } from '../../editor/instance';
import { pickText } from '../../editor/text';
import { useWarningText } from './warning-text';
import { select } from '../../editor/session-store';
import { requestView } from '../../editor/view-requests';

/** Warnings as a list; clicking one shows its booths on the plan. */
export function WarningItems({ warnings }: { warnings: readonly AssignmentWarning[] }) {
  const text = useWarningText();
  return (
    <List
      size="small"
      className="warning-list"
      data-testid="warning-list"
      dataSource={warnings as AssignmentWarning[]}
      renderItem={(w) => (
        <List.Item
          data-kind={w.kind}
          style={{ cursor: 'pointer' }}
          onClick={() => {
            select(w.boothIds);
            requestView({ kind: 'fit-booths', boothIds: w.boothIds });
          }}
        >
          <Alert type="warning" showIcon title={text(w)} style={{ width: '100%', padding: '2px 8px' }} />
        </List.Item>
      )}
    />
  );
}

/** Warnings listed per group before "narrow the filter": a group of thousands stays quick to open. */
const PER_GROUP = 200;

/**
 * Every assignment warning of the show, grouped by kind and hall with counts, each once;
 * filter by kind and hall; a click on one selects its booths and shows them on the plan.
 */
export function WarningsPanel() {
  const { t } = useTranslation();
  const lang = useSession((s) => s.language);
  const doc = useDeferredValue(useDocument((s) => s.doc));
  const [kinds, setKinds] = useState<WarningKind[]>([]);
  const [halls, setHalls] = useState<string[]>([]);
  const warnings = useMemo(() => (doc ? warningsFor(doc) : []), [doc]);
  const groups = useMemo(() => (doc ? groupWarnings(doc, warnings) : []), [doc, warnings]);
  const shown = groups.filter((g) => (!kinds.length || kinds.includes(g.kind)) && (!halls.length || halls.includes(g.hallId ?? '')));
  const shownCount = shown.reduce((n, g) => n + g.warnings.length, 0);
  const hallName = (id: string | null) => (id && doc ? pickText(doc.halls[id]?.name, lang) || id : t('exhibitorsUi.warnings.noHall'));
  const kindOptions = WARNING_KIND_ORDER.filter((k) => groups.some((g) => g.kind === k)).map((k) => ({ value: k, label: t(`exhibitorsUi.warnings.kinds.${k}`) }));
  const hallOptions = [...new Set(groups.map((g) => g.hallId ?? ''))].map((id) => ({ value: id, label: hallName(id || null) }));
  return (
    <div className="warnings-panel" data-testid="warnings-panel">
      <Space wrap style={{ marginBottom: 8 }}>
        <Select mode="multiple" allowClear size="small" style={{ minWidth: 160 }} placeholder={t('exhibitorsUi.warnings.filterKind')} aria-label={t('exhibitorsUi.warnings.filterKind')} options={kindOptions} value={kinds} onChange={setKinds} maxTagCount="responsive" />
        <Select mode="multiple" allowClear size="small" style={{ minWidth: 120 }} placeholder={t('exhibitorsUi.warnings.filterHall')} aria-label={t('exhibitorsUi.warnings.filterHall')} options={hallOptions} value={halls} onChange={setHalls} maxTagCount="responsive" />
      </Space>
      <Typography.Text type="secondary" data-testid="warnings-count" data-shown={shownCount} data-total={warnings.length}>
        {shownCount === warnings.length ? t('exhibitorsUi.warnings.count', { count: warnings.length }) : t('exhibitorsUi.warnings.shownOf', { shown: shownCount, total: warnings.length })}
      </Typography.Text>
      <div className="warnings-scroll">
        <Collapse
          size="small"
          data-testid="warning-groups"
          items={shown.map((g) => ({
            key: `${g.kind}:${g.hallId ?? ''}`,
            label: (
              <span data-kind={g.kind} data-hall={g.hallId ?? ''}>
                {t('exhibitorsUi.warnings.group', { kind: t(`exhibitorsUi.warnings.kinds.${g.kind}`), hall: hallName(g.hallId) })} <Badge count={g.warnings.length} overflowCount={9999} color="gold" />
              </span>
            ),
            children: (
              <>
                <WarningItems warnings={g.warnings.slice(0, PER_GROUP)} />
                {g.warnings.length > PER_GROUP && <Typography.Text type="secondary">{t('exhibitorsUi.warnings.more', { count: g.warnings.length - PER_GROUP })}</Typography.Text>}
              </>
            ),
          }))}
        />
      </div>
    </div>
  );
}
