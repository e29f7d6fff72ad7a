/**
 * The Subresource Integrity hash of each `locales/<locale>.js` file, keyed by locale. The
 * script-tag build replaces this empty map with the hashes of the files it ships (see
 * scripts/integrity.mjs); everywhere else it stays empty and language scripts load without one.
 */
export const localeIntegrity: Readonly<Record<string, string>> = Object.freeze({});
