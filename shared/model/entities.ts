import { z } from 'zod';
import { ALLOCATION_SETTINGS_DEFAULT, AllocationSettings, EXHIBITOR_ALLOCATION_DEFAULT, ExhibitorAllocation } from './allocation-fields';
import { AreaShape, Bilingual, Coordinate, HexColor, Id, IsoDate, IsoDateTime, PixelPoint, Point, PolylineShape, RectShape, Rotation, Size } from './primitives';

export const Calibration = z.object({
  /** Two points picked on the drawing, in drawing pixels. */
  a: PixelPoint,
  b: PixelPoint,
  /** Their real distance in metres. */
  distance: Size,
});

/**
 * A venue drawing placed under a hall (in the hall's frame) or under the whole site (in site
 * metres): drawing pixel (u, v) lies at (x, y) + R(rotation) · (u, v) · metresPerPixel.
 */
export const HallBackground = z.object({
  assetId: Id,
  /** Where the drawing's top-left pixel lies, metres. */
  x: Coordinate.default(0),
  y: Coordinate.default(0),
  /** From a micrometre to a kilometre per pixel: any real drawing lies well inside. */
  metresPerPixel: z.number().min(1e-6).max(1000),
  /** Degrees clockwise on screen about the drawing's top-left pixel. */
  rotation: Rotation.default(0),
  calibration: Calibration.nullable().default(null),
  opacity: z.number().min(0).max(1).default(0.5),
  /** A locked drawing cannot be moved, rotated, scaled or aligned until unlocked. */
  locked: z.boolean().default(true),
  /** Layers of a vector (DXF) drawing that are switched off, by name. */
  hiddenLayers: z.array(z.string().max(255)).max(4096).default([]),
});
export type HallBackground = z.infer<typeof HallBackground>;
/** The same placement serves hall drawings and the site drawing. */
export const VenueDrawing = HallBackground;
export type VenueDrawing = HallBackground;

/**
 * Where a hall's own frame (the one its outline, booths, facilities and drawing use) lies on
 * the site: hall point (u, v) is at (x, y) + R(rotation) · (u, v) in site metres, rotation in
 * degrees clockwise on screen. Moving or rotating a hall changes only this.
 */
export const HallPlacement = z.object({
  x: Coordinate,
  y: Coordinate,
  rotation: Rotation,
});
export type HallPlacement = z.infer<typeof HallPlacement>;

export const Hall = z.object({
  id: Id,
  name: Bilingual,
  /** Short code used as the booth number prefix, e.g. "A1". */
  code: z.string().max(16),
  /** The level's ordinal (1 = ground floor); its name is in `settings.site.levels`. */
  level: z.number().int().min(-10).max(100).default(1),
  order: z.number().int().min(0),
  outline: z.array(Point).min(3).max(1000),
  /** Position and rotation of the hall on the site. */
  placement: HallPlacement.default({ x: 0, y: 0, rotation: 0 }),
  background: HallBackground.nullable().default(null),
});
export type Hall = z.infer<typeof Hall>;

export const BOOTH_KINDS = ['standard', 'raw', 'custom'] as const;
export const BoothKind = z.enum(BOOTH_KINDS);
export type BoothKind = z.infer<typeof BoothKind>;

/** Derived from how many sides face an aisle: 1 inline, 2 corner, 3 peninsula, 4 island. */
export const BOOTH_TYPES = ['inline', 'corner', 'peninsula', 'island', 'enclosed'] as const;
export const BoothType = z.enum(BOOTH_TYPES);
export type BoothType = z.infer<typeof BoothType>;

export const BOOTH_STATUSES = ['available', 'hold', 'reserved', 'assigned', 'blocked'] as const;
export const BoothStatus = z.enum(BOOTH_STATUSES);
export type BoothStatus = z.infer<typeof BoothStatus>;

/** Who a booth is held or reserved for; assignment itself lives in `assignments`. */
export const BoothClaim = z.object({
  exhibitorId: Id.nullable(),
  /** Hold expiry; a hold past this date is released when the show is opened. */
  until: IsoDate.nullable().default(null),
  note: z.string().max(2000).default(''),
});
export type BoothClaim = z.infer<typeof BoothClaim>;

export const Booth = z.object({
  id: Id,
  hallId: Id,
  number: z.string().min(1).max(32),
  shape: AreaShape,
  kind: BoothKind.default('standard'),
  /** Indices of outline edges that face an aisle (rect: 0 top, 1 right, 2 bottom, 3 left). */
  openSides: z.array(z.number().int().min(0)).max(1000).default([]),
  type: BoothType.default('inline'),
  status: BoothStatus.default('available'),
  claim: BoothClaim.nullable().default(null),
  zoneId: Id.nullable().default(null),
  /** Price in the project currency that replaces the rate card, or null to use the rate card. */
  priceOverride: z.number().finite().min(0).nullable().default(null),
  fascia: Bilingual.default({ zh: '', en: '' }),
  notes: z.string().max(5000).default(''),
});
export type Booth = z.infer<typeof Booth>;

export const ZONE_KINDS = ['theme', 'pavilion'] as const;
export const Zone = z.object({
  id: Id,
  kind: z.enum(ZONE_KINDS),
  name: Bilingual,
  color: HexColor,
  /** Sectors allowed in the zone; empty means any. */
  sectors: z.array(z.string().max(64)).max(200).default([]),
  /** ISO 3166-1 alpha-2 codes allowed in the zone; empty means any. */
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)).max(300).default([]),
});
export type Zone = z.infer<typeof Zone>;

/**
 * The sale to an exhibitor, in order: applied → approved → contract sent → contract signed →
 * deposit paid → paid in full; cancelled ends it at any point.
 */
export const SALES_STAGES = ['applied', 'approved', 'contract-sent', 'contract-signed', 'deposit-paid', 'paid-in-full', 'cancelled'] as const;
export const SalesStage = z.enum(SALES_STAGES);
export type SalesStage = z.infer<typeof SalesStage>;

const stageDate = IsoDate.nullable().default(null);
export const EMPTY_SALE_DATES = {
  applied: null,
  approved: null,
  'contract-sent': null,
  'contract-signed': null,
  'deposit-paid': null,
  'paid-in-full': null,
  cancelled: null,
} as const;
/** The day each stage was reached (null: not reached, or not recorded). */
export const SaleDates = z
  .object({
    applied: stageDate,
    approved: stageDate,
    'contract-sent': stageDate,
    'contract-signed': stageDate,
    'deposit-paid': stageDate,
    'paid-in-full': stageDate,
    cancelled: stageDate,
  })
  .default(EMPTY_SALE_DATES);
export type SaleDates = z.infer<typeof SaleDates>;

const money = z.number().finite().min(0).max(1e12);
export const DEFAULT_SALE = { stage: 'applied', amount: null, invoiced: 0, paid: 0, dates: EMPTY_SALE_DATES, reference: '' } as const;
export const Sale = z
  .object({
    stage: SalesStage.default('applied'),
    /** Agreed amount in the show currency; null: the rate-card price of the exhibitor's booths. */
    amount: money.nullable().default(null),
    invoiced: money.default(0),
    paid: money.default(0),
    dates: SaleDates,
    /** Contract or invoice number. */
    reference: z.string().max(200).default(''),
  })
  .default(DEFAULT_SALE);
export type Sale = z.infer<typeof Sale>;

export const Exhibitor = z.object({
  id: Id,
  /** The organizer's own number for the company (registration system, CRM); keys updates from a re-sent list. */
  externalId: z.string().max(200).default(''),
  name: Bilingual,
  /** Label for the map where the full name does not fit. */
  shortName: Bilingual.default({ zh: '', en: '' }),
  country: z.string().regex(/^[A-Z]{2}$/, 'country: ISO 3166-1 alpha-2'),
  sectors: z.array(z.string().max(64)).max(50).default([]),
  contact: z
    .object({
      person: z.string().max(200).default(''),
      email: z.string().max(320).default(''),
      phone: z.string().max(64).default(''),
    })
    .default({ person: '', email: '', phone: '' }),
  website: z.string().max(500).default(''),
  requested: z
    .object({
      areaSqm: z.number().finite().min(0).nullable().default(null),
      booths: z.number().int().min(0).nullable().default(null),
    })
    .default({ areaSqm: null, booths: null }),
  /** Manual bonus points, added to the points computed from the organizer's rules. */
  priority: z.number().finite().default(0),
  allocation: ExhibitorAllocation.default(EXHIBITOR_ALLOCATION_DEFAULT),
  /** Exhibitor ids to keep apart from this one. */
  competitors: z.array(Id).max(500).default([]),
  preferredZones: z.array(Id).max(100).default([]),
  fascia: Bilingual.default({ zh: '', en: '' }),
  notes: z.string().max(5000).default(''),
  sale: Sale,
});
export type Exhibitor = z.infer<typeof Exhibitor>;

/** One booth belongs to at most one exhibitor: the record is keyed by booth id. */
export const Assignment = z.object({
  id: Id,
  boothId: Id,
  exhibitorId: Id,
  at: IsoDateTime,
  by: z.string().max(200).default(''),
});
export type Assignment = z.infer<typeof Assignment>;

export const FACILITY_KINDS = [
  'entrance',
  'exit',
  'restroom',
  'stage',
  'meeting-room',
  'service-desk',
  'column',
  'cafe',
  'first-aid',
  'wall',
  'label',
] as const;
export const FacilityKind = z.enum(FACILITY_KINDS);
export type FacilityKind = z.infer<typeof FacilityKind>;

export const Facility = z.object({
  id: Id,
  hallId: Id,
  kind: FacilityKind,
  shape: z.discriminatedUnion('type', [RectShape, PolylineShape]),
  label: Bilingual.default({ zh: '', en: '' }),
});
export type Facility = z.infer<typeof Facility>;

/** A file kept beside the project (venue drawings), referenced by id. */
export const Asset = z.object({
  id: Id,
  /** File name inside the project's `<name>.assets/` folder. */
  fileName: z.string().min(1).max(255).regex(/^[^/\\]+$/, 'file name without folders'),
  /** A vector drawing (`application/vnd.pavilion.drawing+json`, imported from DXF) counts drawing units as pixels. */
  mime: z.enum(['image/png', 'image/jpeg', 'application/pdf', 'application/vnd.pavilion.drawing+json']),
  widthPx: z.number().int().positive(),
  heightPx: z.number().int().positive(),
});
export type Asset = z.infer<typeof Asset>;

/** Append-only record of assignment changes: who, when, what. Not undone with the change. */
export const HistoryEntry = z.object({
  id: Id,
  at: IsoDateTime,
  by: z.string().max(200),
  action: z.enum(['assign', 'unassign', 'hold', 'release', 'reserve', 'block', 'unblock', 'expire']),
  boothId: Id,
  exhibitorId: Id.nullable(),
  detail: z.string().max(2000).default(''),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const RateCard = z.object({
  /** Price per m² by booth kind, in the project currency. */
  perSqm: z.object({
    standard: z.number().finite().min(0),
    raw: z.number().finite().min(0),
    custom: z.number().finite().min(0),
  }),
  /** Multipliers on the base price by derived booth type, e.g. 0.1 = +10 %. */
  premiums: z.object({
    corner: z.number().finite().min(0).default(0),
    peninsula: z.number().finite().min(0).default(0),
    island: z.number().finite().min(0).default(0),
  }),
});
export type RateCard = z.infer<typeof RateCard>;

/** A named floor of the venue; halls name it by `ordinal`. */
export const Level = z.object({
  /** Order from the lowest floor up (…, -1 basement, 1 ground floor, 2 …); unique in a show. */
  ordinal: z.number().int().min(-10).max(100),
  /** Short name shown in the level switcher, e.g. 1F / 一层. */
  name: Bilingual,
});
export type Level = z.infer<typeof Level>;

/**
 * Where the site lies on Earth: site point `anchor` (metres) is at latitude/longitude
 * `lat`/`lon` (WGS 84), and the site's up direction (−y) points `bearing` degrees clockwise
 * from true north. Used for GeoJSON and IMDF export.
 */
export const Georeference = z.object({
  anchor: Point,
  lat: z.number().finite().min(-85).max(85),
  lon: z.number().finite().min(-180).max(180),
  bearing: z.number().finite().min(0).lt(360),
  /** The venue's city and country (ISO 3166-1 alpha-2), for the IMDF address record. */
  locality: z.string().max(200).default(''),
  country: z.string().regex(/^[A-Z]{2}$/).nullable().default(null),
});
export type Georeference = z.infer<typeof Georeference>;

/** The venue as a whole: its levels, its master-plan drawing and where it is on Earth. */
export const Site = z.object({
  /** Named levels, lowest first; a level a hall uses without an entry gets a default name. */
  levels: z.array(Level).max(111).default([]),
  drawing: VenueDrawing.nullable().default(null),
  georeference: Georeference.nullable().default(null),
});
export type Site = z.infer<typeof Site>;
/** A sector the show added to the built-in list (from an import or by hand), named in both languages. */
export const SectorDef = z.object({
  id: Id,
  name: Bilingual,
});
export type SectorDef = z.infer<typeof SectorDef>;

/**
 * What the user mapped a spreadsheet value to, remembered for the show so the weekly list
 * needs mapping once. Keys are the value's normalized text (`normalizeKey`).
 */
export const ImportMappings = z.object({
  /** Value → ISO 3166-1 alpha-2 code. */
  // Plain string keys (no checks) keep the fast exact check of a whole file possible.
  country: z.record(z.string(), z.string().regex(/^[A-Z]{2}$/)).default({}),
  /** Value → sector ids; an empty list means "ignore this value". */
  sectors: z.record(z.string(), z.array(z.string().max(64)).max(20)).default({}),
});
export type ImportMappings = z.infer<typeof ImportMappings>;

export const ProjectSettings = z.object({
  id: Id,
  name: Bilingual,
  venue: Bilingual.default({ zh: '', en: '' }),
  event: z.object({ start: IsoDate.nullable(), end: IsoDate.nullable() }).default({ start: null, end: null }),
  currency: z.string().regex(/^[A-Z]{3}$/).default('CNY'),
  unit: z.literal('m').default('m'),
  rateCard: RateCard.default({
    perSqm: { standard: 1800, raw: 1500, custom: 1500 },
    premiums: { corner: 0.1, peninsula: 0.15, island: 0.2 },
  }),
  /** Fire-gangway minimum used by the layout check, metres. */
  minAisle: Size.default(3),
  site: Site.default({ levels: [], drawing: null, georeference: null }),
  allocation: AllocationSettings.default(ALLOCATION_SETTINGS_DEFAULT),
  /** Sectors of this show beyond the built-in list. */
  sectors: z.array(SectorDef).max(500).default([]),
  importMappings: ImportMappings.default({ country: {}, sectors: {} }),
});
export type ProjectSettings = z.infer<typeof ProjectSettings>;
