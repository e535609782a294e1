import * as crypto from 'node:crypto';

/**
 * The cryptographic building blocks of age v1 (SPEC.md), on node:crypto only:
 * HKDF-SHA-256, ChaCha20-Poly1305, X25519, scrypt and the strict unpadded
 * base64 the header uses.
 */

export const FILE_KEY_SIZE = 16;
export const TAG_SIZE = 16;
const ZERO_NONCE = Buffer.alloc(12);

/** HKDF-SHA-256 with a 32-byte output, as every age key derivation uses. */
export function hkdf32(ikm: Uint8Array, salt: Uint8Array, info: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', ikm, salt, info, 32));
}

/**
 * A key for many AEAD operations. A KeyObject makes each createCipheriv about
 * ten times cheaper than a raw Buffer key, which matters with one cipher per
 * 64 KiB chunk.
 */
export function aeadKey(raw: Uint8Array): crypto.KeyObject {
  return crypto.createSecretKey(raw);
}

type AeadKey = Uint8Array | crypto.KeyObject;

/** ChaCha20-Poly1305 seal: the ciphertext and the 16-byte tag, as two buffers (no copy to join them). */
export function aeadSealParts(key: AeadKey, nonce: Uint8Array, plaintext: Uint8Array): [Buffer, Buffer] {
  const cipher = crypto.createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_SIZE });
  const body = cipher.update(plaintext);
  cipher.final();
  return [body, cipher.getAuthTag()];
}

/** ChaCha20-Poly1305 seal: ciphertext followed by the 16-byte tag. */
export function aeadSeal(key: AeadKey, nonce: Uint8Array, plaintext: Uint8Array): Buffer {
  return Buffer.concat(aeadSealParts(key, nonce, plaintext));
}

/** ChaCha20-Poly1305 open; undefined when the tag does not verify (callers choose the message). */
export function aeadOpen(key: AeadKey, nonce: Uint8Array, sealed: Uint8Array): Buffer | undefined {
  if (sealed.length < TAG_SIZE) return undefined;
  const decipher = crypto.createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_SIZE });
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_SIZE));
  const body = decipher.update(sealed.subarray(0, sealed.length - TAG_SIZE));
  try {
    decipher.final();
  } catch {
    return undefined;
  }
  return body;
}

/** Key wrapping in stanzas uses a fixed all-zero nonce: every wrap key is used once. */
export function wrapFileKey(wrapKey: Uint8Array, fileKey: Uint8Array): Buffer {
  return aeadSeal(wrapKey, ZERO_NONCE, fileKey);
}

export function unwrapFileKey(wrapKey: Uint8Array, body: Uint8Array): Buffer | undefined {
  const key = aeadOpen(wrapKey, ZERO_NONCE, body);
  return key && key.length === FILE_KEY_SIZE ? key : undefined;
}

// node:crypto takes raw X25519 keys only wrapped in DER (PKCS#8 / SPKI with OID 1.3.101.110).
const PKCS8_X25519_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_X25519_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');

function privateKeyObject(secret: Uint8Array): crypto.KeyObject {
  return crypto.createPrivateKey({ key: Buffer.concat([PKCS8_X25519_PREFIX, secret]), format: 'der', type: 'pkcs8' });
}

function publicKeyObject(publicKey: Uint8Array): crypto.KeyObject {
  return crypto.createPublicKey({ key: Buffer.concat([SPKI_X25519_PREFIX, publicKey]), format: 'der', type: 'spki' });
}

/** X25519(secret, basepoint): the public key of a 32-byte secret. */
export function x25519PublicKey(secret: Uint8Array): Buffer {
  const spki = crypto.createPublicKey(privateKeyObject(secret)).export({ format: 'der', type: 'spki' });
  return Buffer.from(spki.subarray(spki.length - 32));
}

/** X25519(secret, publicKey). All-zero results (low-order points) are the caller's to refuse. */
export function x25519(secret: Uint8Array, publicKey: Uint8Array): Buffer {
  return crypto.diffieHellman({ privateKey: privateKeyObject(secret), publicKey: publicKeyObject(publicKey) });
}

export function isAllZero(b: Uint8Array): boolean {
  let acc = 0;
  for (const x of b) acc |= x;
  return acc === 0;
}

/** scrypt with r = 8, p = 1, as age fixes them; runs on the libuv pool so the event loop stays free. */
export function scrypt32(passphrase: string, salt: Uint8Array, logN: number): Promise<Buffer> {
  const N = 2 ** logN;
  // scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is below age's default work factor.
  const maxmem = 128 * N * 8 + 32 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    crypto.scrypt(Buffer.from(passphrase, 'utf8'), salt, 32, { N, r: 8, p: 1, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

export function hmacSha256(key: Uint8Array, data: Uint8Array): Buffer {
  return crypto.createHmac('sha256', key).update(data).digest();
}

const B64_CHARS = /^[A-Za-z0-9+/]*$/;

/** Standard base64 without padding (RFC 4648 §4, '=' removed). */
export function b64encode(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64').replace(/=+$/, '');
}

/**
 * Strict decoding: only the base64 alphabet, no padding, and canonical (the
 * unused low bits of the last character are zero), as the spec requires;
 * Buffer.from(…, 'base64') alone accepts all of these.
 */
export function b64decode(s: string): Buffer | undefined {
  if (!B64_CHARS.test(s) || s.length % 4 === 1) return undefined;
  const out = Buffer.from(s, 'base64');
  return b64encode(out) === s ? out : undefined;
}
