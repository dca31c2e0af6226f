export * from './languages.js';
export * from './errors.js';
export * from './limits.js';
export * from './identity.js';
export * from './countries.js';
export * from './files.js';
export * from './discussions.js';
export * from './notifications.js';
