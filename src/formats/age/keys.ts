import { createHash, randomBytes } from 'node:crypto';
import { UsageError } from '../../errors.js';
import { x25519PublicKey } from './primitives.js';

/**
 * age X25519 keys as text: recipients are Bech32 with HRP `age` (lower case),
 * identities Bech32 with HRP `AGE-SECRET-KEY-` (upper case). Bech32 is BIP 173
 * without its 90-character limit; the checksum is computed over the lower-case
 * string.
 */

export const RECIPIENT_HRP = 'age';
export const IDENTITY_HRP = 'AGE-SECRET-KEY-';

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ GENERATOR[i]!) >>> 0;
  }
  return chk;
}

function hrpExpand(hrp: string): number[] {
  const h = hrp.toLowerCase();
  const out: number[] = [];
  for (let i = 0; i < h.length; i++) out.push(h.charCodeAt(i) >> 5);
  out.push(0);
  for (let i = 0; i < h.length; i++) out.push(h.charCodeAt(i) & 31);
  return out;
}

function convertBits(data: ArrayLike<number>, from: number, to: number, pad: boolean): number[] | undefined {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  const maxv = (1 << to) - 1;
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    if (v >> from !== 0) return undefined;
    acc = ((acc << from) | v) & 0xffffff;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >> bits) & maxv);
    }
  }
  if (pad) {
    if (bits > 0) out.push((acc << (to - bits)) & maxv);
  } else if (bits >= from || ((acc << (to - bits)) & maxv) !== 0) {
    return undefined;
  }
  return out;
}

/** Bech32 encoding; an upper-case HRP gives an all-upper-case string. */
export function bech32Encode(hrp: string, data: Uint8Array): string {
  const values = convertBits(data, 8, 5, true)!;
  const lowerHrp = hrp.toLowerCase();
  const mod = polymod([...hrpExpand(lowerHrp), ...values, 0, 0, 0, 0, 0, 0]) ^ 1;
  let s = `${lowerHrp}1`;
  for (const v of values) s += CHARSET[v];
  for (let p = 0; p < 6; p++) s += CHARSET[(mod >>> (5 * (5 - p))) & 31];
  return hrp === lowerHrp ? s : s.toUpperCase();
}

/** Bech32 decoding; the HRP comes back in the string's own case. Undefined on any defect. */
export function bech32Decode(s: string): { hrp: string; data: Buffer } | undefined {
  if (s.toLowerCase() !== s && s.toUpperCase() !== s) return undefined;
  const pos = s.lastIndexOf('1');
  if (pos < 1 || pos + 7 > s.length) return undefined;
  const hrp = s.slice(0, pos);
  for (let i = 0; i < hrp.length; i++) {
    const c = hrp.charCodeAt(i);
    if (c < 33 || c > 126) return undefined;
  }
  const lower = s.toLowerCase();
  const values: number[] = [];
  for (const ch of lower.slice(pos + 1)) {
    const d = CHARSET.indexOf(ch);
    if (d < 0) return undefined;
    values.push(d);
  }
  if (polymod([...hrpExpand(hrp), ...values]) !== 1) return undefined;
  const bytes = convertBits(values.slice(0, -6), 5, 8, false);
  return bytes ? { hrp, data: Buffer.from(bytes) } : undefined;
}

/**
 * How a bad recipient is named in a message. Recipients are public, but a
 * secret pasted into the wrong field (an identity, a passphrase) must not be
 * echoed: only text shaped like a recipient is quoted.
 */
function shown(s: string): string {
  if (/^AGE-(SECRET-KEY|PLUGIN)-/i.test(s)) return 'given as a secret key (AGE-SECRET-KEY-…), not a public recipient';
  if (!/^age1[0-9a-z]*$/.test(s)) return `(a ${s.length}-character value not starting with 'age1', not shown)`;
  return JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}...` : s);
}

/** The 32-byte X25519 public key of an `age1…` recipient; UsageError naming the input otherwise. */
export function decodeRecipient(text: string): Buffer {
  const s = text.trim();
  if (s.startsWith('age1pq1') || s.startsWith('age1tag')) {
    throw new UsageError(`age: recipient ${shown(s)} is a post-quantum/tagged type this build cannot encrypt to; expected an X25519 recipient (age1…)`);
  }
  if (/^(ssh-|ecdsa-)/.test(s)) {
    throw new UsageError(`age: SSH recipients (${s.split(' ')[0]} …) are not supported; expected an X25519 recipient (age1…, from age-keygen)`);
  }
  const d = bech32Decode(s);
  if (!d || d.hrp !== RECIPIENT_HRP || d.data.length !== 32) {
    throw new UsageError(`age: malformed recipient ${shown(s)}: expected an X25519 recipient, 'age1' followed by 58 Bech32 characters`);
  }
  return d.data;
}

/** The 32-byte X25519 secret of an `AGE-SECRET-KEY-1…` identity. The key itself never appears in a message. */
export function decodeIdentity(text: string, where = 'identity'): Buffer {
  const s = text.trim();
  if (s.startsWith('AGE-PLUGIN-')) throw new UsageError(`age: ${where} is a plugin identity (AGE-PLUGIN-…), which this build cannot use`);
  if (s.startsWith('AGE-SECRET-KEY-PQ-')) throw new UsageError(`age: ${where} is a post-quantum identity (AGE-SECRET-KEY-PQ-…), which this build cannot use`);
  const d = bech32Decode(s);
  if (!d || d.hrp !== IDENTITY_HRP || d.data.length !== 32) {
    throw new UsageError(`age: ${where} is not an age X25519 identity: expected 'AGE-SECRET-KEY-1' followed by 58 Bech32 characters (as age-keygen writes)`);
  }
  return d.data;
}

/** Validates an `age1…` recipient and returns its canonical (trimmed, lower-case) text. */
export function parseRecipient(text: string): string {
  return bech32Encode(RECIPIENT_HRP, decodeRecipient(text));
}

/**
 * Reads an identity file as age does: one identity per line, empty lines and
 * lines starting with '#' ignored. Returns the identities in order. `source`
 * (e.g. the file's path) names the input in errors.
 */
export function parseIdentityFile(text: string, source = 'identity file'): string[] {
  const out: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (/^-----BEGIN /.test(line)) {
      throw new UsageError(`age: ${source} holds a PEM/SSH key (line ${i + 1}); expected age identities (AGE-SECRET-KEY-1…, from age-keygen)`);
    }
    out.push(bech32Encode(IDENTITY_HRP, decodeIdentity(line, `${source} line ${i + 1}`)));
  }
  if (out.length === 0) throw new UsageError(`age: ${source} contains no identities (expected lines of AGE-SECRET-KEY-1…)`);
  return out;
}

/** The `age1…` recipient of an `AGE-SECRET-KEY-1…` identity. */
export function recipientOf(identity: string): string {
  return bech32Encode(RECIPIENT_HRP, x25519PublicKey(decodeIdentity(identity)));
}

export interface AgeKeyPair {
  identity: string;
  recipient: string;
}

/** A fresh X25519 key pair, as `age-keygen` makes. */
export function generateIdentity(): AgeKeyPair {
  const secret = randomBytes(32);
  return { identity: bech32Encode(IDENTITY_HRP, secret), recipient: bech32Encode(RECIPIENT_HRP, x25519PublicKey(secret)) };
}

/** The text `age-keygen` writes for a key pair, readable by `age -i` and parseIdentityFile. */
export function identityFileText(pair: AgeKeyPair, created = new Date()): string {
  return `# created: ${created.toISOString().replace(/\.\d{3}Z$/, 'Z')}\n# public key: ${pair.recipient}\n${pair.identity}\n`;
}

/**
 * A short id of a recipient set, stable across order, duplicates and case:
 * the first 16 hex digits of SHA-256 over the sorted canonical recipients,
 * one per line, after a domain label. Lets a manifest say "encrypted to the
 * same set as before" without listing keys.
 */
export function ageRecipientsFingerprint(recipients: readonly string[]): string {
  if (recipients.length === 0) throw new UsageError('age: a recipients fingerprint needs at least one recipient');
  const canonical = [...new Set(recipients.map(parseRecipient))].sort();
  return createHash('sha256').update(`bakup age recipients v1\n${canonical.join('\n')}\n`).digest('hex').slice(0, 16);
}
