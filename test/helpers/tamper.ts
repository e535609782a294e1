/**
 * Alters a stored backup the way someone with write access to the store could:
 * change the data, then re-seal every checksum a reader checks (the format's
 * own CRCs, the artifact's stored and plain SHA-256 and sizes in the
 * manifest). `verify` then passes; only the fingerprint recorded at backup
 * time (a restore's or a drill's comparison) can tell. Unencrypted backups only.
 * Test code: whole artifacts are read into memory.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { BSON, Long } from 'bson';
import { crc64 as mongoCrc64, crcToInt64 } from '../../src/formats/mongo-archive/crc64.js';
import { crc64 as redisCrc64 } from '../../src/formats/rdb/crc64.js';

interface Record {
  name: string;
  kind: string;
  size: number;
  sha256: string;
  plain: { size: number; sha256: string };
  compression: 'zstd' | 'gzip' | 'none';
  encryption: { scheme: string };
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function decode(bytes: Buffer, compression: Record['compression']): Buffer {
  if (compression === 'zstd') return zlib.zstdDecompressSync(bytes);
  if (compression === 'gzip') return zlib.gunzipSync(bytes);
  return bytes;
}
function encode(bytes: Buffer, compression: Record['compression']): Buffer {
  if (compression === 'zstd') return zlib.zstdCompressSync(bytes);
  if (compression === 'gzip') return zlib.gzipSync(bytes);
  return bytes;
}

/** Replaces `from` by `to` (same length) once in `buf`; throws when `from` is absent, so a tamper that misses fails the test. */
export function replaceOnce(buf: Buffer, from: string, to: string): number {
  if (Buffer.byteLength(from) !== Buffer.byteLength(to)) throw new Error('tamper: replacement must keep the length');
  const at = buf.indexOf(Buffer.from(from));
  if (at < 0) throw new Error(`tamper: '${from}' not found in the artifact`);
  buf.write(to, at);
  return at;
}

/**
 * Rewrites the artifact of `kind` in a stored backup folder through `mutate`
 * (which gets the decoded bytes), then re-seals its digests and sizes in the manifest.
 */
export async function tamperArtifact(backupDir: string, kind: string, mutate: (plain: Buffer) => Buffer): Promise<void> {
  const manifestFile = path.join(backupDir, 'manifest.json');
  const manifest = JSON.parse(await fs.readFile(manifestFile, 'utf8')) as { size: number; artifacts: Record[] };
  const rec = manifest.artifacts.find((a) => a.kind === kind);
  if (!rec) throw new Error(`tamper: no '${kind}' artifact in ${backupDir} (${manifest.artifacts.map((a) => a.kind).join(', ')})`);
  if (rec.encryption.scheme !== 'none') throw new Error('tamper: encrypted artifacts are not supported');
  const file = path.join(backupDir, rec.name);
  const plain = mutate(decode(await fs.readFile(file), rec.compression));
  const stored = encode(plain, rec.compression);
  await fs.writeFile(file, stored);
  manifest.size += stored.length - rec.size;
  Object.assign(rec, { size: stored.length, sha256: sha256(stored), plain: { size: plain.length, sha256: sha256(plain) } });
  await fs.writeFile(manifestFile, JSON.stringify(manifest, null, 2));
}

const TERMINATOR = 0xffffffff;

/**
 * A mongodump archive with `from` replaced by `to` inside one document, and
 * every namespace's CRC-64 (in its EOF header) recomputed, as mongorestore and
 * bakup's reader check them (src/formats/mongo-archive/SPEC.md).
 */
export function tamperMongoArchive(archive: Buffer, from: string, to: string): Buffer {
  const buf = Buffer.from(archive);
  replaceOnce(buf, from, to);
  let pos = 4; // magic
  const docLen = () => buf.readInt32LE(pos);
  const skipDoc = () => (pos += docLen());
  skipDoc(); // header
  while (buf.readUInt32LE(pos) !== TERMINATOR) skipDoc(); // prelude
  pos += 4;
  const spans = new Map<string, Buffer[]>();
  while (pos < buf.length) {
    const headerAt = pos;
    const header = BSON.deserialize(buf.subarray(pos, pos + docLen()), { promoteLongs: false }) as { db: string; collection: string; EOF: boolean; CRC: Long };
    skipDoc();
    const ns = `${header.db}.${header.collection}`;
    if (!header.EOF) {
      const docs = spans.get(ns) ?? [];
      while (buf.readUInt32LE(pos) !== TERMINATOR) {
        docs.push(buf.subarray(pos, pos + docLen()));
        skipDoc();
      }
      spans.set(ns, docs);
    } else {
      const crc = crcToInt64(mongoCrc64(Buffer.concat(spans.get(ns) ?? [])));
      const sealed = BSON.serialize({ db: header.db, collection: header.collection, EOF: true, CRC: Long.fromBigInt(crc) });
      if (sealed.length !== pos - headerAt) throw new Error('tamper: EOF header changed size');
      buf.set(sealed, headerAt);
    }
    if (buf.readUInt32LE(pos) !== TERMINATOR) throw new Error(`tamper: no terminator at ${pos}`);
    pos += 4;
  }
  return buf;
}

/**
 * A bakup Redis record stream (src/formats/redis-records/SPEC.md) with `from`
 * replaced by `to` inside one DUMP record (its key or its value), the frame's
 * CRC-32 recomputed, and when the value changed, the DUMP payload's
 * CRC-64/Jones too (Redis's RESTORE checks it).
 */
export function tamperRedisRecords(records: Buffer, from: string, to: string): Buffer {
  const buf = Buffer.from(records);
  const at = replaceOnce(buf, from, to);
  let pos = 8; // magic
  while (pos < buf.length) {
    const length = buf.readUInt32LE(pos + 1);
    const body = pos + 5;
    const end = body + length;
    if (at >= body && at < end) {
      if (buf[pos] !== 0x44) throw new Error(`tamper: '${from}' is not inside a DUMP record`);
      const payload = body + 16 + buf.readUInt32LE(body + 12);
      if (at >= payload) redisCrc64(buf.subarray(payload, end - 8)).bytes().copy(buf, end - 8);
      buf.writeUInt32LE(zlib.crc32(buf.subarray(pos, end)), end);
      return buf;
    }
    pos = end + 4;
  }
  throw new Error('tamper: frame not found');
}
