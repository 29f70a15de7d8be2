import { useState } from 'react';
import { Button, Dropdown, Form, Modal, Radio, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { setExhibitorSectors, type SectorMode } from '../../../shared/exhibitors/bulk';
import { showSectors } from '../../../shared/exhibitors/sectors';
import type { ExportKind } from '../../../shared/ipc/contract';
import { runEdit } from '../../editor/edit-runner';
import { useDocument, useSession } from '../../editor/instance';
import { goToPrintRoute } from '../../print/use-print-route';
import { confirmationHash } from '../../print/route';
import { ErrorDetails } from '../common/ErrorDetails';
import { exportExhibitors } from '../exhibitors/export-file';
import { refusalText } from '../common/refusal-text';
import { StageDialog } from './StageDialog';
import type { ViewRow } from './view-rows';
import { setSelected, workspaceStore } from './workspace-state';
import { useNotices } from '../common/use-notices';

/** Opens the booth confirmations of these exhibitors on the print route, to print or save as PDF. */
export function printConfirmations(ids: string[]): void {
  goToPrintRoute(confirmationHash(ids, { autoPrint: true }));
}

/** What can be done with the selected exhibitors at once: sector, stage, export, confirmations. */
export function BulkBar({ rows }: { rows: ViewRow[] }) {
  const { t } = useTranslation();
  const { notification, message } = useNotices();
  const lang = useSession((s) => s.language);
  const readOnly = useDocument((s) => s.readOnly);
  const sectorSettings = useDocument((s) => s.doc?.settings);
  const selected = useStore(workspaceStore, (s) => s.selected);
  const [dialog, setDialog] = useState<'sector' | 'stage' | null>(null);
  const [sectors, setSectors] = useState<string[]>([]);
  const [mode, setMode] = useState<SectorMode>('add');
  const [busy, setBusy] = useState(false);
  const l = lang === 'zh-CN' ? 'zh' : 'en';
  const n = selected.length;

  async function runExport(kind: ExportKind, ids: string[] | undefined) {
    setBusy(true);
    try {
      const res = await exportExhibitors(ids, kind, l);
      if (res.ok) void message.success(t('workspace.exported', { file: res.fileName }));
      else notification.error({ title: t('exhibitorsUi.export.failed'), description: <ErrorDetails error={res.error} />, duration: 0 });
    } finally {
      setBusy(false);
    }
  }

  function applySectors() {
    const res = runEdit((doc) => setExhibitorSectors(doc, selected, sectors, mode));
    if (res.ok) {
      void message.success(t('workspace.sectorsSet', { count: n }));
      setDialog(null);
      setSectors([]);
    } else if ('refusals' in res) notification.error({ title: t('workspace.sectorDialog.title', { count: n }), description: res.refusals.map((r) => refusalText(t, r, lang)).join(' ') });
  }

  const exportItems = [
    { key: 'exhibitors-xlsx', label: t('workspace.export.xlsx') },
    { key: 'exhibitors-csv', label: t('workspace.export.csv') },
  ];

  return (
    <Space size={8} wrap className="ws-bulk">
      {n > 0 ? (
        <>
          <Typography.Text strong data-testid="ws-selected">
            {t('workspace.selected', { count: n })}
          </Typography.Text>
          <Button size="small" disabled={readOnly} onClick={() => setDialog('sector')}>
            {t('workspace.bulk.sector')}
          </Button>
          <Button size="small" disabled={readOnly} onClick={() => setDialog('stage')}>
            {t('workspace.bulk.stage')}
          </Button>
          <Dropdown trigger={['click']} menu={{ items: exportItems, onClick: ({ key }) => void runExport(key as ExportKind, selected) }}>
            <Button size="small" loading={busy}>
              {t('workspace.bulk.export')}
            </Button>
          </Dropdown>
          <Button size="small" onClick={() => printConfirmations(selected)}>
            {t('workspace.bulk.confirmations')}
          </Button>
          <Button size="small" type="link" onClick={() => setSelected([])}>
            {t('workspace.bulk.clear')}
          </Button>
        </>
      ) : (
        <>
          <Button size="small" disabled={rows.length === 0} onClick={() => setSelected(rows.map((r) => r.id))}>
            {t('workspace.bulk.selectAll', { count: rows.length })}
          </Button>
          <Dropdown trigger={['click']} menu={{ items: exportItems, onClick: ({ key }) => void runExport(key as ExportKind, rows.map((r) => r.id)) }}>
            <Button size="small" loading={busy}>
              {t('workspace.bulk.exportShown')}
            </Button>
          </Dropdown>
        </>
      )}
      {dialog === 'sector' && (
        <Modal open title={t('workspace.sectorDialog.title', { count: n })} okText={t('workspace.stageDialog.apply')} cancelText={t('workspace.cancel')} okButtonProps={{ disabled: mode !== 'replace' && sectors.length === 0 }} onOk={applySectors} onCancel={() => setDialog(null)}>
          <Form layout="vertical">
            <Form.Item label={t('workspace.col.sectors')}>
              <Select mode="multiple" aria-label={t('workspace.col.sectors')} options={showSectors(sectorSettings).map((s) => ({ value: s.id, label: s.name[l] || s.name.zh || s.name.en }))} value={sectors} onChange={setSectors} optionFilterProp="label" />
            </Form.Item>
            <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as SectorMode)} aria-label={t('workspace.sectorDialog.mode')}>
              <Radio value="add">{t('workspace.sectorDialog.add')}</Radio>
              <Radio value="replace">{t('workspace.sectorDialog.replace')}</Radio>
              <Radio value="remove">{t('workspace.sectorDialog.remove')}</Radio>
            </Radio.Group>
          </Form>
        </Modal>
      )}
      {dialog === 'stage' && <StageDialog exhibitorIds={selected} initial="deposit-paid" onClose={() => setDialog(null)} />}
    </Space>
  );
}
