import { createStore } from 'zustand/vanilla';
import type { ApiError, BackupInfo, ConflictInfo, OpenHolder, OpenedProject, RecoveryInfo } from '../../../shared/ipc/contract';

/** An operation that did not make it into the show, in words the dialog can translate. */
export interface LeftOutChange {
  id: string;
  label: string;
  labelArgs?: Record<string, string | number>;
  details: string[];
}

/** The one reliability question on screen at a time. */
export type ReliabilityDialog =
  | { kind: 'recovery'; handle: string; info: RecoveryInfo }
  | { kind: 'conflict'; handle: string; info: ConflictInfo }
  | { kind: 'locked'; path: string; holder: OpenHolder }
  | { kind: 'backups'; path: string; error: ApiError; backups: BackupInfo[] }
  | { kind: 'left-out'; changes: LeftOutChange[] };

export interface ReliabilityState {
  dialog: ReliabilityDialog | null;
  /** A dialog action is running (buttons show it and refuse a second click). */
  busy: boolean;
  /** Why the open show is read-only, for the banner: someone else has it, or it is a backup. */
  heldBy: OpenHolder | null;
  backupOf: string | null;
  /** The handle those two describe (a later open replaces them). */
  handle: string | null;
}

export const reliabilityStore = createStore<ReliabilityState>(() => ({ dialog: null, busy: false, heldBy: null, backupOf: null, handle: null }));

export function showReliabilityDialog(dialog: ReliabilityDialog | null): void {
  reliabilityStore.setState({ dialog, busy: false });
}

/**
 * What an open tells us beyond the document: who holds a read-only show, which show a backup
 * belongs to, and unsaved changes from an earlier session (asked about at once).
 */
export function noteOpened(opened: OpenedProject): void {
  reliabilityStore.setState({ heldBy: opened.heldBy ?? null, backupOf: opened.backupOf ?? null, handle: opened.handle });
  if (opened.recovery && opened.recovery.opCount > 0) showReliabilityDialog({ kind: 'recovery', handle: opened.handle, info: opened.recovery });
}

/**
 * Offers a way forward for a failed open instead of a bare error: open read-only or take over
 * a show someone else holds, open or restore a backup of one that cannot be read. False when
 * there is nothing to offer (the caller reports the error).
 */
export function offerOpenAlternatives(error: ApiError): boolean {
  if (error.code === 'locked' && error.holder && error.path) {
    showReliabilityDialog({ kind: 'locked', path: error.path, holder: error.holder });
    return true;
  }
  const backups = error.backups ?? [];
  if (backups.length > 0 && error.path) {
    showReliabilityDialog({ kind: 'backups', path: error.path, error, backups });
    return true;
  }
  return false;
}
