import type { Block } from './blocks';
import type { Floor } from './floor';
import { satisfaction, type Problem, type Seeker } from './problem';
import type { Reason } from './types';

const r2 = (n: number) => Math.round(n * 100) / 100;

function requestText(s: Seeker): { text: string; args: Record<string, string | number> } {
  const booths = s.ex.requested.booths;
  const area = s.ex.requested.areaSqm;
  const parts: string[] = [];
  if (booths) parts.push(`${booths} booth(s)`);
  if (area) parts.push(`${r2(area)} m²`);
  return { text: parts.join(', ') || '1 booth', args: { requestedBooths: booths ?? 0, requestedArea: area ?? 0 } };
}

/** Why a block went to this exhibitor, most important first. */
export function placementReasons(p: Problem, s: Seeker, block: Block): Reason[] {
  const out: Reason[] = [];
  const pr = s.priority;
  out.push({
    code: 'priority',
    args: { points: pr.points, years: pr.parts.years, area: pr.parts.area, sponsorship: pr.parts.sponsorship, deposit: pr.parts.deposit, bonus: pr.parts.bonus, overridden: pr.overridden ? 1 : 0 },
    message: `priority ${pr.points}${pr.overridden ? ' (set by hand)' : ''}`,
  });
  const req = requestText(s);
  out.push({ code: 'size', args: { booths: block.booths.length, area: r2(block.area), ...req.args }, message: `${block.booths.length} booth(s), ${r2(block.area)} m² for ${req.text} requested` });
  if (block.booths.length > 1) out.push({ code: 'rectangle', args: { form: block.form }, message: `adjacent booths forming one ${block.form} rectangle` });
  const zoneIds = [...new Set(block.booths.map((i) => p.infos[i]!.booth.zoneId).filter((z): z is string => !!z))];
  for (const zid of zoneIds) {
    const z = p.doc.zones[zid];
    if (!z) continue;
    const zargs = { zoneZh: z.name.zh, zoneEn: z.name.en };
    if (s.pavilionId === zid) out.push({ code: 'pavilion', args: { ...zargs, country: s.ex.country }, message: `with the ${z.name.en || z.name.zh} (country pavilion kept together)` });
    else if (z.countries.length) out.push({ code: 'zone-country', args: { ...zargs, country: s.ex.country }, message: `country ${s.ex.country} allowed in zone ${z.name.en || z.name.zh}` });
    if (z.sectors.length) {
      const sector = s.ex.sectors.find((x) => z.sectors.includes(x)) ?? '';
      out.push({ code: 'zone-sector', args: { ...zargs, sector }, message: `sector ${sector} matches zone ${z.name.en || z.name.zh}` });
    }
    if (s.preferred.has(zid) && s.pavilionId !== zid) out.push({ code: 'preferred-zone', args: zargs, message: `preferred zone ${z.name.en || z.name.zh}` });
  }
  const prev = block.booths.filter((i) => s.previous.has(i)).map((i) => p.infos[i]!.booth.number);
  if (prev.length) out.push({ code: 'previous-booth', args: { booth: prev.join(', ') }, message: `last edition's booth ${prev.join(', ')}` });
  if (s.ex.allocation.wantsCorner && block.corner) out.push({ code: 'corner', args: {}, message: 'corner booth as wished' });
  if (s.ex.allocation.wantsIsland && block.island) out.push({ code: 'island', args: {}, message: 'island or peninsula as wished' });
  return out;
}

/** Why an exhibitor has no proposal. */
export function leftOutReasons(p: Problem, s: Seeker, floor: Floor): Reason[] {
  const req = requestText(s);
  if (s.sizeMatches === 0) {
    return [{ code: 'no-size', args: req.args, message: `no free booths of ${req.text}${p.hallId ? ' in this hall' : ''}` }];
  }
  if (s.candidates.length === 0) {
    const pav = s.pavilionId ? p.doc.zones[s.pavilionId] : null;
    return [
      {
        code: 'no-zone',
        args: { ...req.args, count: s.sizeMatches, sectors: s.ex.sectors.join(', '), country: s.ex.country, zoneZh: pav?.name.zh ?? '', zoneEn: pav?.name.en ?? '' },
        message: `no free booths of ${req.text} in a zone that allows sector ${s.ex.sectors.join(', ') || '(none)'} from ${s.ex.country}${pav ? ` (member of ${pav.name.en || pav.name.zh})` : ''}`,
      },
    ];
  }
  let competitor = 0;
  for (const bi of s.candidates) if (floor.fits(s, p.blocks[bi]!) === 'competitor') competitor++;
  if (competitor > 0) {
    const rivals = [...(p.competitors.get(s.ex.id) ?? [])].map((id) => p.doc.exhibitors[id]).filter((e) => !!e);
    const names = rivals.map((e) => e.name.en || e.name.zh).join(', ');
    return [{ code: 'competitor', args: { count: competitor, hops: p.settings.competitorHops, names }, message: `the ${competitor} free block(s) that fit are within ${p.settings.competitorHops} booth(s) of a competitor (${names})` }];
  }
  return [{ code: 'taken', args: { count: s.candidates.length, ...req.args }, message: `all ${s.candidates.length} block(s) of ${req.text} in allowed zones went to exhibitors with higher priority` }];
}

export { satisfaction };
