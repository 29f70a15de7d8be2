import { useDeferredValue, useMemo } from 'react';
import { Alert, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { warningsFor, type AssignmentWarning } from '../../../shared/assignment/warnings';
import { useDocument } from '../../editor/instance';
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

/** Every assignment warning of the show: area under/over, competitors too close, zone rules. */
export function WarningsPanel() {
  const { t } = useTranslation();
  const doc = useDeferredValue(useDocument((s) => s.doc));
  const warnings = useMemo(() => (doc ? warningsFor(doc) : []), [doc]);
  return (
    <div className="warnings-panel" data-testid="warnings-panel">
      <Typography.Text type="secondary">{t('exhibitorsUi.warnings.count', { count: warnings.length })}</Typography.Text>
      <div className="warnings-scroll">
        <WarningItems warnings={warnings.slice(0, 500)} />
      </div>
    </div>
  );
}
