import { Button, Divider, Flex, Popover, Select, Typography } from 'antd';
import { CheckCircleOutlined, CloudUploadOutlined, EditOutlined, WarningOutlined } from '@ant-design/icons';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { editor, useDocument, useSession } from '../../editor/instance';
import { sessionStore, type BoothLabelMode } from '../../editor/session-store';
import type { SaveState } from '../../editor/document-store';
import { ErrorDetails } from '../common/ErrorDetails';
import { useThrottledZoom } from './use-throttled-zoom';

const SAVE_ICON: Record<SaveState, React.ReactNode> = {
  saved: <CheckCircleOutlined style={{ color: '#389e0d' }} />,
  saving: <CloudUploadOutlined style={{ color: '#1677ff' }} />,
  unsaved: <EditOutlined style={{ color: '#d48806' }} />,
  error: <WarningOutlined style={{ color: '#cf1322' }} />,
};

function SaveIndicator() {
  const { t } = useTranslation();
  const state = useDocument((s) => s.saveState);
  const error = useDocument((s) => s.saveError);
  const label = (
    <span data-testid="save-state" data-state={state} data-error={error ? [error.code, ...(error.details ?? [])].join(': ').slice(0, 500) : undefined} role="status" aria-live="polite">
      {SAVE_ICON[state]} {t(`statusbar.${state}`)}
    </span>
  );
  if (state !== 'error' || !error) return label;
  return (
    <Popover
      trigger={['hover', 'click']}
      content={
        <div style={{ maxWidth: 360 }}>
          <ErrorDetails error={error} />
          <Button size="small" type="primary" onClick={() => void editor.flush()}>
            {t('statusbar.retry')}
          </Button>
        </div>
      }
    >
      <Typography.Text type="danger" style={{ cursor: 'pointer' }}>
        {label}
      </Typography.Text>
    </Popover>
  );
}

/** The number of entries of a record, counted once per version of it. */
function useEntryCount(record: object | undefined): number {
  return useMemo(() => (record ? Object.keys(record).length : 0), [record]);
}

function Counts() {
  const { t } = useTranslation();
  // The records, not their sizes, are selected: a selector runs at every change of the store
  // (saving, saved…), and counting 75,000 keys each time cost ~15 ms a count.
  const halls = useEntryCount(useDocument((s) => s.doc?.halls));
  const booths = useEntryCount(useDocument((s) => s.doc?.booths));
  const exhibitors = useEntryCount(useDocument((s) => s.doc?.exhibitors));
  const assigned = useEntryCount(useDocument((s) => s.doc?.assignments));
  return (
    <Flex gap={12} data-testid="counts">
      <span data-count="halls">{t('statusbar.halls', { count: halls })}</span>
      <span data-count="booths">{t('statusbar.booths', { count: booths })}</span>
      <span data-count="exhibitors">{t('statusbar.exhibitors', { count: exhibitors })}</span>
      <span data-count="assigned">{t('statusbar.assigned', { count: assigned })}</span>
    </Flex>
  );
}

/** Bottom line: whether the file is saved, what the show holds, the zoom, and the file. */
export function StatusBar() {
  const { t } = useTranslation();
  const hasDoc = useDocument((s) => s.doc !== null);
  const path = useDocument((s) => s.path);
  const readOnly = useDocument((s) => s.readOnly);
  const zoom = useThrottledZoom();
  return (
    <Flex component="footer" aria-label={t('statusbar.label')} align="center" gap={8} className="statusbar">
      {hasDoc ? (
        <>
          <SaveIndicator />
          <Divider orientation="vertical" />
          <Counts />
          <Divider orientation="vertical" />
          <span data-testid="zoom">{t('statusbar.zoom', { percent: zoom })}</span>
          <Divider orientation="vertical" />
          <LabelSetting />
          <Divider orientation="vertical" />
          {readOnly && <Typography.Text type="warning">{t('app.readOnly')}</Typography.Text>}
          <Typography.Text type="secondary" ellipsis={{ tooltip: path }} className="statusbar-path" data-testid="file-path">
            {path}
          </Typography.Text>
        </>
      ) : (
        <Typography.Text type="secondary">{t('statusbar.noFile')}</Typography.Text>
      )}
    </Flex>
  );
}

/** What booth labels on the plan show: number, number and exhibitor, or nothing. */
function LabelSetting() {
  const { t } = useTranslation();
  const mode = useSession((s) => s.boothLabels);
  return (
    <Select<BoothLabelMode>
      size="small"
      variant="borderless"
      aria-label={t('statusbar.labels.label')}
      value={mode}
      popupMatchSelectWidth={false}
      onChange={(boothLabels) => sessionStore.setState({ boothLabels })}
      options={(['number', 'number-name', 'none'] as const).map((m) => ({ value: m, label: t(`statusbar.labels.${m}`) }))}
    />
  );
}
