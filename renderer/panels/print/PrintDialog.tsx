import { Button, Col, Flex, InputNumber, Modal, Row, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Language } from '../../../shared/ipc/contract';
import { useDocument } from '../../editor/instance';
import { defaultPrintForm, toPrintOptions, type PrintForm } from '../../print/options';
import { printDrawings, useVectorDrawingsVersion } from '../../cad/print-drawings';
import { pngSize } from '../../print/png';
import { printHash } from '../../print/route';
import { exportPng, printPages, savePdf, type OutputOutcome } from './print-actions';
import { printDialogStore, showPrintDialog } from './print-dialog-store';
import { PrintOptionsForm } from './PrintOptionsForm';
import { PrintPreviewPane } from './PrintPreviewPane';
import { usePrintPreview } from './use-print-preview';
import './print.css';
import { useNotices } from '../common/use-notices';

/** The choices last made in this window, kept while the show stays open (logo included, never saved). */
let remembered: { handle: string; form: PrintForm } | null = null;

/** Print / export: options on the left, a live preview of the pages on the right. */
export function PrintDialog() {
  const open = useStore(printDialogStore, (s) => s.open);
  const doc = useDocument((s) => s.doc);
  const handle = useDocument((s) => s.handle);
  if (!open || !doc || !handle) return null;
  return <PrintDialogBody handle={handle} />;
}

function PrintDialogBody({ handle }: { handle: string }) {
  const { t, i18n } = useTranslation();
  const { message } = useNotices();
  const doc = useDocument((s) => s.doc)!;
  const uiLang: Language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const [form, setForm] = useState<PrintForm>(() => (remembered?.handle === handle ? remembered.form : defaultPrintForm(doc, uiLang)));
  const [selected, setSelected] = useState(0);
  const [dpi, setDpi] = useState(150);
  const [working, setWorking] = useState<null | 'pdf' | 'print' | 'png'>(null);
  useEffect(() => {
    remembered = { handle, form };
  }, [handle, form]);
  const options = useMemo(() => toPrintOptions(form, doc), [form, doc]);
  // The preview lays out with the venue drawings this window has read (the host reads its own
  // when it makes the PDF); a drawing that arrives later lays the preview out again.
  const drawingsVersion = useVectorDrawingsVersion();
  const previewOptions = useMemo(
    () => (form.venueDrawing ? { ...options, drawings: printDrawings(doc, handle, options.halls) } : options),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- drawingsVersion: a drawing finished loading
    [options, doc, handle, form.venueDrawing, drawingsVersion],
  );
  const { preview, busy } = usePrintPreview(doc, previewOptions);
  const pages = preview?.result.ok ? preview.result.pages : [];
  const page = pages[Math.min(selected, pages.length - 1)];
  const canOutput = !busy && pages.length > 0;
  const png = page ? pngSize(page.widthMm, page.heightMm, dpi) : null;

  const report = (out: OutputOutcome) => {
    if (out.kind === 'downloaded') void message.success(t('print.done.pdf', { file: out.fileName }));
    else if (out.kind === 'printed') void message.success(t('print.done.printed'));
    else if (out.kind === 'failed') void message.error(t('print.errors.output', { details: (out.error.details ?? [out.error.code]).join('; ') }));
    else if (out.kind === 'no-show') void message.error(t('print.route.noShow'));
    if (out.kind === 'browser-print') showPrintDialog(false);
  };
  const run = async (kind: 'pdf' | 'print') => {
    setWorking(kind);
    try {
      report(kind === 'pdf' ? await savePdf(options) : await printPages(options));
    } finally {
      setWorking(null);
    }
  };
  const onPng = async () => {
    if (!page) return;
    setWorking('png');
    try {
      const out = await exportPng(page, pages.indexOf(page), dpi, form.language);
      if (out.kind === 'downloaded') void message.success(t('print.done.png', { file: out.fileName, width: out.width, height: out.height }));
      else if (out.kind === 'too-large') void message.error(t('print.png.tooLarge', { width: out.width, height: out.height, maxDpi: out.maxDpi }));
      else void message.error(t('print.errors.output', { details: out.message }));
    } finally {
      setWorking(null);
    }
  };

  return (
    <Modal
      open
      className="print-dialog"
      title={t('print.title')}
      width="min(1280px, 96vw)"
      style={{ top: 24 }}
      onCancel={() => showPrintDialog(false)}
      footer={
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Flex gap={6} align="center">
            <label htmlFor="print-png-dpi">{t('print.png.dpi')}</label>
            <InputNumber id="print-png-dpi" aria-label={t('print.png.dpi')} min={36} max={1200} step={50} value={dpi} onChange={(v) => v != null && setDpi(v)} style={{ width: 90 }} />
            <Button onClick={() => void onPng()} loading={working === 'png'} disabled={!canOutput || !png?.ok}>
              {t('print.png.export', { n: page ? pages.indexOf(page) + 1 : 1 })}
            </Button>
            {png && (
              <Typography.Text type={png.ok ? 'secondary' : 'danger'} data-testid="print-png-size">
                {png.ok ? t('print.png.size', { width: png.width, height: png.height }) : t('print.png.tooLarge', { width: png.width, height: png.height, maxDpi: png.maxDpi })}
              </Typography.Text>
            )}
          </Flex>
          <Flex gap={8}>
            <Button onClick={() => showPrintDialog(false)}>{t('print.actions.close')}</Button>
            <Button onClick={() => void run('print')} loading={working === 'print'} disabled={!canOutput}>
              {t('print.actions.print')}
            </Button>
            <Button type="primary" onClick={() => void run('pdf')} loading={working === 'pdf'} disabled={!canOutput}>
              {t('print.actions.pdf')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Row gutter={16} data-print-route={printHash(options)} data-testid="print-dialog">
        <Col flex="380px">
          <PrintOptionsForm project={doc} form={form} onChange={(patch) => setForm((f) => ({ ...f, ...patch }))} />
        </Col>
        <Col flex="1" style={{ minWidth: 0 }}>
          <PrintPreviewPane project={doc} preview={preview} busy={busy} selected={page ? pages.indexOf(page) : 0} onSelect={setSelected} />
        </Col>
      </Row>
    </Modal>
  );
}
