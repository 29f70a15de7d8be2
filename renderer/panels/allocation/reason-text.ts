import type { TFunction } from 'i18next';
import type { Reason } from '../../../shared/allocation/types';
import { countryName } from '../../../shared/exhibitors/countries';
import { sectorLabel, type SectorSettings } from '../../../shared/exhibitors/sectors';
import type { Language } from '../../../shared/ipc/contract';

/** What a reason needs besides its own arguments: the user's language and the show's sectors. */
export interface ReasonContext {
  lang: Language;
  settings: SectorSettings | null | undefined;
}

/**
 * A reason in the user's language (the domain's English sentence when a translation is
 * missing). Codes in the arguments (sectors, countries) become names, and the request is
 * said as people say it ("18 m²", "2 booths, 18 m²"), never "0 booth(s)".
 */
export function reasonText(t: TFunction, r: Reason, ctx: ReasonContext): string {
  const l = ctx.lang === 'en' ? 'en' : 'zh';
  const args: Record<string, string | number> = { ...r.args };
  if (typeof args.sector === 'string') args.sector = sectorLabel(ctx.settings, args.sector, l);
  if (typeof args.sectors === 'string') {
    const ids = args.sectors.split(',').map((s) => s.trim()).filter(Boolean);
    args.sectors = ids.length ? ids.map((id) => sectorLabel(ctx.settings, id, l)).join(l === 'zh' ? '、' : ', ') : t('allocation.anySector');
  }
  if (typeof args.country === 'string' && args.country) args.country = countryName(args.country, l);
  const booths = Number(args.requestedBooths ?? 0);
  const area = Number(args.requestedArea ?? 0);
  const parts = [booths ? t('allocation.request.booths', { count: booths }) : '', area ? t('allocation.request.area', { area }) : ''].filter(Boolean);
  args.request = parts.length ? parts.join(l === 'zh' ? '、' : ', ') : t('allocation.request.booths', { count: 1 });
  return t(`allocation.reason.${r.code}`, { ...args, defaultValue: r.message });
}

export function reasonsText(t: TFunction, reasons: readonly Reason[], ctx: ReasonContext): string {
  return reasons.map((r) => reasonText(t, r, ctx)).join(' · ');
}
