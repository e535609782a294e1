import { createHash } from 'node:crypto';
import type { Fingerprint } from '../../catalog/manifest.js';
import { itemDifferences } from '../../catalog/fingerprint.js';
import { rdbTypeName } from '../../formats/rdb/parser.js';
import { ChunkKind, type Chunk } from '../../formats/redis-records/format.js';
import { DIGEST_TYPES, RedisValueDigest, fmix, ValueDecodeError, type DigestType, type KeyDigest } from '../../formats/rdb/value-digest.js';

export const REDIS_TYPES = DIGEST_TYPES;

/** What TYPE reports, folded to the names a backup can tell apart (module types all become 'module'). */
export function normalType(t: string): string {
  return (REDIS_TYPES as readonly string[]).includes(t) ? t : t === 'none' ? 'none' : 'module';
}

/**
 * True for a fingerprint written before values were digested: items named
 * `db<N>` (key names and types only), not `db<N>.<type>`.
 */
export function isLegacyFingerprint(fp: Fingerprint | undefined): boolean {
  return Object.keys(fp?.items ?? {}).some((k) => /^db\d+$/.test(k));
}

/** The databases a fingerprint's items name, in either form. */
export function databasesOf(fp: Fingerprint): number[] {
  const dbs = new Set<number>();
  for (const k of Object.keys(fp.items ?? {})) {
    const m = /^db(\d+)(?:\.|$)/.exec(k);
    if (m) dbs.add(Number(m[1]));
  }
  return [...dbs].sort((a, b) => a - b);
}

/**
 * Digests DUMP payloads and RDB values for the fingerprint. A value this build
 * cannot decode (a Redis newer than it) is digested as its bytes (and counted),
 * so a backup never fails over a digest; such a value then only matches the
 * same bytes read again, which is what dump-mode restores and drills read.
 */
export class KeyDigester {
  readonly vd = new RedisValueDigest();
  undecoded = 0;
  ofDump(key: Buffer, payload: Buffer): KeyDigest {
    return this.ofRdbValue(key, payload[0]!, payload.subarray(1, payload.length - 10));
  }
  ofRdbValue(key: Buffer, rdbType: number, value: Buffer): KeyDigest {
    try {
      return this.vd.ofRdbValue(key, rdbType, value);
    } catch (err) {
      if (!(err instanceof ValueDecodeError)) throw err;
      this.undecoded++;
      const t = normalType(rdbTypeName(rdbType)) as DigestType | 'none';
      return this.vd.ofRaw(key, t === 'none' ? 'module' : t, rdbType, value);
    }
  }
}

/** A fingerprint's value sums as plain data (to move between threads): [db, type, count, a, b, c, d] each. */
export type DigestSums = [number, string, number, number, number, number, number][];

interface Acc {
  count: number;
  a: number;
  b: number;
  c: number;
  d: number;
}

/**
 * Keys and a digest per database and type (items `db<N>.<type>`): the count,
 * and the sum modulo 2^32, lane by lane, of every key's 128-bit digest (its
 * name and its value, src/formats/rdb/value-digest.ts and SPEC.md there).
 * The sum makes it independent of the order SCAN or a cluster returns keys in,
 * and lets a restore take back a key it met twice.
 *
 * `legacy` builds the older form (items `db<N>`: key names and types, no
 * values) to compare with manifests written before values were digested.
 */
export class FingerprintBuilder {
  private readonly dbs = new Map<number, Map<string, Acc>>();
  private readonly old = new Map<number, { count: number; a: number; b: number; types: Map<string, number> }>();

  constructor(readonly legacy = false) {}

  add(db: number, type: string, key: Buffer, digest?: KeyDigest): void {
    this.apply(db, type, key, digest, 1);
  }

  /** Takes back an add (a key the restore met twice). */
  remove(db: number, type: string, key: Buffer, digest?: KeyDigest): void {
    this.apply(db, type, key, digest, -1);
  }

  /** Adds (sign 1) or takes back (-1) one key. */
  apply(db: number, type: string, key: Buffer, digest: KeyDigest | undefined, sign: 1 | -1): void {
    if (this.legacy) return this.applyLegacy(db, type, key, sign);
    if (!digest) throw new Error(`fingerprint: no value digest for a ${type} key`);
    const l = digest.lanes;
    this.addToSum(db, digest.type, sign, sign * l[0]!, sign * l[1]!, sign * l[2]!, sign * l[3]!);
  }

  /** The per-database, per-type sums so far (see addSums). */
  sums(): DigestSums {
    const out: DigestSums = [];
    for (const [db, types] of this.dbs) for (const [t, acc] of types) out.push([db, t, acc.count, acc.a, acc.b, acc.c, acc.d]);
    return out;
  }

  /** Adds sums another builder made (a digest worker's): the same as adding its keys here, in any order. */
  addSums(sums: DigestSums): void {
    for (const [db, t, count, a, b, c, d] of sums) this.addToSum(db, t, count, a, b, c, d);
  }

  private addToSum(db: number, type: string, count: number, a: number, b: number, c: number, d: number): void {
    let types = this.dbs.get(db);
    if (!types) this.dbs.set(db, (types = new Map()));
    let acc = types.get(type);
    if (!acc) types.set(type, (acc = { count: 0, a: 0, b: 0, c: 0, d: 0 }));
    acc.count += count;
    acc.a = (acc.a + a) >>> 0;
    acc.b = (acc.b + b) >>> 0;
    acc.c = (acc.c + c) >>> 0;
    acc.d = (acc.d + d) >>> 0;
  }

  private applyLegacy(db: number, type: string, key: Buffer, sign: 1 | -1): void {
    let d = this.old.get(db);
    if (!d) {
      d = { count: 0, a: 0, b: 0, types: new Map() };
      this.old.set(db, d);
    }
    d.count += sign;
    d.types.set(type, (d.types.get(type) ?? 0) + sign);
    let h1 = 0x9747b28c ^ key.length;
    let h2 = 0x85ebca6b ^ key.length;
    for (let i = 0; i < type.length; i++) {
      h1 = Math.imul(h1 ^ type.charCodeAt(i), 0x01000193);
      h2 = Math.imul(h2 ^ type.charCodeAt(i), 0x5bd1e995);
    }
    for (let i = 0; i < key.length; i++) {
      const c = key[i]!;
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul((h2 ^ c) + i, 0x5bd1e995);
    }
    d.a = (d.a + sign * fmix(h1)) >>> 0;
    d.b = (d.b + sign * fmix(h2 ^ 0x68e31da4)) >>> 0;
  }

  get keys(): number {
    let n = 0;
    for (const d of this.old.values()) n += d.count;
    for (const types of this.dbs.values()) for (const acc of types.values()) n += acc.count;
    return n;
  }

  result(): Fingerprint {
    return this.legacy ? this.legacyResult() : this.valueResult();
  }

  private valueResult(): Fingerprint {
    const summary: Record<string, number> = { keys: 0, databases: 0 };
    const items: NonNullable<Fingerprint['items']> = {};
    const hex = (n: number) => n.toString(16).padStart(8, '0');
    for (const db of [...this.dbs.keys()].sort((x, y) => x - y)) {
      const types = [...this.dbs.get(db)!].filter(([, acc]) => acc.count !== 0).sort(([x], [y]) => x.localeCompare(y));
      if (!types.length) continue;
      summary.databases! += 1;
      for (const [t, acc] of types) {
        summary.keys! += acc.count;
        summary[`type.${t}`] = (summary[`type.${t}`] ?? 0) + acc.count;
        items[`db${db}.${t}`] = { count: acc.count, digest: `${hex(acc.a)}${hex(acc.b)}${hex(acc.c)}${hex(acc.d)}` };
      }
    }
    return { kind: 'redis', summary, items, digest: overall(items) };
  }

  private legacyResult(): Fingerprint {
    const summary: Record<string, number> = { keys: 0, databases: 0 };
    const items: NonNullable<Fingerprint['items']> = {};
    for (const db of [...this.old.keys()].sort((x, y) => x - y)) {
      const d = this.old.get(db)!;
      if (d.count === 0) continue;
      summary.keys! += d.count;
      summary.databases! += 1;
      for (const [t, n] of d.types) if (n > 0) summary[`type.${t}`] = (summary[`type.${t}`] ?? 0) + n;
      const types = [...d.types].filter(([, n]) => n > 0).sort(([x], [y]) => x.localeCompare(y)).map(([t, n]) => `${t}=${n}`).join(',');
      items[`db${db}`] = { count: d.count, digest: `${d.a.toString(16).padStart(8, '0')}${d.b.toString(16).padStart(8, '0')}:${types}` };
    }
    return { kind: 'redis', summary, items, digest: overall(items) };
  }
}

function overall(items: NonNullable<Fingerprint['items']>): string {
  const canonical = JSON.stringify(Object.keys(items).map((k) => [k, items[k]!.count, items[k]!.digest]));
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Where what a restore read differs from what the backup recorded, one line
 * per item (`db3.string: 4 keys recorded, 4 read, digests differ`); empty when
 * they agree.
 */
export function fingerprintDifferences(recorded: Fingerprint, read: Fingerprint): string[] {
  return itemDifferences(recorded.items, read.items, byItem).map(({ item: k, recorded: w, found: h }) => {
    if (!w) return `${k}: not recorded, ${h!.count ?? '?'} read`;
    if (!h) return `${k}: ${w.count ?? '?'} keys recorded, none read`;
    return `${k}: ${w.count ?? '?'} keys recorded, ${h.count ?? '?'} read${w.digest !== h.digest ? ', digests differ' : ''}`;
  });
}

/** db2.hash before db10.hash. */
function byItem(x: string, y: string): number {
  const a = /^db(\d+)/.exec(x);
  const b = /^db(\d+)/.exec(y);
  if (a && b && a[1] !== b[1]) return Number(a[1]) - Number(b[1]);
  return x.localeCompare(y);
}


/** Feeds one portable record chunk (src/formats/redis-records) to the digest of the key it belongs to. */
export function digestChunk(vd: RedisValueDigest, c: Chunk): void {
  switch (c.kind) {
    case ChunkKind.STRING_PART:
      vd.stringPart(c.data);
      return;
    case ChunkKind.ELEMENTS:
      for (const e of c.items) vd.element(e);
      return;
    case ChunkKind.PAIRS:
      for (let i = 0; i + 1 < c.items.length; i += 2) vd.pair(c.items[i]!, c.items[i + 1]!);
      return;
    case ChunkKind.SCORED:
      for (let i = 0; i < c.members.length; i++) vd.scored(c.members[i]!, c.scores[i]!);
      return;
    case ChunkKind.STREAM_ENTRIES:
      for (const e of c.entries) vd.streamEntry(e.id, e.fields);
      return;
    case ChunkKind.STREAM_META:
      vd.streamLastId(c.meta.lastId);
      return;
    case ChunkKind.STREAM_GROUP:
      vd.streamGroup(c.group.name, c.group.lastDeliveredId);
      return;
    case ChunkKind.STREAM_CONSUMERS:
      for (const x of c.consumers) vd.streamConsumer(x.name);
      return;
    case ChunkKind.STREAM_PENDING:
      for (const p of c.pending) vd.streamPending(p.id, p.consumer, p.deliveryCount);
      return;
  }
}
