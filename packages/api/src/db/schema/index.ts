export * from './accounts.js';
export * from './api-keys.js';
export * from './services.js';
export * from './staff.js';
export * from './working-hours.js';
export * from './bookings.js';
export * from './date-overrides.js';
export * from './time-off.js';
