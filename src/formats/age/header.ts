import { randomBytes, timingSafeEqual } from 'node:crypto';
import { VerificationError } from '../../errors.js';
import {
  b64decode,
  b64encode,
  hkdf32,
  hmacSha256,
  isAllZero,
  scrypt32,
  unwrapFileKey,
  wrapFileKey,
  x25519,
  x25519PublicKey,
} from './primitives.js';

/**
 * The age v1 text header (SPEC.md): version line, recipient stanzas, MAC line.
 * Encoding, strict parsing, and the X25519 and scrypt stanzas.
 */

export const VERSION_LINE = 'age-encryption.org/v1';
const VERSION_PREFIX = Buffer.from(`${VERSION_LINE}\n`);
const ARMOR_PREFIX = Buffer.from('-----BEGIN AGE ENCRYPTED FILE-----');
/** A header is a few hundred bytes per recipient; past this the input is not an age file we will read. */
export const MAX_HEADER_BYTES = 1 << 20;
const X25519_INFO = 'age-encryption.org/v1/X25519';
const SCRYPT_LABEL = 'age-encryption.org/v1/scrypt';
export const DEFAULT_SCRYPT_WORK_FACTOR = 18;
/** age's own decryption ceiling: 2^22 needs 4 GiB of scrypt memory. */
export const MAX_SCRYPT_WORK_FACTOR = 22;
const COLUMNS = 64;

/** A recipient stanza; args[0] is its type ("X25519", "scrypt", …). */
export interface Stanza {
  args: string[];
  body: Buffer;
}

export interface ParsedHeader {
  stanzas: Stanza[];
  /** The header bytes the MAC covers: everything up to and including '---'. */
  macInput: Buffer;
  mac: Buffer;
}

function malformed(what: string): VerificationError {
  return new VerificationError(`age: malformed header: ${what}`);
}

function encodeStanza(s: Stanza): string {
  const b64 = b64encode(s.body);
  let out = `-> ${s.args.join(' ')}\n`;
  // Full lines of 64 columns, then a final shorter (possibly empty) line.
  let i = 0;
  for (; i + COLUMNS <= b64.length; i += COLUMNS) out += `${b64.slice(i, i + COLUMNS)}\n`;
  return `${out}${b64.slice(i)}\n`;
}

export function headerMacKey(fileKey: Uint8Array): Buffer {
  return hkdf32(fileKey, Buffer.alloc(0), 'header');
}

/** The complete header, MAC line included. */
export function encodeHeader(stanzas: Stanza[], fileKey: Uint8Array): Buffer {
  const macInput = Buffer.from(`${VERSION_LINE}\n${stanzas.map(encodeStanza).join('')}---`, 'latin1');
  const mac = hmacSha256(headerMacKey(fileKey), macInput);
  return Buffer.concat([macInput, Buffer.from(` ${b64encode(mac)}\n`, 'latin1')]);
}

/**
 * Checks the start of an input for the age version line as soon as bytes
 * arrive, so a wrong file fails on its first chunk with a message saying what
 * it is, instead of after a megabyte of searching for a header end.
 */
export function checkMagic(start: Buffer): void {
  const n = Math.min(start.length, VERSION_PREFIX.length);
  if (start.subarray(0, n).equals(VERSION_PREFIX.subarray(0, n))) return;
  const a = Math.min(start.length, ARMOR_PREFIX.length);
  if (a > 0 && start.subarray(0, a).equals(ARMOR_PREFIX.subarray(0, a))) {
    throw new VerificationError('age: input is ASCII-armored (-----BEGIN AGE ENCRYPTED FILE-----); armored files are not supported, decode with `age -d` first');
  }
  const line = start.subarray(0, Math.min(start.length, 64)).toString('latin1').split('\n')[0]!;
  if (line.startsWith('age-encryption.org/') && start.length > VERSION_PREFIX.length) {
    throw new VerificationError(`age: unsupported format version ${JSON.stringify(line.slice('age-encryption.org/'.length))} (this build reads v1)`);
  }
  throw new VerificationError(`age: input is not an age file (it does not start with '${VERSION_LINE}')`);
}

/**
 * Where the header ends in `buf` (the index just past the MAC line's LF), or
 * -1 if more bytes are needed. The MAC line is the only line starting with
 * '---': stanza bodies are base64 and argument lines start with '->'.
 */
export function findHeaderEnd(buf: Buffer): number {
  const mark = buf.indexOf('\n---');
  if (mark < 0) return -1;
  const lf = buf.indexOf(0x0a, mark + 4);
  return lf < 0 ? -1 : lf + 1;
}

function isVchar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) return false;
  }
  return s.length > 0;
}

/** Parses a complete header (as delimited by findHeaderEnd) against the spec's ABNF. */
export function parseHeader(header: Buffer): ParsedHeader {
  for (const byte of header) {
    if (byte !== 0x0a && (byte < 0x20 || byte > 0x7e)) throw malformed('non-ASCII byte');
  }
  const text = header.toString('latin1');
  const lines = text.split('\n');
  lines.pop(); // the header ends with LF: the last element is empty
  if (lines[0] !== VERSION_LINE) throw malformed(`first line is not '${VERSION_LINE}'`);
  const stanzas: Stanza[] = [];
  let i = 1;
  while (i < lines.length && lines[i]!.startsWith('-> ')) {
    const args = lines[i]!.slice(3).split(' ');
    if (!args.every(isVchar)) throw malformed(`stanza ${stanzas.length + 1} has an empty or invalid argument`);
    i++;
    let b64 = '';
    for (;;) {
      const line = lines[i];
      if (line === undefined || line.startsWith('-')) throw malformed(`stanza ${stanzas.length + 1} body does not end with a short line`);
      if (line.length > COLUMNS) throw malformed(`stanza ${stanzas.length + 1} body line longer than ${COLUMNS} columns`);
      b64 += line;
      i++;
      if (line.length < COLUMNS) break;
    }
    const body = b64decode(b64);
    if (!body) throw malformed(`stanza ${stanzas.length + 1} body is not canonical unpadded base64`);
    stanzas.push({ args, body });
  }
  if (stanzas.length === 0) throw malformed('no recipient stanza');
  if (i !== lines.length - 1) throw malformed(`unexpected line ${i + 1}`);
  const macLine = lines[i]!;
  if (!macLine.startsWith('--- ')) throw malformed('missing MAC line');
  const mac = b64decode(macLine.slice(4));
  if (!mac || mac.length !== 32) throw malformed('MAC is not 32 bytes of canonical base64');
  const macInput = header.subarray(0, header.length - (macLine.length - 3) - 1);
  return { stanzas, macInput, mac };
}

export function verifyHeaderMac(parsed: ParsedHeader, fileKey: Uint8Array): void {
  const expected = hmacSha256(headerMacKey(fileKey), parsed.macInput);
  if (!timingSafeEqual(expected, parsed.mac)) {
    throw new VerificationError('age: header MAC mismatch (the header was corrupted or tampered with)');
  }
}

/** An X25519 stanza wrapping `fileKey` to `recipient` (its 32-byte public key), with a fresh ephemeral key. */
export function wrapX25519(fileKey: Uint8Array, recipient: Uint8Array): Stanza {
  const ephemeral = randomBytes(32);
  const share = x25519PublicKey(ephemeral);
  const shared = x25519(ephemeral, recipient);
  const wrapKey = hkdf32(shared, Buffer.concat([share, recipient]), X25519_INFO);
  return { args: ['X25519', b64encode(share)], body: wrapFileKey(wrapKey, fileKey) };
}

/**
 * The file key, if this X25519 stanza was made for `secret`; undefined if it
 * was made for someone else. A stanza that breaks the spec's shape rules is an
 * error, not "someone else's".
 */
export function unwrapX25519(stanza: Stanza, secret: Uint8Array, publicKey: Uint8Array): Buffer | undefined {
  if (stanza.args.length !== 2) throw malformed('X25519 stanza must have exactly one argument after its type');
  const share = b64decode(stanza.args[1]!);
  if (!share || share.length !== 32) throw malformed('X25519 ephemeral share is not 32 bytes of canonical base64');
  if (stanza.body.length !== 32) throw malformed('X25519 stanza body is not 32 bytes');
  const shared = x25519(secret, share);
  if (isAllZero(shared)) throw malformed('X25519 ephemeral share is a low-order point');
  const wrapKey = hkdf32(shared, Buffer.concat([share, publicKey]), X25519_INFO);
  return unwrapFileKey(wrapKey, stanza.body);
}

export async function wrapScrypt(fileKey: Uint8Array, passphrase: string, logN: number): Promise<Stanza> {
  const salt = randomBytes(16);
  const wrapKey = await scrypt32(passphrase, Buffer.concat([Buffer.from(SCRYPT_LABEL), salt]), logN);
  return { args: ['scrypt', b64encode(salt), String(logN)], body: wrapFileKey(wrapKey, fileKey) };
}

/** The file key, or undefined when the passphrase is wrong. */
export async function unwrapScrypt(stanza: Stanza, passphrase: string): Promise<Buffer | undefined> {
  if (stanza.args.length !== 3) throw malformed('scrypt stanza must have exactly two arguments after its type');
  const salt = b64decode(stanza.args[1]!);
  if (!salt || salt.length !== 16) throw malformed('scrypt salt is not 16 bytes of canonical base64');
  const logNText = stanza.args[2]!;
  if (!/^[1-9][0-9]*$/.test(logNText)) throw malformed(`scrypt work factor ${JSON.stringify(logNText)} is not a decimal number`);
  const logN = Number(logNText);
  if (logN > MAX_SCRYPT_WORK_FACTOR) {
    throw new VerificationError(`age: scrypt work factor ${logN} is above the limit of ${MAX_SCRYPT_WORK_FACTOR} (it would need ${2 ** (logN - 10)} MiB of memory)`);
  }
  if (stanza.body.length !== 32) throw malformed('scrypt stanza body is not 32 bytes');
  const wrapKey = await scrypt32(passphrase, Buffer.concat([Buffer.from(SCRYPT_LABEL), salt]), logN);
  return unwrapFileKey(wrapKey, stanza.body);
}
