/**
 * Locale keys naming each operation in the undo menu (`ops.*` in the renderer's locale files).
 * Placeholders: {{count}}, {{booths}}, {{exhibitorZh}}, {{exhibitorEn}}, {{from}}, {{to}}, {{zoneZh}}, {{zoneEn}}.
 */
export const OP_LABELS = {
  assign: 'ops.assignBooths',
  unassign: 'ops.unassignBooths',
  move: 'ops.moveExhibitor',
  swap: 'ops.swapBooths',
  hold: 'ops.holdBooths',
  reserve: 'ops.reserveBooths',
  release: 'ops.releaseBooths',
  block: 'ops.blockBooths',
  unblock: 'ops.unblockBooths',
  expireHolds: 'ops.expireHolds',
  extendHolds: 'ops.extendHolds',
  createZone: 'ops.createZone',
  editZone: 'ops.editZone',
  deleteZone: 'ops.deleteZone',
  paintZone: 'ops.paintZone',
} as const;
