import { createHash } from 'node:crypto';
import type { Fingerprint } from '../../catalog/manifest.js';

export const REDIS_TYPES = ['string', 'list', 'set', 'zset', 'hash', 'stream', 'module'] as const;

/** What TYPE reports, folded to the names a backup can tell apart (module types all become 'module'). */
export function normalType(t: string): string {
  return (REDIS_TYPES as readonly string[]).includes(t) ? t : t === 'none' ? 'none' : 'module';
}

/**
 * Keys per database and per type, plus an order-independent digest of every
 * (database, type, key name) — the same whichever order SCAN returns keys in
 * and whichever mode wrote the backup, so a backup, a restored copy and the
 * live server compare directly. Values are not in the digest: the record
 * stream's CRCs and Redis' own DUMP checksums vouch for them.
 *
 * The per-key hash is two independent 32-bit lanes (murmur-style mixing)
 * summed modulo 2^32: cheap enough for millions of keys per second.
 */
export class FingerprintBuilder {
  private readonly dbs = new Map<number, { count: number; a: number; b: number; types: Map<string, number> }>();

  add(db: number, type: string, key: Buffer): void {
    this.apply(db, type, key, 1);
  }

  /** Takes back an add (a key the restore met twice). */
  remove(db: number, type: string, key: Buffer): void {
    this.apply(db, type, key, -1);
  }

  private apply(db: number, type: string, key: Buffer, sign: 1 | -1): void {
    let d = this.dbs.get(db);
    if (!d) {
      d = { count: 0, a: 0, b: 0, types: new Map() };
      this.dbs.set(db, d);
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
    for (const d of this.dbs.values()) n += d.count;
    return n;
  }

  result(): Fingerprint {
    const summary: Record<string, number> = { keys: 0, databases: 0 };
    const items: NonNullable<Fingerprint['items']> = {};
    for (const db of [...this.dbs.keys()].sort((x, y) => x - y)) {
      const d = this.dbs.get(db)!;
      if (d.count === 0) continue;
      summary.keys! += d.count;
      summary.databases! += 1;
      for (const [t, n] of d.types) if (n > 0) summary[`type.${t}`] = (summary[`type.${t}`] ?? 0) + n;
      const types = [...d.types].filter(([, n]) => n > 0).sort(([x], [y]) => x.localeCompare(y)).map(([t, n]) => `${t}=${n}`).join(',');
      items[`db${db}`] = { count: d.count, digest: `${d.a.toString(16).padStart(8, '0')}${d.b.toString(16).padStart(8, '0')}:${types}` };
    }
    const canonical = JSON.stringify(Object.keys(items).map((k) => [k, items[k]!.count, items[k]!.digest]));
    return { kind: 'redis', summary, items, digest: createHash('sha256').update(canonical).digest('hex') };
  }
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
