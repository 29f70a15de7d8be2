import type { Project } from '../../shared/model/project';
import type { Colouring } from '../../shared/print/colouring';
import type { DirectorySort } from '../../shared/print/directory-sort';
import type { LabelMode } from '../../shared/print/hall-plan';
import type { ChromeLanguage } from '../../shared/print/i18n';
import type { PrintOptions } from '../../shared/print/layout';
import type { Orientation, PaperName } from '../../shared/print/paper';

/** Paper choices of the dialog: the engine's named sizes plus a custom size in mm. */
export type PaperChoice = PaperName | 'custom';

/** What the print dialog's controls hold; `toPrintOptions` turns it into the engine's options. */
export interface PrintForm {
  halls: string[];
  paper: PaperChoice;
  /** Custom sheet, mm (used when `paper` is `custom`). */
  customWidthMm: number;
  customHeightMm: number;
  orientation: Orientation;
  marginMm: number;
  scaleMode: 'fit' | 'fixed';
  /** N of 1:N when `scaleMode` is `fixed`. */
  scaleDenominator: number;
  colouring: Colouring;
  labels: LabelMode;
  titleBlock: boolean;
  legend: boolean;
  northArrow: boolean;
  scaleBar: boolean;
  directory: boolean;
  directorySort: DirectorySort;
  /** Halls' DXF venue drawings as faint lines (off unless asked for: see `PrintInclude.venueDrawing`). */
  venueDrawing: boolean;
  /** Language of the sheet's own words (legend, title block, directory headings). */
  language: ChromeLanguage;
  /** Logo for the title block as a data: URL; kept only in the dialog, never saved with the show. */
  logo: string | null;
  /** Level whose site overview (halls where they are) comes first, or null for none. */
  siteOverview: number | null;
}

/** The halls of a show in their display order. */
export function orderedHalls(project: Project) {
  return Object.values(project.halls).sort((a, b) => a.order - b.order || a.code.localeCompare(b.code));
}

/** The dialog's starting choices: every hall, A3 fitted, names in both languages. */
export function defaultPrintForm(project: Project, language: ChromeLanguage): PrintForm {
  return {
    halls: orderedHalls(project).map((h) => h.id),
    paper: 'A3',
    customWidthMm: 600,
    customHeightMm: 900,
    orientation: 'auto',
    marginMm: 10,
    scaleMode: 'fit',
    scaleDenominator: 200,
    colouring: 'status',
    labels: 'both',
    titleBlock: true,
    legend: true,
    northArrow: true,
    scaleBar: true,
    directory: false,
    directorySort: language === 'en' ? 'name-en' : 'pinyin',
    venueDrawing: false,
    language,
    logo: null,
    siteOverview: null,
  };
}

/**
 * The engine's options for the dialog's choices. Halls keep the show's order whatever order
 * they were ticked in; a custom paper passes its size as typed (the engine refuses sizes out
 * of range with a message).
 */
export function toPrintOptions(form: PrintForm, project: Project): PrintOptions {
  const chosen = new Set(form.halls);
  return {
    halls: orderedHalls(project)
      .filter((h) => chosen.has(h.id))
      .map((h) => h.id),
    paper: form.paper === 'custom' ? { w: form.customWidthMm, h: form.customHeightMm } : form.paper,
    orientation: form.orientation,
    margins: form.marginMm,
    scale: form.scaleMode === 'fit' ? 'fit' : form.scaleDenominator,
    colouring: form.colouring,
    labels: form.labels,
    include: { titleBlock: form.titleBlock, legend: form.legend, northArrow: form.northArrow, scaleBar: form.scaleBar, directory: form.directory, venueDrawing: form.venueDrawing },
    logo: form.titleBlock ? form.logo : null,
    language: form.language,
    directorySort: form.directorySort,
    siteOverview: form.siteOverview ?? null,
  };
}

/** Halls among those chosen that have no booth yet: printed as an empty outline with a note. */
export function hallsWithoutBooths(project: Project, hallIds: readonly string[]): string[] {
  const withBooths = new Set<string>();
  for (const b of Object.values(project.booths)) withBooths.add(b.hallId);
  return hallIds.filter((id) => !withBooths.has(id));
}

/** File name of a show's output: its name in the chosen language, made safe for every OS. */
export function outputBaseName(project: Project, language: ChromeLanguage): string {
  const n = project.settings.name;
  const name = (language === 'en' ? n.en || n.zh : n.zh || n.en) || 'pavilion';
  const safe = name
    // Characters no file system accepts, and control characters.
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return safe || 'pavilion';
}
