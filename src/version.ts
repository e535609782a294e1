/** Replaced by nothing at build time: kept in step with package.json by test/unit/version.test.ts. */
export const VERSION = '0.1.0';
export const TOOL = { name: 'bakup', version: VERSION };
