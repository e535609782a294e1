import type { Readable } from 'node:stream';
import { VerificationError } from '../../errors.js';

/**
 * The few tar features an n8n backup needs: small files and folders written as
 * POSIX ustar (any tar reads them), and a streaming reader that hands out one
 * entry at a time. The reader also understands pax and GNU long names, so an
 * archive repacked by another tool still restores.
 */

const BLOCK = 512;

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

function header(name: string, size: number, type: '0' | '5', mtime: Date): Buffer {
  const bytes = Buffer.byteLength(name);
  if (bytes > 100) throw new Error(`tar entry name longer than 100 bytes: ${name}`);
  const h = Buffer.alloc(BLOCK);
  h.write(name, 0, 100, 'utf8');
  h.write(octal(type === '5' ? 0o755 : 0o644, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii');
  h.write(octal(0, 8), 116, 'ascii');
  h.write(octal(size, 12), 124, 'ascii');
  h.write(octal(Math.max(0, Math.floor(mtime.getTime() / 1000)), 12), 136, 'ascii');
  h.write('        ', 148, 'ascii');
  h.write(type, 156, 'ascii');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  h.write('bakup', 265, 'ascii');
  h.write('bakup', 297, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return h;
}

/** One regular file: header, content, padding to the block size. */
export function tarFile(name: string, content: Buffer, mtime: Date): Buffer[] {
  const pad = (BLOCK - (content.length % BLOCK)) % BLOCK;
  return [header(name, content.length, '0', mtime), content, Buffer.alloc(pad)];
}

export function tarDir(name: string, mtime: Date): Buffer {
  return header(name.endsWith('/') ? name : `${name}/`, 0, '5', mtime);
}

/** Two zero blocks end an archive. */
export function tarEnd(): Buffer {
  return Buffer.alloc(2 * BLOCK);
}

export interface TarEntry {
  name: string;
  type: 'file' | 'dir' | 'other';
  body: Buffer;
}

/** Pulls exact byte counts out of a stream without concatenating more than one entry at a time. */
class ByteSource {
  private chunks: Buffer[] = [];
  private have = 0;
  private ended = false;
  private readonly it: AsyncIterator<unknown>;
  constructor(stream: Readable) {
    this.it = stream[Symbol.asyncIterator]();
  }
  private async fill(n: number): Promise<boolean> {
    while (this.have < n) {
      if (this.ended) return false;
      const r = await this.it.next();
      if (r.done) {
        this.ended = true;
        return false;
      }
      const b = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value as string);
      this.chunks.push(b);
      this.have += b.length;
    }
    return true;
  }
  async take(n: number): Promise<Buffer | undefined> {
    if (!(await this.fill(n))) return undefined;
    const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    const out = all.subarray(0, n);
    const rest = all.subarray(n);
    this.chunks = rest.length ? [rest] : [];
    this.have = rest.length;
    return out;
  }
  async skip(n: number): Promise<boolean> {
    let left = n;
    while (left > 0) {
      if (!(await this.fill(1))) return false;
      const first = this.chunks[0]!;
      if (first.length <= left) {
        left -= first.length;
        this.have -= first.length;
        this.chunks.shift();
      } else {
        this.chunks[0] = first.subarray(left);
        this.have -= left;
        left = 0;
      }
    }
    return true;
  }
  /** Reads to the end, so the caller's stream finishes its integrity checks. */
  async drain(): Promise<void> {
    this.chunks = [];
    this.have = 0;
    while (!this.ended) {
      const r = await this.it.next();
      if (r.done) this.ended = true;
    }
  }
}

function parseSize(field: Buffer): number {
  if (field[0]! & 0x80) {
    let v = 0;
    for (let i = 1; i < field.length; i++) v = v * 256 + field[i]!;
    return v;
  }
  const text = field.toString('ascii').replace(/\0.*$/s, '').trim();
  return text ? parseInt(text, 8) : 0;
}

function cstring(b: Buffer): string {
  const end = b.indexOf(0);
  return b.subarray(0, end < 0 ? b.length : end).toString('utf8');
}

function paxPath(body: Buffer): string | undefined {
  let pos = 0;
  let found: string | undefined;
  while (pos < body.length) {
    const space = body.indexOf(0x20, pos);
    if (space < 0) break;
    const len = parseInt(body.subarray(pos, space).toString('ascii'), 10);
    if (!len) break;
    const record = body.subarray(space + 1, pos + len - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (record.slice(0, eq) === 'path') found = record.slice(eq + 1);
    pos += len;
  }
  return found;
}

/**
 * Yields the entries of a tar stream one by one; bodies of files up to `maxEntry`
 * bytes are read into memory (an n8n workflow or credential file), larger ones
 * are refused. The stream is always read to its end.
 */
export async function* readTar(stream: Readable, what: string, maxEntry = 256 << 20): AsyncGenerator<TarEntry> {
  const src = new ByteSource(stream);
  let longName: string | undefined;
  try {
    for (;;) {
      const h = await src.take(BLOCK);
      if (!h) throw new VerificationError(`${what}: the tar archive ends without its end marker (truncated)`);
      if (h.every((b) => b === 0)) break;
      let sum = 0;
      for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i]!;
      if (sum !== parseInt(cstring(h.subarray(148, 156)).trim() || 'x', 8)) {
        throw new VerificationError(`${what}: not a tar archive, or a corrupt tar header`);
      }
      const size = parseSize(h.subarray(124, 136));
      const type = String.fromCharCode(h[156]!);
      const padded = Math.ceil(size / BLOCK) * BLOCK;
      if (type === 'x' || type === 'L' || type === 'g') {
        if (size > 1 << 20) throw new VerificationError(`${what}: oversized tar extended header`);
        const body = await src.take(padded);
        if (!body) throw new VerificationError(`${what}: truncated tar archive`);
        if (type === 'x') longName = paxPath(body.subarray(0, size)) ?? longName;
        if (type === 'L') longName = cstring(body.subarray(0, size));
        continue;
      }
      let name = cstring(h.subarray(0, 100));
      const magic = h.subarray(257, 262).toString('ascii');
      if (magic === 'ustar') {
        const prefix = cstring(h.subarray(345, 500));
        if (prefix) name = `${prefix}/${name}`;
      }
      if (longName !== undefined) name = longName;
      longName = undefined;
      name = name.replace(/^\.\//, '');
      const kind: TarEntry['type'] = type === '0' || type === '\0' || type === '7' ? 'file' : type === '5' ? 'dir' : 'other';
      if (kind !== 'file') {
        if (!(await src.skip(padded))) throw new VerificationError(`${what}: truncated tar archive`);
        yield { name, type: kind, body: Buffer.alloc(0) };
        continue;
      }
      if (size > maxEntry) throw new VerificationError(`${what}: entry '${name}' is ${size} bytes, more than the ${maxEntry} this reader accepts`);
      const body = await src.take(padded);
      if (!body) throw new VerificationError(`${what}: truncated tar archive (in '${name}')`);
      yield { name, type: 'file', body: body.subarray(0, size) };
    }
    await src.drain();
  } finally {
    stream.destroy();
  }
}
