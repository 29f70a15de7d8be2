import { EXHIBITOR_ALLOCATION_DEFAULT, type ExhibitorAllocation } from '../../../shared/model/allocation-fields';
import type { Exhibitor } from '../../../shared/model/entities';

/** The drawer's flat form values. */
export interface ExhibitorFormValues {
  externalId: string;
  nameZh: string;
  nameEn: string;
  shortZh: string;
  shortEn: string;
  country: string;
  sectors: string[];
  person: string;
  email: string;
  phone: string;
  website: string;
  areaSqm: number | null;
  booths: number | null;
  priority: number | null;
  /** The rest of the allocation fields (last edition's booths), carried through unchanged. */
  allocation?: ExhibitorAllocation;
  yearsExhibited: number | null;
  sponsorship: ExhibitorAllocation['sponsorship'];
  depositDate: string;
  /** Empty: the points are computed from the organizer's rules. */
  priorityOverride: number | null;
  wantsCorner: boolean;
  wantsIsland: boolean;
  competitors: string[];
  preferredZones: string[];
  fasciaZh: string;
  fasciaEn: string;
  notes: string;
}

export function formValuesOf(ex: Exhibitor | null): ExhibitorFormValues {
  return {
    externalId: ex?.externalId ?? '',
    nameZh: ex?.name.zh ?? '',
    nameEn: ex?.name.en ?? '',
    shortZh: ex?.shortName.zh ?? '',
    shortEn: ex?.shortName.en ?? '',
    country: ex?.country ?? 'CN',
    sectors: ex?.sectors ?? [],
    person: ex?.contact.person ?? '',
    email: ex?.contact.email ?? '',
    phone: ex?.contact.phone ?? '',
    website: ex?.website ?? '',
    areaSqm: ex?.requested.areaSqm ?? null,
    booths: ex?.requested.booths ?? null,
    priority: ex?.priority ?? 0,
    allocation: ex?.allocation ?? EXHIBITOR_ALLOCATION_DEFAULT,
    yearsExhibited: ex?.allocation.yearsExhibited ?? 0,
    sponsorship: ex?.allocation.sponsorship ?? 'none',
    depositDate: ex?.allocation.depositDate ?? '',
    priorityOverride: ex?.allocation.priorityOverride ?? null,
    wantsCorner: ex?.allocation.wantsCorner ?? false,
    wantsIsland: ex?.allocation.wantsIsland ?? false,
    competitors: ex?.competitors ?? [],
    preferredZones: ex?.preferredZones ?? [],
    fasciaZh: ex?.fascia.zh ?? '',
    fasciaEn: ex?.fascia.en ?? '',
    notes: ex?.notes ?? '',
  };
}

const text = (v: string | undefined | null) => (v ?? '').trim();

/** Form values as exhibitor fields (validated by `addExhibitor` / `editExhibitor`). */
export function exhibitorInputOf(v: ExhibitorFormValues): Omit<Exhibitor, 'id' | 'sale'> {
  return {
    externalId: text(v.externalId),
    name: { zh: text(v.nameZh), en: text(v.nameEn) },
    shortName: { zh: text(v.shortZh), en: text(v.shortEn) },
    country: v.country,
    sectors: [...new Set((v.sectors ?? []).map((s) => s.trim()).filter(Boolean))],
    contact: { person: text(v.person), email: text(v.email), phone: text(v.phone) },
    website: text(v.website),
    requested: { areaSqm: v.areaSqm ?? null, booths: v.booths ?? null },
    priority: v.priority ?? 0,
    allocation: {
      ...(v.allocation ?? EXHIBITOR_ALLOCATION_DEFAULT),
      yearsExhibited: v.yearsExhibited ?? 0,
      sponsorship: v.sponsorship ?? 'none',
      depositDate: text(v.depositDate) || null,
      priorityOverride: v.priorityOverride ?? null,
      wantsCorner: !!v.wantsCorner,
      wantsIsland: !!v.wantsIsland,
    },
    competitors: v.competitors ?? [],
    preferredZones: v.preferredZones ?? [],
    fascia: { zh: text(v.fasciaZh), en: text(v.fasciaEn) },
    notes: v.notes ?? '',
  };
}
