import { PassThrough, type Transform } from 'node:stream';
import { UsageError } from '../errors.js';

/**
 * The seam for client-side encryption. Artifacts record how they were
 * encrypted; 'none' is the only scheme this build writes. The age format
 * (X25519 recipients, passphrase) plugs in here.
 */
export type Encryption = { scheme: 'none' };

export function encryptor(e: Encryption): Transform {
  if (e.scheme === 'none') return new PassThrough();
  throw new UsageError(`unsupported encryption scheme '${(e as { scheme: string }).scheme}'`);
}

export function decryptor(e: Encryption): Transform {
  if (e.scheme === 'none') return new PassThrough();
  throw new UsageError(`this backup is encrypted with '${(e as { scheme: string }).scheme}', which this build cannot read`);
}
