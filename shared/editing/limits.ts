/** Shortest side a booth may have, metres: anything smaller is a slip of the mouse. */
export const MIN_BOOTH_SIDE = 0.1;

/** Shortest side of a facility (columns and labels can be small), metres. */
export const MIN_FACILITY_SIDE = 0.01;

/** Most booths one block may create: a generous hall row count, and a guard against typos (100 × 1000). */
export const MAX_BLOCK_BOOTHS = 5000;

/** Default step of a keyboard nudge, metres (Shift gives NUDGE_LARGE). */
export const NUDGE_SMALL = 0.1;
export const NUDGE_LARGE = 1;

/** Default offset of duplicated items, metres. */
export const DUPLICATE_OFFSET = 1;
