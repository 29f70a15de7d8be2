import { PrintOptionsSchema } from '../../shared/ipc/schemas';
import type { PrintOptions } from '../../shared/print/layout';

/** The hash of the print route: `#/print?opts=<JSON>[&logo=1][&auto=print]`. */
export const PRINT_ROUTE_PREFIX = '#/print';

export interface PrintRoute {
  /** Options without the logo (a logo may be megabytes: it stays in memory, see `print-job`). */
  options: PrintOptions;
  /** Use the logo the dialog holds in this window. */
  logo: boolean;
  /** Open the browser's print dialog once the pages are ready, then go back to the editor. */
  autoPrint: boolean;
}

export type ParsedPrintRoute = { ok: true; route: PrintRoute } | { ok: false; reason: 'bad-options' };

/** The hash showing booth confirmations of exhibitors: `#/print?confirm=<id,id…>[&auto=print]`. */
export function confirmationHash(exhibitorIds: readonly string[], opts: { autoPrint?: boolean } = {}): string {
  const q = new URLSearchParams({ confirm: exhibitorIds.join(',') });
  if (opts.autoPrint) q.set('auto', 'print');
  return `${PRINT_ROUTE_PREFIX}?${q.toString()}`;
}

/** The exhibitor ids of a confirmation hash, or null when the hash is another print. */
export function parseConfirmationHash(hash: string): { ids: string[]; autoPrint: boolean } | null {
  const q = new URLSearchParams(hash.slice(PRINT_ROUTE_PREFIX.length).replace(/^\?/, ''));
  const raw = q.get('confirm');
  if (raw === null) return null;
  const ids = raw.split(',').filter((id) => /^[A-Za-z0-9_-]{1,64}$/.test(id));
  return { ids, autoPrint: q.get('auto') === 'print' };
}

/** Whether a location hash is the print route. */
export function isPrintHash(hash: string): boolean {
  return hash === PRINT_ROUTE_PREFIX || hash.startsWith(`${PRINT_ROUTE_PREFIX}?`);
}

/** The hash showing `options` on the print route. */
export function printHash(options: PrintOptions, opts: { autoPrint?: boolean } = {}): string {
  const { logo, ...rest } = options;
  const q = new URLSearchParams({ opts: JSON.stringify(rest) });
  if (logo) q.set('logo', '1');
  if (opts.autoPrint) q.set('auto', 'print');
  return `${PRINT_ROUTE_PREFIX}?${q.toString()}`;
}

/** Reads the print route's options from a hash, validated like the IPC payload. */
export function parsePrintHash(hash: string): ParsedPrintRoute {
  const query = hash.slice(PRINT_ROUTE_PREFIX.length).replace(/^\?/, '');
  const q = new URLSearchParams(query);
  const raw = q.get('opts');
  if (!raw) return { ok: false, reason: 'bad-options' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'bad-options' };
  }
  const parsed = PrintOptionsSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'bad-options' };
  return { ok: true, route: { options: parsed.data, logo: q.get('logo') === '1', autoPrint: q.get('auto') === 'print' } };
}
