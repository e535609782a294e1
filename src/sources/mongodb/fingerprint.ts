import { createHash, hash } from 'node:crypto';
import type { Fingerprint } from '../../catalog/manifest.js';

/**
 * An order-independent digest of a collection's documents: the lane-wise sum
 * (eight 32-bit lanes, each modulo 2^32) of every document's SHA-256 over its
 * raw BSON bytes. Sums commute, so the value does not depend on the order a
 * cursor returns documents in, yet any change to any byte of any document, a
 * missing or an extra document changes it. Prefixed `sha256sum8:` so the
 * scheme can evolve.
 */
export class ContentDigest {
  private readonly lanes = new Uint32Array(8);
  count = 0;
  bytes = 0;

  add(doc: Uint8Array): void {
    // The digest as a 'binary' (latin1) string (one char per byte): a Buffer result costs an ArrayBuffer per document,
    // twice the time (1.7 vs 0.8 µs for 600 B) and young-generation garbage that outlives scavenges.
    const h = hash('sha256', doc, 'binary');
    const l = this.lanes;
    for (let i = 0, j = 0; i < 8; i++, j += 4) {
      l[i] = l[i]! + (h.charCodeAt(j) | (h.charCodeAt(j + 1) << 8) | (h.charCodeAt(j + 2) << 16) | (h.charCodeAt(j + 3) << 24));
    }
    this.count++;
    this.bytes += doc.length;
  }

  digest(): string {
    return `sha256sum8:${Buffer.from(this.lanes.buffer, this.lanes.byteOffset, 32).toString('hex')}`;
  }
}

export interface CollectionPrint {
  count: number;
  digest: string;
}

/**
 * The fingerprint of a MongoDB scope. Items are keyed by collection name when
 * the scope is one database (so a copy restored into another database
 * compares equal), by `db.collection` otherwise. Views hold no documents and
 * are not part of it.
 */
export function buildFingerprint(items: Map<string, CollectionPrint>): Fingerprint {
  const keys = [...items.keys()].sort();
  const whole = createHash('sha256');
  let documents = 0;
  const out: Record<string, CollectionPrint> = {};
  for (const k of keys) {
    const it = items.get(k)!;
    out[k] = { count: it.count, digest: it.digest };
    documents += it.count;
    whole.update(`${k}\u0000${it.count}\u0000${it.digest}\n`);
  }
  return {
    kind: 'mongodb',
    summary: { collections: keys.length, documents },
    items: out,
    digest: `sha256:${whole.digest('hex')}`,
  };
}

export function fingerprintKey(scopeDb: string | undefined, db: string, collection: string): string {
  return scopeDb !== undefined ? collection : `${db}.${collection}`;
}
