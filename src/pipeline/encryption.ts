import * as fs from 'node:fs';
import { PassThrough, type Transform } from 'node:stream';
import { ageRecipientsFingerprint, createAgeDecryptStream, createAgeEncryptStream, parseIdentityFile, parseRecipient } from '../formats/age/index.js';
import { UsageError, errorCode } from '../errors.js';
import { registerSecret } from '../util/redact.js';

/**
 * How an artifact is encrypted, as recorded in the manifest (no secrets: age
 * recipients are public keys). Artifacts are plain age files, so the stock
 * `age -d` decrypts any of them.
 */
export type Encryption =
  | { scheme: 'none' }
  | { scheme: 'age'; recipients: string[]; passphrase: boolean; keyId: string };

/** What the user gave to encrypt or decrypt: recipients to write, identities or a passphrase to read. */
export interface EncryptionKeys {
  recipients?: string[];
  identities?: string[];
  passphrase?: string;
}

export function encryptionFor(keys: EncryptionKeys): Encryption {
  const recipients = [...new Set((keys.recipients ?? []).map((r) => parseRecipient(r)))];
  if (!recipients.length && keys.passphrase === undefined) return { scheme: 'none' };
  if (recipients.length && keys.passphrase !== undefined) {
    throw new UsageError('--passphrase: cannot be combined with --encryption-recipients (age files use one or the other); choose one');
  }
  return { scheme: 'age', recipients, passphrase: keys.passphrase !== undefined, keyId: recipients.length ? ageRecipientsFingerprint(recipients) : 'passphrase' };
}

export function encryptor(e: Encryption, keys: EncryptionKeys = {}): Transform {
  if (e.scheme === 'none') return new PassThrough();
  return createAgeEncryptStream(e.passphrase ? { passphrase: keys.passphrase } : { recipients: e.recipients });
}

/** True when `keys` can open artifacts encrypted as `e`. */
export function canDecrypt(e: Encryption, keys: EncryptionKeys = {}): boolean {
  if (e.scheme === 'none') return true;
  return e.passphrase ? keys.passphrase !== undefined : !!keys.identities?.length;
}

export function decryptor(e: Encryption, keys: EncryptionKeys = {}): Transform {
  if (e.scheme === 'none') return new PassThrough();
  if (!canDecrypt(e, keys)) {
    throw new UsageError(
      e.passphrase
        ? 'this backup is encrypted with a passphrase: give --passphrase-file, env BAKUP_PASSPHRASE or the passphrase input'
        : `this backup is encrypted to ${e.recipients.length} age recipient(s) (key id ${e.keyId}): give --identity-file, env BAKUP_AGE_IDENTITY or the identity input`,
    );
  }
  return createAgeDecryptStream(e.passphrase ? { passphrase: keys.passphrase } : { identities: keys.identities });
}

/**
 * Collects keys from files, inputs and the environment (BAKUP_PASSPHRASE,
 * BAKUP_AGE_IDENTITY), registering every secret for redaction.
 */
export function loadKeys(opts: { recipients?: string[]; passphraseFile?: string; passphrase?: string; identityFiles?: string[]; identity?: string }, env: NodeJS.ProcessEnv = process.env): EncryptionKeys {
  const keys: EncryptionKeys = {};
  if (opts.recipients?.length) {
    keys.recipients = opts.recipients.flatMap((r) => r.split(/[\s,]+/)).filter(Boolean);
    // Checked here, so a bad key is reported against the option that carried it before any work starts.
    for (const r of keys.recipients) naming('--encryption-recipients', () => parseRecipient(r));
  }
  let passphrase = opts.passphrase ?? env.BAKUP_PASSPHRASE;
  if (opts.passphraseFile) passphrase = readKeyFile(opts.passphraseFile, '--passphrase-file').replace(/\r?\n$/, '');
  if (passphrase !== undefined) {
    if (passphrase === '') throw new UsageError('passphrase: given but empty; an empty passphrase protects nothing');
    registerSecret(passphrase);
    keys.passphrase = passphrase;
  }
  const identities: string[] = [];
  for (const file of opts.identityFiles ?? []) identities.push(...naming('--identity-file', () => parseIdentityFile(readKeyFile(file, '--identity-file'), file)));
  const inline = opts.identity ?? env.BAKUP_AGE_IDENTITY;
  if (inline) identities.push(...naming(opts.identity !== undefined ? '--identity' : 'BAKUP_AGE_IDENTITY', () => parseIdentityFile(inline, 'the identity')));
  identities.forEach(registerSecret);
  if (identities.length) keys.identities = identities;
  return keys;
}

/** Runs a key parser; its usage errors (`age: …`) name the option the key came from instead. */
function naming<T>(flag: string, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof UsageError && !err.message.startsWith(`${flag}:`)) throw new UsageError(`${flag}: ${err.message.replace(/^age: /, '')}`, { cause: err });
    throw err;
  }
}

function readKeyFile(file: string, flag: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`${flag}: cannot read '${file}' (${errorCode(err) ?? 'error'})`);
  }
}
