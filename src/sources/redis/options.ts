import * as fs from 'node:fs';
import { UsageError } from '../../errors.js';
import { parseSize } from '../../util/format.js';
import { redact, registerSecret } from '../../util/redact.js';
import type { SourceOptions } from '../source.js';

export const REDIS_FORMATS = ['dump', 'portable', 'rdb'] as const;
export type RedisFormat = (typeof REDIS_FORMATS)[number];

/**
 * Redis options (CLI flags in parentheses). Key patterns use Redis' own glob
 * syntax (`*`, `?`, `[a-z]`, `\` escapes), as SCAN MATCH does; the generic
 * `include`/`exclude` of SourceOptions mean the same here.
 */
export interface RedisSourceOptions extends SourceOptions {
  /** `dump` (default): SCAN + DUMP; `portable`: per-type records any Redis can load; `rdb`: an RDB snapshot over SYNC (--redis-format). */
  redisFormat?: RedisFormat;
  /** Databases to back up or restore; default all (--db N, repeatable). */
  dbs?: (number | string)[];
  /** SCAN COUNT hint (--scan-count, default 1000). */
  scanCount?: number | string;
  /** Key patterns to include / exclude (--key-include, --key-exclude; repeatable). */
  keyInclude?: string[];
  keyExclude?: string[];
  /** Restore: overwrite keys that exist (RESTORE … REPLACE) (--replace). */
  replace?: boolean;
  /** The same as `replace`, under the name MongoDB restores use (--drop). */
  drop?: boolean;
  /** Restore: FLUSHDB every target database first (--flush). */
  flush?: boolean;
  /** Restore: source db → target db, e.g. { 0: 5 } or "0:5,1:6" (--db-map). */
  dbMap?: Record<number, number> | string;
  /** Bytes of values in flight: DUMP replies asked ahead during a backup, unanswered RESTOREs during a restore (--redis-batch-bytes; a number or a size like '4MiB'). */
  batchBytes?: number | string;
}

export interface RedisConn {
  host: string;
  port: number;
  username?: string;
  password?: string;
  /** The database named in the URI path, if any. */
  db?: number;
  tls?: { servername?: string; ca?: Buffer; rejectUnauthorized: boolean };
  /** The location with the password removed. */
  display: string;
}

const QUERY_KEYS = ['ca', 'servername', 'insecure'];

/**
 * Parses `redis://[user[:password]@]host[:port][/db][?ca=…&servername=…&insecure=1]`
 * and `rediss://…` (TLS). Credentials are URL-decoded and registered so they
 * never reach a log.
 */
export function parseRedisUri(raw: string, flag = '--source'): RedisConn {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`${flag}: '${redact(raw)}' is not a valid URI; expected redis://[user:password@]host[:port][/db] or rediss://… for TLS`);
  }
  const scheme = url.protocol.toLowerCase();
  if (scheme !== 'redis:' && scheme !== 'rediss:') {
    throw new UsageError(`${flag}: '${redact(raw)}' is not a redis:// or rediss:// URI`);
  }
  const display = redact(raw);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!host) throw new UsageError(`${flag}: '${display}' has no host; expected redis://host[:port]`);
  const port = url.port ? Number(url.port) : 6379;
  const username = url.username ? decodeURIComponent(url.username) : undefined;
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  registerSecret(password);
  let db: number | undefined;
  const pathPart = url.pathname.replace(/^\/+|\/+$/g, '');
  if (pathPart) {
    if (!/^\d+$/.test(pathPart)) throw new UsageError(`${flag}: '${display}' has path '/${pathPart}'; expected a database number like /0`);
    db = Number(pathPart);
  }
  for (const k of url.searchParams.keys()) {
    if (!QUERY_KEYS.includes(k)) throw new UsageError(`${flag}: unknown parameter '${k}' in '${display}'; expected ${QUERY_KEYS.join(', ')}`);
  }
  let tls: RedisConn['tls'];
  if (scheme === 'rediss:') {
    const caPath = url.searchParams.get('ca');
    let ca: Buffer | undefined;
    if (caPath) {
      try {
        ca = fs.readFileSync(caPath);
      } catch (err) {
        throw new UsageError(`${flag}: cannot read the CA file '${caPath}' named in '${display}' (${(err as Error).message})`);
      }
    }
    const insecure = url.searchParams.get('insecure');
    tls = {
      servername: url.searchParams.get('servername') ?? (/^[\d.:]+$/.test(host) ? undefined : host),
      ...(ca ? { ca } : {}),
      rejectUnauthorized: !(insecure === '1' || insecure === 'true'),
    };
  } else if (url.searchParams.has('ca') || url.searchParams.has('insecure')) {
    throw new UsageError(`${flag}: '${display}' sets TLS parameters on a plain redis:// URI; use rediss://`);
  }
  return { host, port, username, password, db, tls, display };
}

export function parseDbMap(v: RedisSourceOptions['dbMap']): Map<number, number> {
  const out = new Map<number, number>();
  if (v === undefined) return out;
  const pairs: [string, string | number][] =
    typeof v === 'string'
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
          .map((s) => {
            const m = /^(\d+):(\d+)$/.exec(s);
            if (!m) throw new UsageError(`--db-map: '${s}' is not FROM:TO (e.g. 0:5,1:6)`);
            return [m[1]!, m[2]!];
          })
      : Object.entries(v);
  for (const [from, to] of pairs) {
    const f = Number(from);
    const t = Number(to);
    if (!Number.isInteger(f) || f < 0 || !Number.isInteger(t) || t < 0) throw new UsageError(`--db-map: '${from}:${to}' needs two database numbers`);
    out.set(f, t);
  }
  return out;
}

/**
 * Bytes of values in flight (--redis-batch-bytes). Backup: DUMP replies asked
 * for ahead. Restore: RESTORE commands sent and not yet answered; the restore
 * also holds the record stream's read-ahead. See bench/README.md for how
 * this default was chosen.
 */
export const DEFAULT_BATCH_BYTES = 4 << 20;

export interface ResolvedRedisOptions {
  format: RedisFormat;
  dbs: number[] | undefined;
  scanCount: number;
  include: string[];
  exclude: string[];
  replace: boolean;
  flush: boolean;
  dbMap: Map<number, number>;
  batchBytes: number;
  /**
   * The database in the URI path: for a backup, the database to back up (unless
   * --db says otherwise); for a restore, the target of a one-database backup.
   */
  uriDb: number | undefined;
}

function intOption(v: number | string | undefined, flag: string, dflt: number, min: number, max: number): number {
  if (v === undefined || v === '') return dflt;
  const n = typeof v === 'number' ? v : /^\d+$/.test(v.trim()) ? Number(v.trim()) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag}: '${v}'; expected an integer from ${min} to ${max}`);
  return n;
}

function sizeOption(v: number | string | undefined, flag: string, dflt: number, min: number, max: number): number {
  if (v === undefined || v === '') return dflt;
  const n = typeof v === 'number' ? v : parseSize(v);
  if (n === undefined || !Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag}: '${v}'; expected a size from ${min >> 10}KiB to ${max >> 20}MiB, e.g. 4MiB`);
  return n;
}

export function resolveOptions(o: RedisSourceOptions, conn: RedisConn): ResolvedRedisOptions {
  const format = o.redisFormat ?? 'dump';
  if (!REDIS_FORMATS.includes(format)) throw new UsageError(`--redis-format: '${String(format)}'; expected one of ${REDIS_FORMATS.join(', ')}`);
  const scanCount = intOption(o.scanCount, '--scan-count', 1000, 1, 1_000_000);
  const asked = o.dbs?.length ? o.dbs.map((d) => intOption(d, '--db', 0, 0, 1_000_000)) : undefined;
  const dbs = asked;
  const batchBytes = sizeOption(o.batchBytes, '--redis-batch-bytes', DEFAULT_BATCH_BYTES, 64 << 10, 1 << 30);
  return {
    format,
    dbs: dbs ? [...new Set(dbs)].sort((a, b) => a - b) : undefined,
    scanCount,
    include: [...(o.keyInclude ?? []), ...(o.include ?? [])],
    exclude: [...(o.keyExclude ?? []), ...(o.exclude ?? [])],
    replace: !!(o.replace || o.drop || o.overwrite),
    flush: !!o.flush,
    dbMap: parseDbMap(o.dbMap),
    batchBytes,
    uriDb: conn.db,
  };
}
