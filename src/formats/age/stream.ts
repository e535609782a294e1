import { randomBytes } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { VerificationError } from '../../errors.js';
import {
  MAX_HEADER_BYTES,
  checkMagic,
  encodeHeader,
  findHeaderEnd,
  parseHeader,
  unwrapScrypt,
  unwrapX25519,
  verifyHeaderMac,
  wrapScrypt,
  wrapX25519,
  type ParsedHeader,
  type Stanza,
} from './header.js';
import type { KeyObject } from 'node:crypto';
import { FILE_KEY_SIZE, TAG_SIZE, aeadKey, aeadOpen, aeadSealParts, hkdf32 } from './primitives.js';

/**
 * The age payload (SPEC.md): a 16-byte nonce, then STREAM — 64 KiB plaintext
 * chunks sealed with ChaCha20-Poly1305 under the payload key, nonce = 88-bit
 * big-endian counter ‖ last-chunk flag. Exactly one chunk (the last) carries
 * the flag, which is what makes truncation detectable.
 */

export const CHUNK_SIZE = 64 * 1024;
export const SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE;
export const PAYLOAD_NONCE_SIZE = 16;

function payloadKey(fileKey: Uint8Array, nonce: Uint8Array): KeyObject {
  return aeadKey(hkdf32(fileKey, nonce, 'payload'));
}

/**
 * Writes chunk `counter`'s nonce into `n` (12 bytes, the first 3 always zero) and returns it. Each stream
 * reuses one buffer: createCipheriv/createDecipheriv copy the nonce, so nothing keeps a reference to it.
 */
function chunkNonce(n: Buffer, counter: number, last: boolean): Buffer {
  // The counter is 88 bits; 2^53 chunks (512 ZiB) is far beyond any input, so a JS number suffices.
  n.writeUInt32BE(Math.floor(counter / 2 ** 32), 3);
  n.writeUInt32BE(counter >>> 0, 7);
  n[11] = last ? 1 : 0;
  return n;
}

export interface EncryptTo {
  /** 32-byte X25519 public keys. */
  recipients: Buffer[];
  /** Alone, never with recipients (checked by the caller). */
  passphrase?: string;
  scryptWorkFactor: number;
}

/**
 * Plaintext in, age file out. Holds one 64 KiB chunk: a full chunk is sealed
 * as "not last" only once a further byte proves more follows, so a payload
 * that is an exact multiple of 64 KiB ends with a full final chunk, as age
 * writes it. Whole chunks inside a large input buffer are sealed in place;
 * only the tail of each input buffer is copied.
 */
export class AgeEncryptStream extends Transform {
  private readonly to: EncryptTo;
  private prefix: Buffer | undefined; // header + payload nonce, not yet pushed
  private key: KeyObject | undefined;
  private readonly pending = Buffer.allocUnsafe(CHUNK_SIZE);
  private readonly chunkNonceBytes = Buffer.alloc(12);
  private fill = 0;
  private counter = 0;

  constructor(to: EncryptTo) {
    super();
    this.to = to;
  }

  override _construct(callback: (error?: Error | null) => void): void {
    this.prepare().then(() => callback(), callback);
  }

  private async prepare(): Promise<void> {
    const fileKey = randomBytes(FILE_KEY_SIZE);
    const stanzas: Stanza[] =
      this.to.passphrase !== undefined
        ? [await wrapScrypt(fileKey, this.to.passphrase, this.to.scryptWorkFactor)]
        : this.to.recipients.map((r) => wrapX25519(fileKey, r));
    const nonce = randomBytes(PAYLOAD_NONCE_SIZE);
    this.key = payloadKey(fileKey, nonce);
    this.prefix = Buffer.concat([encodeHeader(stanzas, fileKey), nonce]);
  }

  private pushPrefix(): void {
    if (this.prefix) {
      this.push(this.prefix);
      this.prefix = undefined;
    }
  }

  /** What one write sealed, pushed as one buffer by pushSealed(). */
  private sealed: Buffer[] = [];

  private seal(plaintext: Buffer, last: boolean): void {
    const [body, tag] = aeadSealParts(this.key!, chunkNonce(this.chunkNonceBytes, this.counter, last), plaintext);
    this.sealed.push(body, tag);
    this.counter++;
  }

  /**
   * One push per write, not two per 64 KiB chunk: with a 64 KiB body and a 16-byte tag pushed apiece, every stage
   * after this one (the stored hash, the stores' writes) ran eight times per 256 KiB block, and an in-thread zstd +
   * age backup of 2 GiB spent 0.8 s of its main thread in file writes alone. The copy costs less than that (bench/README.md, files).
   */
  private pushSealed(): void {
    const parts = this.sealed;
    if (!parts.length) return;
    this.sealed = [];
    this.push(parts.length === 1 ? parts[0] : Buffer.concat(parts));
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, callback: TransformCallback): void {
    this.pushPrefix();
    let off = 0;
    while (off < chunk.length) {
      if (this.fill === CHUNK_SIZE) {
        this.seal(this.pending, false);
        this.fill = 0;
      }
      if (this.fill === 0 && chunk.length - off > CHUNK_SIZE) {
        this.seal(chunk.subarray(off, off + CHUNK_SIZE), false);
        off += CHUNK_SIZE;
        continue;
      }
      const n = chunk.copy(this.pending, this.fill, off);
      this.fill += n;
      off += n;
    }
    this.pushSealed();
    callback();
  }

  override _flush(callback: TransformCallback): void {
    this.pushPrefix();
    this.seal(this.pending.subarray(0, this.fill), true);
    this.fill = 0;
    this.pushSealed();
    callback();
  }
}

export interface DecryptWith {
  identities: { secret: Buffer; publicKey: Buffer }[];
  passphrase?: string;
}

function stanzaTypes(stanzas: Stanza[]): string {
  return [...new Set(stanzas.map((s) => s.args[0]))].join(', ');
}

/** Finds the file key among the stanzas and checks the header MAC with it. */
async function openHeader(parsed: ParsedHeader, w: DecryptWith): Promise<Buffer> {
  const { stanzas } = parsed;
  const scrypt = stanzas.find((s) => s.args[0] === 'scrypt');
  let fileKey: Buffer | undefined;
  if (scrypt) {
    if (stanzas.length !== 1) {
      throw new VerificationError('age: malformed header: an scrypt stanza must be the only stanza of a file');
    }
    if (w.passphrase === undefined) {
      throw new VerificationError('age: this file is passphrase-encrypted; an identity cannot open it, give the passphrase');
    }
    fileKey = await unwrapScrypt(scrypt, w.passphrase);
    if (!fileKey) throw new VerificationError('age: wrong passphrase (the scrypt stanza did not open)');
  } else {
    const x25519 = stanzas.filter((s) => s.args[0] === 'X25519');
    if (x25519.length === 0) {
      throw new VerificationError(`age: the file has no X25519 or scrypt recipient, only ${stanzaTypes(stanzas)}, which this build cannot open`);
    }
    if (w.identities.length === 0) {
      throw new VerificationError('age: this file is encrypted to recipients (age1…); a passphrase cannot open it, give an identity');
    }
    search: for (const stanza of x25519) {
      for (const id of w.identities) {
        fileKey = unwrapX25519(stanza, id.secret, id.publicKey);
        if (fileKey) break search;
      }
    }
    if (!fileKey) {
      throw new VerificationError(`age: no identity matches any recipient of this file (${x25519.length} recipient${x25519.length === 1 ? '' : 's'}, ${w.identities.length} identit${w.identities.length === 1 ? 'y' : 'ies'} tried)`);
    }
  }
  verifyHeaderMac(parsed, fileKey);
  return fileKey;
}

/**
 * age file in, plaintext out. A chunk's plaintext is pushed only after its
 * tag verified; a sealed chunk is held until the next byte (it is "not last")
 * or the end of input (it must be last), so at most one sealed chunk is
 * buffered and a truncated file always fails instead of ending quietly.
 */
export class AgeDecryptStream extends Transform {
  private readonly with: DecryptWith;
  private phase: 'header' | 'nonce' | 'chunks' = 'header';
  private head: Buffer[] = [];
  private headLength = 0;
  private readonly nonce = Buffer.alloc(PAYLOAD_NONCE_SIZE);
  private nonceFill = 0;
  private fileKey: Buffer = Buffer.alloc(0);
  private key: KeyObject | undefined;
  private readonly sealed = Buffer.allocUnsafe(SEALED_CHUNK_SIZE);
  private readonly chunkNonceBytes = Buffer.alloc(12);
  private fill = 0;
  private counter = 0;

  constructor(w: DecryptWith) {
    super();
    this.with = w;
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, callback: TransformCallback): void {
    if (this.phase !== 'header') {
      this.guard(() => this.consume(chunk), callback);
      return;
    }
    this.head.push(chunk);
    this.headLength += chunk.length;
    const head = this.head.length === 1 ? chunk : Buffer.concat(this.head, this.headLength);
    this.head = [head];
    let end: number;
    try {
      checkMagic(head);
      end = findHeaderEnd(head);
      if (end < 0 && this.headLength > MAX_HEADER_BYTES) {
        throw new VerificationError(`age: header larger than ${MAX_HEADER_BYTES >> 20} MiB without a MAC line; not a readable age file`);
      }
    } catch (err) {
      callback(err as Error);
      return;
    }
    if (end < 0) {
      callback();
      return;
    }
    this.head = [];
    // parseHeader throws synchronously, openHeader may wait for scrypt: one promise carries both.
    Promise.resolve()
      .then(() => openHeader(parseHeader(head.subarray(0, end)), this.with))
      .then(
        (fileKey) => {
          this.fileKey = fileKey;
          this.phase = 'nonce';
          this.guard(() => this.consume(head.subarray(end)), callback);
        },
        (err: Error) => callback(err),
      );
  }

  private guard(work: () => void, callback: TransformCallback): void {
    try {
      work();
    } catch (err) {
      callback(err as Error);
      return;
    }
    callback();
  }

  private consume(data: Buffer): void {
    let off = 0;
    if (this.phase === 'nonce') {
      const n = data.copy(this.nonce, this.nonceFill, 0, Math.min(data.length, PAYLOAD_NONCE_SIZE - this.nonceFill));
      this.nonceFill += n;
      off = n;
      if (this.nonceFill < PAYLOAD_NONCE_SIZE) return;
      this.key = payloadKey(this.fileKey, this.nonce);
      this.phase = 'chunks';
    }
    while (off < data.length) {
      if (this.fill === SEALED_CHUNK_SIZE) {
        this.openFull(this.sealed);
        this.fill = 0;
      }
      if (this.fill === 0 && data.length - off > SEALED_CHUNK_SIZE) {
        this.openFull(data.subarray(off, off + SEALED_CHUNK_SIZE));
        off += SEALED_CHUNK_SIZE;
        continue;
      }
      const n = data.copy(this.sealed, this.fill, off);
      this.fill += n;
      off += n;
    }
  }

  private chunkFailed(): VerificationError {
    return new VerificationError(`age: payload chunk ${this.counter} failed authentication (the data was corrupted or tampered with, or is not from this file)`);
  }

  /** A full sealed chunk followed by more input: it must be a non-final chunk. */
  private openFull(sealed: Buffer): void {
    const plain = aeadOpen(this.key!, chunkNonce(this.chunkNonceBytes, this.counter, false), sealed);
    if (!plain) {
      if (aeadOpen(this.key!, chunkNonce(this.chunkNonceBytes, this.counter, true), sealed)) {
        throw new VerificationError(`age: unexpected data after the final payload chunk (${this.counter})`);
      }
      throw this.chunkFailed();
    }
    this.push(plain);
    this.counter++;
  }

  override _flush(callback: TransformCallback): void {
    this.guard(() => this.finish(), callback);
  }

  private finish(): void {
    if (this.phase === 'header') {
      throw new VerificationError(
        this.headLength === 0 ? 'age: input is empty, not an age file' : 'age: truncated header (the input ends before the header MAC line)',
      );
    }
    if (this.phase === 'nonce') throw new VerificationError('age: truncated (the input ends inside the payload nonce)');
    if (this.fill === 0) throw new VerificationError('age: truncated (missing final chunk)');
    if (this.fill < TAG_SIZE) throw new VerificationError(`age: truncated (payload chunk ${this.counter} is shorter than its tag)`);
    const sealed = this.sealed.subarray(0, this.fill);
    const plain = aeadOpen(this.key!, chunkNonce(this.chunkNonceBytes, this.counter, true), sealed);
    if (!plain) {
      if (this.fill === SEALED_CHUNK_SIZE && aeadOpen(this.key!, chunkNonce(this.chunkNonceBytes, this.counter, false), sealed)) {
        throw new VerificationError(`age: truncated (missing final chunk: the input ends after chunk ${this.counter})`);
      }
      throw this.chunkFailed();
    }
    if (plain.length === 0 && this.counter > 0) {
      throw new VerificationError('age: malformed payload: an empty final chunk after data (only an empty file may have one)');
    }
    if (plain.length > 0) this.push(plain);
    this.counter++;
    this.fill = 0;
  }
}
