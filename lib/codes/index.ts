/** Code shapes, kinds, modifier syntax and the shared limits (see each file). */
export * from './kinds';
export * from './limits';
export * from './modifiers';
export * from './shapes';
