import { Button, Result } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { layoutPrint, type PrintResult } from '../../shared/print/layout';
import { useDocument } from '../editor/instance';
import { pageCss } from './page-css';
import { printJobStore } from './print-job';
import { parseConfirmationHash, parsePrintHash, type ParsedPrintRoute } from './route';
import { layoutConfirmations } from '../../shared/print/confirmation';
import { leavePrintRoute } from './use-print-route';
import { printDrawings, useVectorDrawingsVersion } from '../cad/print-drawings';
import './print-route.css';

/**
 * The print route: the sheets of the open show as SVG, one per printed page, each with its
 * own paper size. Browsers print it with `window.print()`, tests with `page.pdf()`.
 * `body[data-print-ready]` turns "true" once the sheets are in the page and fonts are loaded
 * ("error" when nothing can be printed), with `data-print-pages` the sheet count.
 */
export function PrintRoute({ hash }: { hash: string }) {
  const { t } = useTranslation();
  const doc = useDocument((s) => s.doc);
  const handle = useDocument((s) => s.handle);
  const drawingsVersion = useVectorDrawingsVersion();
  const logo = useStore(printJobStore, (s) => s.logo);
  const confirm = useMemo(() => parseConfirmationHash(hash), [hash]);
  const parsed: ParsedPrintRoute = useMemo(
    () => (confirm ? { ok: true, route: { options: { halls: [], paper: 'A4' }, logo: false, autoPrint: confirm.autoPrint } } : parsePrintHash(hash)),
    [hash, confirm],
  );
  const result: PrintResult | null = useMemo(() => {
    if (!parsed.ok || !doc) return null;
    if (confirm) {
      // Booth confirmations: one page per exhibitor with assigned booths, through the same sheets.
      const r = layoutConfirmations(doc, confirm.ids, new Date().toISOString().slice(0, 10));
      if (!r.ok) return { ok: false, error: { code: 'invalid-options', message: r.error.code } };
      return { ok: true, pages: r.pages, halls: [], unlabelled: [], unnamed: [], scripts: [], warnings: [] };
    }
    const options = parsed.route.options;
    const drawings = options.include?.venueDrawing ? printDrawings(doc, handle, options.halls) : undefined;
    return layoutPrint(doc, { ...options, logo: parsed.route.logo ? logo : null, drawings });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- drawingsVersion: a venue drawing finished loading
  }, [parsed, doc, handle, logo, confirm, drawingsVersion]);
  const pages = useMemo(() => (result?.ok ? result.pages : []), [result]);
  const { css, classes } = useMemo(() => pageCss(pages), [pages]);
  const autoPrint = parsed.ok && parsed.route.autoPrint;

  useEffect(() => {
    document.body.classList.add('print-route');
    return () => {
      document.body.classList.remove('print-route');
      delete document.body.dataset.printReady;
      delete document.body.dataset.printPages;
    };
  }, []);

  useEffect(() => {
    let live = true;
    const body = document.body;
    if (!result?.ok) {
      body.dataset.printReady = 'error';
      body.dataset.printPages = '0';
      return;
    }
    body.dataset.printReady = 'false';
    void document.fonts.ready.then(() => {
      if (!live) return;
      body.dataset.printReady = 'true';
      body.dataset.printPages = String(result.pages.length);
      if (autoPrint) {
        const back = () => leavePrintRoute();
        window.addEventListener('afterprint', back, { once: true });
        window.print();
      }
    });
    return () => {
      live = false;
    };
  }, [result, autoPrint]);

  if (!doc || !parsed.ok || !result || !result.ok) {
    const sub = !doc ? t('print.route.noShow') : !parsed.ok ? t('print.route.badOptions') : result && !result.ok ? t(`print.errors.${result.error.code}`, { halls: result.error.halls?.join(', ') ?? '' }) : '';
    return (
      <div className="print-route-message">
        <Result status="warning" title={t('print.route.nothing')} subTitle={sub} extra={<Button onClick={leavePrintRoute}>{t('print.route.back')}</Button>} />
      </div>
    );
  }

  return (
    <div className="print-route-root" data-testid="print-route">
      <style>{css}</style>
      <div className="print-route-bar">
        <Button onClick={leavePrintRoute}>{t('print.route.back')}</Button>
        <Button type="primary" onClick={() => window.print()}>
          {t('print.actions.print')}
        </Button>
        <span>{t('print.preview.pages', { count: pages.length })}</span>
      </div>
      {pages.map((p, i) => (
        // The engine escapes every text it puts in the SVG (shared/print/escape.ts).
        <div key={i} className={`print-sheet ${classes[i]}`} data-page-kind={p.kind} dangerouslySetInnerHTML={{ __html: p.svg }} />
      ))}
    </div>
  );
}
