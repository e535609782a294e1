import { Redis, type RedisOptions } from 'ioredis';
import { OperationalError, UsageError, errorCode, errorMessage } from '../../errors.js';
import { redact } from '../../util/redact.js';
import type { RedisConn } from './options.js';

export interface ServerInfo {
  name: string;
  version: string;
  /** The RDB version this server writes (and the newest it reads), when known from its version. */
  rdbVersion: number | null;
  cluster: boolean;
  /** Non-empty databases and their key counts (INFO keyspace). */
  keyspace: Record<string, { keys: number; expires: number }>;
}

/** A connected node: one TCP connection, one selected database at a time. */
export interface Node {
  client: Redis;
  /** host:port, for messages. */
  addr: string;
  conn: RedisConn;
}

function clientOptions(conn: RedisConn, db = 0): RedisOptions {
  return {
    host: conn.host,
    port: conn.port,
    ...(conn.username ? { username: conn.username } : {}),
    ...(conn.password ? { password: conn.password } : {}),
    db,
    ...(conn.tls ? { tls: { ...conn.tls } } : {}),
    lazyConnect: true,
    // A backup tool must fail, not retry forever against a wrong host or password.
    retryStrategy: () => null,
    maxRetriesPerRequest: 0,
    enableReadyCheck: false,
    connectTimeout: 15_000,
    // Batches are pipelined explicitly (here and in resp.ts).
    enableAutoPipelining: false,
  };
}

/** Turns a driver error into one line that names the server and what to do. */
export function describeRedisError(err: unknown, where: string, doing: string): Error {
  const msg = errorMessage(err);
  const code = errorCode(err);
  if (/WRONGPASS|invalid password|invalid username-password|NOAUTH|AUTH.*without any password|Client sent AUTH/i.test(msg)) {
    return new UsageError(`${where}: authentication failed (${firstLine(msg)}); check the user name and password in the URI`, { cause: err });
  }
  if (/^NOPERM/i.test(msg)) {
    return new OperationalError(`${where}: the Redis user may not ${doing} (${firstLine(msg)}); grant it in the server's ACL`, { cause: err });
  }
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ETIMEDOUT' || code === 'ECONNRESET' || /connect ETIMEDOUT/.test(msg)) {
    return new OperationalError(`${where}: cannot connect (${code ?? firstLine(msg)})`, { cause: err });
  }
  if (/certificate|self[- ]signed|SSL|TLS|wrong version number/i.test(msg)) {
    return new OperationalError(`${where}: TLS handshake failed (${firstLine(msg)}); for a private CA add ?ca=/path/ca.pem to the URI`, { cause: err });
  }
  return new OperationalError(`${where}: ${doing} failed: ${firstLine(redact(msg))}`, { cause: err });
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.slice(0, 300);
}

export async function connectNode(conn: RedisConn, db = 0): Promise<Node> {
  const addr = `${conn.host}:${conn.port}`;
  const client = new Redis(clientOptions(conn, db));
  let lastError: unknown;
  // ioredis reports socket errors as events too; keep them for the message instead of crashing.
  client.on('error', (e: unknown) => {
    lastError = e;
  });
  try {
    await client.connect();
    // AUTH failures surface on the first command when ready checks are off;
    // a user without PING rights is still a connected user.
    await client.ping().catch((e: unknown) => {
      if (!/^NOPERM/.test(errorMessage(e))) throw e;
    });
  } catch (err) {
    client.disconnect();
    // A refused socket rejects with a generic "Connection is closed"; the event carries the cause.
    const cause = err instanceof Error && /Connection is closed/.test(err.message) && lastError ? lastError : err;
    throw describeRedisError(cause, conn.display, 'connect');
  }
  return { client, addr, conn };
}

/** Redis releases and the RDB version each writes (rdb.h RDB_VERSION). */
export function rdbVersionOf(name: string, version: string): number | null {
  if (name !== 'redis') return null;
  const m = /^(\d+)\.(\d+)/.exec(version);
  if (!m) return null;
  const v = Number(m[1]) * 100 + Number(m[2]);
  if (v >= 704) return 12;
  if (v >= 702) return 11;
  if (v >= 700) return 10;
  if (v >= 500) return 9;
  if (v >= 400) return 8;
  if (v >= 302) return 7;
  if (v >= 206) return 6;
  return null;
}

export function parseInfo(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0 && !line.startsWith('#')) out.set(line.slice(0, i), line.slice(i + 1));
  }
  return out;
}

export async function serverInfo(node: Node): Promise<ServerInfo> {
  let text: string;
  try {
    text = (await node.client.info('server')) + '\n' + (await node.client.info('keyspace')) + '\n' + (await node.client.info('cluster').catch(() => ''));
  } catch (err) {
    throw describeRedisError(err, node.conn.display, 'run INFO');
  }
  const info = parseInfo(text);
  // Valkey and other forks report a compatible redis_version plus their own name.
  const name = info.get('server_name') ?? (info.has('valkey_version') ? 'valkey' : 'redis');
  const version = info.get('valkey_version') ?? info.get('redis_version') ?? 'unknown';
  const keyspace: ServerInfo['keyspace'] = {};
  for (const [k, v] of info) {
    const m = /^db(\d+)$/.exec(k);
    if (!m) continue;
    const f = Object.fromEntries(v.split(',').map((kv) => kv.split('=') as [string, string]));
    keyspace[m[1]!] = { keys: Number(f.keys ?? 0), expires: Number(f.expires ?? 0) };
  }
  return {
    name,
    version,
    rdbVersion: rdbVersionOf(name, version),
    cluster: info.get('cluster_enabled') === '1' || info.get('redis_mode') === 'cluster',
    keyspace,
  };
}

export function versionAtLeast(version: string, major: number, minor = 0): boolean {
  const m = /^(\d+)\.(\d+)/.exec(version);
  if (!m) return true;
  return Number(m[1]) > major || (Number(m[1]) === major && Number(m[2]) >= minor);
}

/** The primaries of a cluster, from CLUSTER SLOTS, with the slot ranges each serves. */
export async function clusterPrimaries(seed: Node): Promise<{ host: string; port: number; ranges: [number, number][] }[]> {
  let slots: unknown;
  try {
    slots = await seed.client.call('CLUSTER', 'SLOTS');
  } catch (err) {
    throw describeRedisError(err, seed.conn.display, 'run CLUSTER SLOTS');
  }
  const byAddr = new Map<string, { host: string; port: number; ranges: [number, number][] }>();
  for (const row of slots as unknown[][]) {
    const [start, end, primary] = row as [number, number, unknown[]];
    let host = String(primary[0] ?? '');
    // An empty or '?' endpoint means "the address you reached me on".
    if (!host || host === '?') host = seed.conn.host;
    const port = Number(primary[1]);
    const key = `${host}:${port}`;
    const e = byAddr.get(key) ?? { host, port, ranges: [] };
    e.ranges.push([start, end]);
    byAddr.set(key, e);
  }
  if (byAddr.size === 0) throw new OperationalError(`${seed.conn.display}: the cluster serves no slots (CLUSTER SLOTS is empty)`);
  return [...byAddr.values()];
}

/** Redis Cluster's key slot: CRC16/XMODEM of the key, or of its {hash tag}, mod 16384. */
const CRC16 = (() => {
  const t = new Uint16Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i << 8;
    for (let k = 0; k < 8; k++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
    t[i] = c;
  }
  return t;
})();

export function keySlot(key: Buffer): number {
  let s = 0;
  let e = key.length;
  const open = key.indexOf(0x7b);
  if (open >= 0) {
    const close = key.indexOf(0x7d, open + 1);
    if (close > open + 1) {
      s = open + 1;
      e = close;
    }
  }
  let crc = 0;
  for (let i = s; i < e; i++) crc = ((crc << 8) & 0xffff) ^ CRC16[((crc >> 8) ^ key[i]!) & 0xff]!;
  return crc & 16383;
}
