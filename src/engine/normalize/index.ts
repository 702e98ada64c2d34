export * from './text';
export * from './legacy';
export * from './number';
export * from './date';
export * from './mark';
