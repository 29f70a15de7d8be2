import type { TFunction } from 'i18next';
import type { UiError } from '../../editor/host-errors';
import { refusalText } from './refusal-text';

export interface ErrorText {
  message: string;
  /** The file concerned, already phrased ("File: …"). */
  file: string | null;
  /** Untranslated specifics for support (schema problems, system messages). */
  details: string[];
}

/** The user's-language sentence for an error code, with the file and details kept apart. */
export function describeError(t: TFunction, error: UiError): ErrorText {
  const message =
    error.code === 'refused' && error.refusal
      ? refusalText(t, error.refusal)
      : t(`errors.${error.code}`, { version: error.version ?? '?', defaultValue: t('errors.unexpected') });
  return {
    message,
    file: error.path ? t('errors.file', { path: error.path }) : null,
    details: error.details ?? [],
  };
}
