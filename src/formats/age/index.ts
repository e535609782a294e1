import type { Transform } from 'node:stream';
import { UsageError } from '../../errors.js';
import { DEFAULT_SCRYPT_WORK_FACTOR, MAX_SCRYPT_WORK_FACTOR } from './header.js';
import { decodeIdentity, decodeRecipient, parseRecipient } from './keys.js';
import { x25519PublicKey } from './primitives.js';
import { AgeDecryptStream, AgeEncryptStream } from './stream.js';

/**
 * The age v1 file format (https://age-encryption.org/v1, summarized in
 * SPEC.md beside this file), natively on node:crypto: what we write, the
 * stock `age` CLI decrypts, and the reverse.
 */

export { ageRecipientsFingerprint, generateIdentity, parseIdentityFile, parseRecipient, recipientOf } from './keys.js';
export type { AgeKeyPair } from './keys.js';

export interface AgeEncryptOptions {
  /** `age1…` X25519 recipients. */
  recipients?: string[];
  /** Alternative to recipients, never together with them (age's rule). */
  passphrase?: string;
  /** log2 of scrypt's N for a passphrase; default 18 as age, at most 22 (what age accepts when decrypting). */
  scryptWorkFactor?: number;
}

export interface AgeDecryptOptions {
  /** `AGE-SECRET-KEY-1…` strings (parseIdentityFile reads an identity file into these). */
  identities?: string[];
  passphrase?: string;
}

function checkPassphrase(passphrase: string | undefined): void {
  if (passphrase !== undefined && passphrase.length === 0) {
    throw new UsageError('age: the passphrase is empty; give a non-empty passphrase');
  }
}

/** Plaintext in, age file out; constant memory (one 64 KiB chunk). Bad options throw UsageError here. */
export function createAgeEncryptStream(opts: AgeEncryptOptions): Transform {
  const recipients = opts.recipients ?? [];
  checkPassphrase(opts.passphrase);
  if (opts.passphrase !== undefined && recipients.length > 0) {
    throw new UsageError(
      'age: a passphrase cannot be combined with recipients (in the age format a passphrase-encrypted file has exactly one, scrypt, stanza); use either recipients or a passphrase',
    );
  }
  if (opts.passphrase === undefined && recipients.length === 0) {
    throw new UsageError('age: nothing to encrypt to: give at least one recipient (age1…) or a passphrase');
  }
  const workFactor = opts.scryptWorkFactor ?? DEFAULT_SCRYPT_WORK_FACTOR;
  if (!Number.isInteger(workFactor) || workFactor < 1 || workFactor > MAX_SCRYPT_WORK_FACTOR) {
    throw new UsageError(`age: scrypt work factor ${String(opts.scryptWorkFactor)} is invalid: expected an integer from 1 to ${MAX_SCRYPT_WORK_FACTOR} (default ${DEFAULT_SCRYPT_WORK_FACTOR})`);
  }
  // The same recipient twice would only add an identical-purpose stanza.
  const unique = [...new Set(recipients.map(parseRecipient))];
  return new AgeEncryptStream({
    recipients: unique.map(decodeRecipient),
    passphrase: opts.passphrase,
    scryptWorkFactor: workFactor,
  });
}

/**
 * age file in, plaintext out, streaming. Verifies the header MAC and every
 * chunk's tag before emitting it; any failure (wrong key, tampering,
 * truncation) is a VerificationError with one line.
 */
export function createAgeDecryptStream(opts: AgeDecryptOptions): Transform {
  checkPassphrase(opts.passphrase);
  const identities = (opts.identities ?? []).map((text, i) => {
    const secret = decodeIdentity(text, `identity ${i + 1}`);
    return { secret, publicKey: x25519PublicKey(secret) };
  });
  if (identities.length === 0 && opts.passphrase === undefined) {
    throw new UsageError('age: nothing to decrypt with: give an identity (AGE-SECRET-KEY-1…) or a passphrase');
  }
  return new AgeDecryptStream({ identities, passphrase: opts.passphrase });
}
