import { BSON, ReadPreference, WriteConcern, type Document, type ReadPreferenceMode, type W } from 'mongodb';
import { UsageError, errorMessage } from '../../errors.js';
import type { SourceOptions } from '../source.js';
import { NsMatcher, NsRenamer } from './namespace.js';

/** What the MongoDB source understands beyond the common options (CLI flags in brackets). */
export interface MongoSourceOptions extends SourceOptions {
  /** [--ns-include] `db.collection` patterns to back up / restore; `*` wildcards. Alias: include. */
  nsInclude?: string[];
  /** [--ns-exclude] patterns to leave out. Alias: exclude. */
  nsExclude?: string[];
  /** [--ns-from]/[--ns-to] restore renames, in pairs. */
  nsFrom?: string[];
  nsTo?: string[];
  /** [--drop] replace existing collections on restore. Alias: overwrite. */
  drop?: boolean;
  /** [--no-index-restore] create no indexes on restore. */
  noIndexRestore?: boolean;
  /** [--parallel-collections] collections dumped/restored at once (default 4). */
  parallelCollections?: number;
  /** [--insert-workers] concurrent insert batches per collection on restore (default 2). */
  insertWorkers?: number;
  /** [--batch-size] documents per insert batch on restore (default 1000). */
  batchSize?: number;
  /** [--query] a filter in Extended JSON applied to every collection backed up. */
  query?: string | Document;
  /** [--read-preference] primary, primaryPreferred, secondary, secondaryPreferred, nearest. */
  readPreference?: string;
  /** [--include-system-dbs] also back up admin, local and config. */
  includeSystemDbs?: boolean;
  /** [--stop-on-error] fail the restore on the first write error instead of reporting them. */
  stopOnError?: boolean;
  /** [--write-concern] majority, a number, or Extended JSON such as {"w":"majority","j":true}. */
  writeConcern?: string;
  /**
   * [--oplog / --no-oplog] capture the oplog written during the backup. Default:
   * captured when backing up a whole replica set that has an oplog.
   */
  oplog?: boolean;
  /** [--no-oplog-replay] on restore, do not apply a captured oplog. */
  noOplogReplay?: boolean;
  /** [--server-selection-timeout] milliseconds to find a reachable server (default 20000). */
  serverSelectionTimeoutMs?: number;
}

/** The options checked and normalised once, so bad input fails before any work. */
export interface ResolvedMongoOptions {
  include: NsMatcher;
  exclude: NsMatcher;
  renamer: NsRenamer;
  drop: boolean;
  noIndexRestore: boolean;
  parallelCollections: number;
  insertWorkers: number;
  batchSize: number;
  query: Document | undefined;
  readPreference: ReadPreference | undefined;
  includeSystemDbs: boolean;
  stopOnError: boolean;
  writeConcern: WriteConcern | undefined;
  oplog: boolean | undefined;
  oplogReplay: boolean;
  serverSelectionTimeoutMs: number;
}

const READ_PREFERENCES: ReadPreferenceMode[] = ['primary', 'primaryPreferred', 'secondary', 'secondaryPreferred', 'nearest'];

function positiveInt(v: number | undefined, def: number, flag: string, max = 1024): number {
  if (v === undefined) return def;
  if (!Number.isInteger(v) || v < 1 || v > max) throw new UsageError(`${flag}: ${v}; expected a whole number from 1 to ${max}`);
  return v;
}

function list(a: string[] | undefined, b: string[] | undefined): string[] {
  return [...(a ?? []), ...(b ?? [])].map((s) => s.trim()).filter(Boolean);
}

export function parseQuery(q: string | Document | undefined): Document | undefined {
  if (q === undefined || q === '') return undefined;
  if (typeof q !== 'string') return q;
  let parsed: unknown;
  try {
    parsed = BSON.EJSON.parse(q, { relaxed: false });
  } catch (err) {
    throw new UsageError(`--query: not valid Extended JSON (${errorMessage(err)}); expected e.g. '{"status":"active"}'`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UsageError(`--query: expected a JSON object such as '{"status":"active"}'`);
  }
  return parsed as Document;
}

export function parseWriteConcern(text: string | undefined): WriteConcern | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const t = text.trim();
  if (t.startsWith('{')) {
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(t) as Record<string, unknown>;
    } catch (err) {
      throw new UsageError(`--write-concern: not valid JSON (${errorMessage(err)}); expected majority, a number, or {"w":…,"j":…,"wtimeout":…}`);
    }
    const wc = WriteConcern.fromOptions({ writeConcern: o as never });
    if (!wc) throw new UsageError(`--write-concern: '${t}' names no write concern`);
    return wc;
  }
  const w: W = /^\d+$/.test(t) ? Number(t) : (t as 'majority');
  return new WriteConcern(w);
}

export function resolveMongoOptions(o: MongoSourceOptions): ResolvedMongoOptions {
  let readPreference: ReadPreference | undefined;
  if (o.readPreference) {
    const mode = READ_PREFERENCES.find((m) => m.toLowerCase() === o.readPreference!.trim().toLowerCase());
    if (!mode) throw new UsageError(`--read-preference: '${o.readPreference}'; expected one of ${READ_PREFERENCES.join(', ')}`);
    readPreference = new ReadPreference(mode);
  }
  return {
    include: new NsMatcher(list(o.nsInclude, o.include), '--ns-include'),
    exclude: new NsMatcher(list(o.nsExclude, o.exclude), '--ns-exclude'),
    renamer: new NsRenamer(list(o.nsFrom, undefined), list(o.nsTo, undefined)),
    // `||`, not `??`: the CLI and the action give drop=false by default, which must not hide --overwrite.
    drop: !!(o.drop || o.overwrite),
    noIndexRestore: !!o.noIndexRestore,
    parallelCollections: positiveInt(o.parallelCollections, 4, '--parallel-collections', 64),
    insertWorkers: positiveInt(o.insertWorkers, 2, '--insert-workers', 64),
    batchSize: positiveInt(o.batchSize, 1000, '--batch-size', 100_000),
    query: parseQuery(o.query),
    readPreference,
    includeSystemDbs: !!o.includeSystemDbs,
    stopOnError: !!o.stopOnError,
    writeConcern: parseWriteConcern(o.writeConcern),
    oplog: o.oplog,
    oplogReplay: !o.noOplogReplay,
    serverSelectionTimeoutMs: positiveInt(o.serverSelectionTimeoutMs, 20_000, '--server-selection-timeout', 3_600_000),
  };
}
