/** Bounds on what an imported spreadsheet may cost; every one of them ends in a clear error code. */
export interface ImportLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest total declared uncompressed size of an xlsx's zip entries, in bytes. */
  maxInflatedBytes: number;
  /** Largest uncompressed / compressed ratio of an xlsx, checked once it inflates past `ratioFloorBytes`. */
  maxInflationRatio: number;
  /** Below this inflated size the ratio is not checked (tiny files compress very well, harmlessly). */
  ratioFloorBytes: number;
  /** Most non-empty rows, header included. */
  maxRows: number;
  maxColumns: number;
  /** The parse worker is terminated after this long. */
  timeoutMs: number;
  /** V8 old-generation heap of the parse worker, in MB. */
  workerHeapMb: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxInflatedBytes: 200 * 1024 * 1024,
  maxInflationRatio: 100,
  ratioFloorBytes: 10 * 1024 * 1024,
  maxRows: 50_000,
  maxColumns: 500,
  timeoutMs: 15_000,
  workerHeapMb: 256,
};
