import { shapeArea, shapeBBox } from '../geometry/polygon';
import type { Booth, BoothType, Exhibitor } from '../model/entities';
import type { Project } from '../model/project';
import { boothPrice } from '../dashboard/pricing';
import { countryName } from '../exhibitors/countries';
import { exhibitorIndex } from '../assignment/by-exhibitor';
import { STAGE_TEXT } from '../sales/stages';
import { compareNumeric } from '../text/collate';
import { escapeXml, num } from './escape';
import { hallExtent, printPlanHall } from './hall-plan';
import { makePainter } from './colouring';
import { textWidth } from './measure';
import { layoutPlan, planSvg, type PlanView } from './plan';
import { pageSvg } from './sheet';
import { wrapText } from './wrap';
import type { PrintPage } from './layout';

/** A4 portrait, mm. */
const W = 210;
const H = 297;
const M = 16;
const MINE = '#f5a623';
const OTHERS = '#f2f3f5';

const TYPE_TEXT: Record<BoothType, { zh: string; en: string }> = {
  inline: { zh: '单开口', en: 'Inline' },
  corner: { zh: '双开口（角位）', en: 'Corner' },
  peninsula: { zh: '三开口', en: 'Peninsula' },
  island: { zh: '四开口（岛位）', en: 'Island' },
  enclosed: { zh: '封闭', en: 'Enclosed' },
};

export type ConfirmationResult = { ok: true; pages: PrintPage[]; skipped: string[] } | { ok: false; error: { code: 'no-exhibitors' | 'unknown-exhibitors'; ids: string[] } };

function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function money(n: number, currency: string): string {
  return `${currency} ${new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(Math.round(n))}`;
}

/** `text` cut with an ellipsis to fit `width` at `size` (estimates err wide, like every label). */
function clip(text: string, width: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= width) return text;
  let s = text;
  while (s.length > 1 && textWidth(`${s}…`, size, bold) > width) s = s.slice(0, -1);
  return `${s}…`;
}

function text(x: number, y: number, size: number, content: string, opts: { bold?: boolean; anchor?: 'start' | 'middle' | 'end'; fill?: string } = {}): string {
  return `<text x="${num(x, 3)}" y="${num(y, 3)}" font-size="${num(size, 3)}"${opts.bold ? ' font-weight="bold"' : ''}${opts.anchor && opts.anchor !== 'start' ? ` text-anchor="${opts.anchor}"` : ''} fill="${opts.fill ?? '#111'}">${escapeXml(content)}</text>`;
}

/** Lines of a long name, wrapped to `width` (two at most, the last clipped). */
function nameLines(name: string, width: number, size: number, bold: boolean): string[] {
  const lines = wrapText(name, width, size, 2, bold);
  if (lines) return lines.map((l) => l.text);
  return [clip(name, width, size, bold)];
}

/** The exhibitor's hall map: the whole hall small, their booths in colour with their numbers. */
function hallMap(doc: Project, hallId: string, mine: Set<string>, box: { x: number; y: number; w: number; h: number }, prefix: string): { defs: string; body: string } {
  const hall = doc.halls[hallId]!;
  const painter = makePainter(doc, [], 'status', 'zh-CN');
  const plan = printPlanHall(doc, hall, painter, 'number', 'zh-CN');
  plan.booths = plan.booths.map((b) => (mine.has(b.id) ? { ...b, fill: MINE, hatch: false, zoneColor: null, labels: [{ alternatives: [] }] } : { ...b, fill: OTHERS, hatch: false, zoneColor: null, labels: [] }));
  const e = hallExtent(doc, hall);
  const ew = Math.max(e.maxX - e.minX, 1);
  const eh = Math.max(e.maxY - e.minY, 1);
  const k = Math.min(box.w / ew, box.h / eh);
  const view: PlanView = { k, ox: box.x + (box.w - ew * k) / 2 - e.minX * k, oy: box.y + (box.h - eh * k) / 2 - e.minY * k, minFont: 1.3, maxFont: 3.2, line: 0.12, iconMax: 4, labelPad: 0.2 };
  return planSvg(layoutPlan(plan, view), prefix);
}

/** One exhibitor's confirmation page. */
function confirmationPage(doc: Project, ex: Exhibitor, booths: Booth[], issued: string, prefix: string): PrintPage {
  const s = doc.settings;
  const cur = s.currency;
  let y = M + 6;
  let body = '';
  // Header: the show in both languages, then the document's title.
  body += text(M, y, 4.2, clip(s.name.zh || s.name.en, W - 2 * M, 4.2, true), { bold: true });
  y += 5.5;
  if (s.name.en && s.name.en !== s.name.zh) body += text(M, y, 3.2, clip(s.name.en, W - 2 * M, 3.2), { fill: '#444' });
  y += 4;
  body += `<line x1="${M}" y1="${num(y)}" x2="${W - M}" y2="${num(y)}" stroke="${MINE}" stroke-width="0.8"/>`;
  y += 9;
  body += text(W / 2, y, 6, '展位确认书', { bold: true, anchor: 'middle' });
  y += 6;
  body += text(W / 2, y, 4, 'Booth Confirmation', { anchor: 'middle', fill: '#333' });
  y += 10;

  // The exhibitor.
  const colW = W - 2 * M;
  for (const l of nameLines(ex.name.zh || ex.name.en, colW, 4.6, true)) {
    body += text(M, y, 4.6, l, { bold: true });
    y += 5.6;
  }
  if (ex.name.en && ex.name.en !== ex.name.zh) {
    for (const l of nameLines(ex.name.en, colW, 3.6, false)) {
      body += text(M, y, 3.6, l, { fill: '#333' });
      y += 4.6;
    }
  }
  y += 1;
  const facts: [string, string][] = [
    ['国家/地区 Country', `${countryName(ex.country, 'zh')} ${countryName(ex.country, 'en')}`],
    ['联系人 Contact', [ex.contact.person, ex.contact.email, ex.contact.phone].filter(Boolean).join(' · ') || '—'],
    ['销售阶段 Stage', `${STAGE_TEXT[ex.sale.stage].zh} ${STAGE_TEXT[ex.sale.stage].en}${ex.sale.reference ? ` · ${ex.sale.reference}` : ''}`],
  ];
  for (const [k, v] of facts) {
    body += text(M, y, 2.9, k, { fill: '#666' });
    body += text(M + 42, y, 2.9, clip(v, colW - 42, 2.9));
    y += 4.4;
  }
  y += 4;

  // The booths: number, hall, size, type, fascia, price.
  const cols = [
    { h: ['展位号', 'Booth'], w: 22 },
    { h: ['展馆', 'Hall'], w: 26 },
    { h: ['尺寸', 'Size'], w: 30 },
    { h: ['类型', 'Type'], w: 30 },
    { h: ['楣板', 'Fascia'], w: 38 },
    { h: ['价格', 'Price'], w: colW - 146 },
  ];
  body += `<rect x="${M}" y="${num(y - 4)}" width="${num(colW)}" height="9" fill="#f6f1e7"/>`;
  let x = M + 1.5;
  for (const c of cols) {
    body += text(x, y, 2.8, c.h[0]!, { bold: true });
    body += text(x, y + 3.6, 2.5, c.h[1]!, { fill: '#555' });
    x += c.w;
  }
  y += 10;
  let total = 0;
  const shown = booths.slice(0, 14);
  for (const b of shown) {
    const hall = doc.halls[b.hallId];
    const area = shapeArea(b.shape);
    const bb = shapeBBox(b.shape);
    const price = boothPrice(b, s.rateCard, area);
    total += price;
    const fascia = [b.fascia.zh || ex.fascia.zh || ex.shortName.zh || ex.name.zh, b.fascia.en || ex.fascia.en || ex.shortName.en || ex.name.en].filter(Boolean).join(' / ');
    const cells = [
      b.number,
      hall ? `${hall.code} ${hall.name.zh}` : '',
      `${num(bb.maxX - bb.minX, 1)} × ${num(bb.maxY - bb.minY, 1)} m = ${num(area, 1)} m²`,
      `${TYPE_TEXT[b.type].zh} ${TYPE_TEXT[b.type].en}`,
      fascia,
      money(price, cur),
    ];
    x = M + 1.5;
    cells.forEach((c, i) => {
      body += text(x, y, 2.8, clip(c, cols[i]!.w - 2, 2.8, i === 0), { bold: i === 0 });
      x += cols[i]!.w;
    });
    body += `<line x1="${M}" y1="${num(y + 2)}" x2="${W - M}" y2="${num(y + 2)}" stroke="#ddd" stroke-width="0.2"/>`;
    y += 5.2;
  }
  if (booths.length > shown.length) {
    body += text(M + 1.5, y, 2.6, `… +${booths.length - shown.length} 个展位 booths: ${booths.slice(14).map((b) => b.number).join(', ')}`.slice(0, 160), { fill: '#555' });
    for (const b of booths.slice(14)) total += boothPrice(b, s.rateCard);
    y += 5;
  }
  const agreed = ex.sale.amount;
  body += text(W - M - 1.5, y + 1, 3.2, `合计 Total  ${money(agreed ?? total, cur)}`, { bold: true, anchor: 'end' });
  if (agreed !== null && Math.round(agreed) !== Math.round(total)) body += text(W - M - 1.5, y + 5, 2.5, `按价目表 Rate card ${money(total, cur)}`, { anchor: 'end', fill: '#666' });
  y += 10;

  // Dates: move-in the two days before opening, the show itself, move-out on the last day.
  const { start, end } = s.event;
  const dates: [string, string][] = start
    ? [
        ['布展 Move-in', `${addDays(start, -2)} – ${addDays(start, -1)}`],
        ['展期 Show days', end ? `${start} – ${end}` : start],
        ['撤展 Move-out', end ?? start],
      ]
    : [['展期 Show days', '—']];
  for (const [k, v] of dates) {
    body += text(M, y, 2.9, k, { fill: '#666' });
    body += text(M + 42, y, 2.9, v);
    y += 4.4;
  }
  y += 3;

  // The hall map with the booths marked (the first hall of the booths; others are named above).
  const mapH = H - M - 14 - y;
  let defs = '';
  if (booths.length && mapH > 40) {
    const hallId = booths[0]!.hallId;
    const hall = doc.halls[hallId]!;
    body += text(M, y + 1, 3, `${hall.name.zh} ${hall.name.en} · 展位位置 Booth location`, { bold: true });
    const map = hallMap(doc, hallId, new Set(booths.map((b) => b.id)), { x: M, y: y + 4, w: colW, h: mapH - 4 }, prefix);
    defs = map.defs;
    body += map.body;
  }
  // Footer.
  body += `<line x1="${M}" y1="${H - M - 6}" x2="${W - M}" y2="${H - M - 6}" stroke="#ccc" stroke-width="0.2"/>`;
  body += text(M, H - M - 1.5, 2.4, `签发日期 Issued ${issued} · ${s.venue.zh || ''} ${s.venue.en || ''}`.trim(), { fill: '#666' });
  const title = `${booths.map((b) => b.number).join(', ')} · ${ex.name.zh || ex.name.en}`;
  return { kind: 'plan', svg: pageSvg(W, H, defs, body, `confirmation ${ex.id}`), widthMm: W, heightMm: H, hallId: booths[0]?.hallId ?? null, title };
}

/**
 * Booth confirmations, one bilingual A4 page per exhibitor: their booths (number, hall, size,
 * type, fascia, price), the total, the show and move-in dates and a hall map with the booths
 * marked. Exhibitors without assigned booths are skipped and named in `skipped`. Pages go
 * through the same document and PDF path as the plans (vector text, embedded fonts).
 */
export function layoutConfirmations(doc: Project, exhibitorIds: readonly string[], issued: string): ConfirmationResult {
  if (!exhibitorIds.length) return { ok: false, error: { code: 'no-exhibitors', ids: [] } };
  const unknown = exhibitorIds.filter((id) => !doc.exhibitors[id]);
  if (unknown.length) return { ok: false, error: { code: 'unknown-exhibitors', ids: unknown } };
  const index = exhibitorIndex(doc);
  const hallOrder = (b: Booth) => doc.halls[b.hallId]?.order ?? 0;
  const pages: PrintPage[] = [];
  const skipped: string[] = [];
  exhibitorIds.forEach((id, i) => {
    const booths = [...(index.byExhibitor.get(id)?.assigned ?? [])].sort((a, b) => hallOrder(a) - hallOrder(b) || compareNumeric(a.number, b.number));
    if (!booths.length) {
      skipped.push(id);
      return;
    }
    pages.push(confirmationPage(doc, doc.exhibitors[id]!, booths, issued, `cf${i}`));
  });
  return { ok: true, pages, skipped };
}
