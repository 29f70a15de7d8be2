import type { ExportKind } from '../../../shared/ipc/contract';
import { api } from '../../app/api/client';
import type { UiError } from '../../editor/host-errors';
import { editor } from '../../editor/instance';
import { base64ToBytes, downloadFile } from './download';

/**
 * Exports exhibitors (the given ones, or all) as XLSX or CSV, readable values in the user's
 * language, and hands the file to the browser's download. Edits not saved yet are saved first:
 * the host renders the file from the show it holds, which is behind the window for as long as
 * the editor waits for quiet before saving (an export made right after an assignment left it out).
 */
export async function exportExhibitors(ids: string[] | undefined, kind: ExportKind, lang: 'zh' | 'en'): Promise<{ ok: true; fileName: string } | { ok: false; error: UiError }> {
  await editor.flush();
  const handle = editor.store.getState().handle;
  if (!handle) return { ok: false, error: { code: 'unexpected', details: ['no project is open'] } };
  const res = await api().renderExport({ handle, kind, language: lang, exhibitorIds: ids });
  if (!res.ok) return { ok: false, error: res.error };
  downloadFile(res.value.fileName, res.value.mime, base64ToBytes(res.value.dataBase64));
  return { ok: true, fileName: res.value.fileName };
}
