export * from './languages.js';
export * from './errors.js';
export * from './limits.js';
