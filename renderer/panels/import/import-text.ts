import type { TFunction } from 'i18next';
import type { FieldNote, FieldProblem } from '../../../shared/exhibitors/import/parse-row';
import type { SpreadsheetError } from '../../../shared/exhibitors/import/types';

/** "Country: unknown country (Atlantis)" in the user's language. */
export function problemText(t: TFunction, p: FieldProblem | FieldNote): string {
  const field = p.field === 'row' ? t('exhibitorsUi.import.rowField') : t(`exhibitorsUi.import.field.${p.field}`);
  const what = t(`exhibitorsUi.import.problem.${p.code}`, { defaultValue: p.code });
  return `${field}: ${what}${p.value ? ` (${p.value})` : ''}`;
}

/** Why a file could not be read, with the limit when one was exceeded. */
export function spreadsheetErrorText(t: TFunction, e: SpreadsheetError): string {
  const limit = e.limit === undefined ? '' : e.code === 'too-large' ? `${Math.round(e.limit / 1024 / 1024)} MB` : new Intl.NumberFormat().format(e.limit);
  return t(`exhibitorsUi.import.error.${e.code}`, { limit, row: e.row ?? '', sheets: (e.sheetNames ?? []).join(', '), defaultValue: t('exhibitorsUi.import.error.unknown') });
}
