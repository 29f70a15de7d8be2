export * from './polygon';
export * from './booth-type';
export * from './open-sides';
export * from './validity';
export * from './overlap';
export * from './adjacency';
export * from './spatial';
export * from './snapping';
