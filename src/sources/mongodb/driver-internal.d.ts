/**
 * The one driver module bakup reaches past the public API for (restore.ts,
 * loadRawSequence): typed loosely on purpose, since it is checked at run time.
 */
declare module 'mongodb/lib/cmap/commands.js' {
  const internal: Record<string, unknown>;
  export = internal;
}
