import { describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { PassThrough, Readable, type Transform } from 'node:stream';
import { UsageError, VerificationError } from '../../src/errors.js';
import {
  ageRecipientsFingerprint,
  createAgeDecryptStream,
  createAgeEncryptStream,
  generateIdentity,
  parseIdentityFile,
  parseRecipient,
  recipientOf,
  type AgeDecryptOptions,
  type AgeEncryptOptions,
} from '../../src/formats/age/index.js';
import { encodeHeader, wrapX25519 } from '../../src/formats/age/header.js';
import { bech32Decode, bech32Encode } from '../../src/formats/age/keys.js';
import { aeadSeal, hkdf32 } from '../../src/formats/age/primitives.js';

const KiB = 1024;
const CHUNK = 64 * KiB;
const SEALED = CHUNK + 16;

/** Feeds `data` in pieces of varying size, so chunk boundaries fall everywhere. */
function pieces(data: Buffer, seed = 7): Readable {
  const out: Buffer[] = [];
  let x = seed;
  for (let off = 0; off < data.length; ) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    const n = Math.min(data.length - off, 1 + (x % 100_000));
    out.push(data.subarray(off, off + n));
    off += n;
  }
  return Readable.from(out);
}

async function collect(r: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of r) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function run(input: Readable, t: Transform): Promise<Buffer> {
  return collect(input.pipe(t));
}

/** Runs input through t, keeping what was emitted before an error, and the error. */
async function runUntilError(input: Readable, t: Transform): Promise<{ out: Buffer; err: unknown }> {
  const chunks: Buffer[] = [];
  input.on('error', (e) => t.destroy(e));
  input.pipe(t);
  try {
    for await (const c of t) chunks.push(c as Buffer);
  } catch (err) {
    return { out: Buffer.concat(chunks), err };
  }
  return { out: Buffer.concat(chunks), err: undefined };
}

const enc = (data: Buffer, o: AgeEncryptOptions) => run(pieces(data), createAgeEncryptStream(o));
const dec = (data: Buffer, o: AgeDecryptOptions) => run(pieces(data, 3), createAgeDecryptStream(o));

function headerLength(file: Buffer): number {
  const mac = file.indexOf('\n--- ');
  return file.indexOf(0x0a, mac + 1) + 1;
}

/** Sealed payload size for n plaintext bytes: one tag per chunk, at least one chunk. */
function sealedSize(n: number): number {
  return n + 16 * Math.max(1, Math.ceil(n / CHUNK));
}

const alice = generateIdentity();
const bob = generateIdentity();
const carol = generateIdentity();

describe('age keys', () => {
  it('matches the spec test vector and age-keygen key shapes', () => {
    const specIdentity = 'AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX';
    expect(bech32Decode(specIdentity)!.data.equals(Buffer.alloc(32, 0x42))).toBe(true);
    expect(recipientOf(specIdentity)).toBe('age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj');
    expect(alice.identity).toMatch(/^AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}$/);
    expect(alice.recipient).toMatch(/^age1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58}$/);
    expect(recipientOf(alice.identity)).toBe(alice.recipient);
    expect(alice.recipient).not.toBe(bob.recipient);
  });

  it('passes the BIP 173 Bech32 vectors', () => {
    for (const s of ['A12UEL5L', 'a12uel5l', 'abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw', 'split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w']) {
      const d = bech32Decode(s);
      expect(d).toBeDefined();
      expect(bech32Encode(d!.hrp, d!.data)).toBe(s);
    }
    for (const s of ['A1G7SGD8', '10a06t8', '1qzzfhee', 'x1b4n0q5v', 'li1dgmt3', 'a12UEL5L']) expect(bech32Decode(s)).toBeUndefined();
  });

  it('validates recipients with one line naming the input', () => {
    expect(parseRecipient(`  ${alice.recipient}\n`)).toBe(alice.recipient);
    const flipped = alice.recipient.slice(0, 10) + (alice.recipient[10] === 'q' ? 'p' : 'q') + alice.recipient.slice(11);
    for (const bad of ['age1xyz', flipped, alice.recipient.toUpperCase(), 'ssh-ed25519 AAAAC3Nza', '', alice.identity]) {
      expect(() => parseRecipient(bad)).toThrow(UsageError);
    }
    expect(() => parseRecipient(flipped)).toThrow(`age: malformed recipient "${flipped}"`);
    expect(() => parseRecipient(alice.identity)).toThrow('age: malformed recipient given as a secret key (AGE-SECRET-KEY-…), not a public recipient');
    expect(() => parseRecipient('hunter2 passphrase')).toThrow("age: malformed recipient (a 18-character value not starting with 'age1', not shown)");
  });

  it('reads identity files with comments, blank lines, CRLF and several keys', () => {
    const text = `# created: 2026-11-26T00:00:00Z\n# public key: ${alice.recipient}\n${alice.identity}\r\n\n# second\n${bob.identity}\n`;
    expect(parseIdentityFile(text)).toEqual([alice.identity, bob.identity]);
  });

  it('rejects bad identity files without echoing the key', () => {
    const broken = `${alice.identity.slice(0, -1)}${alice.identity.endsWith('Q') ? 'P' : 'Q'}`;
    expect(() => parseIdentityFile(`# x\n${broken}\n`, 'keys.txt')).toThrow('age: keys.txt line 2 is not an age X25519 identity');
    try {
      parseIdentityFile(`${broken}\n`);
    } catch (err) {
      expect((err as Error).message).not.toContain(broken.slice(16, 40));
    }
    expect(() => parseIdentityFile('# only a comment\n\n', 'keys.txt')).toThrow('age: keys.txt contains no identities');
    expect(() => parseIdentityFile(`${alice.recipient}\n`)).toThrow(UsageError);
    expect(() => parseIdentityFile('-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n')).toThrow(/PEM\/SSH key/);
  });

  it('fingerprints a recipient set independently of order, case of whitespace and duplicates', () => {
    const f = ageRecipientsFingerprint([alice.recipient, bob.recipient]);
    expect(f).toMatch(/^[0-9a-f]{16}$/);
    expect(ageRecipientsFingerprint([` ${bob.recipient}`, alice.recipient, bob.recipient])).toBe(f);
    expect(ageRecipientsFingerprint([alice.recipient])).not.toBe(f);
    expect(ageRecipientsFingerprint([alice.recipient, carol.recipient])).not.toBe(f);
    expect(() => ageRecipientsFingerprint(['age1nope'])).toThrow(UsageError);
  });
});

describe('age encryption options', () => {
  it('refuses bad combinations with UsageError', () => {
    expect(() => createAgeEncryptStream({ recipients: [alice.recipient], passphrase: 'x' })).toThrow(/cannot be combined with recipients/);
    expect(() => createAgeEncryptStream({ passphrase: '' })).toThrow('age: the passphrase is empty');
    expect(() => createAgeEncryptStream({})).toThrow(/nothing to encrypt to/);
    expect(() => createAgeEncryptStream({ recipients: [] })).toThrow(UsageError);
    expect(() => createAgeEncryptStream({ passphrase: 'x', scryptWorkFactor: 23 })).toThrow(/work factor 23 is invalid/);
    expect(() => createAgeEncryptStream({ passphrase: 'x', scryptWorkFactor: 1.5 })).toThrow(UsageError);
    expect(() => createAgeEncryptStream({ recipients: ['age1bad'] })).toThrow(/malformed recipient "age1bad"/);
    expect(() => createAgeDecryptStream({})).toThrow(/nothing to decrypt with/);
    expect(() => createAgeDecryptStream({ passphrase: '' })).toThrow(UsageError);
    expect(() => createAgeDecryptStream({ identities: [alice.recipient] })).toThrow(/identity 1 is not an age X25519 identity/);
  });
});

describe('age round trips', () => {
  const sizes = [0, 1, 100, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 5];
  for (const n of sizes) {
    it(`${n} bytes to one recipient`, async () => {
      const data = randomBytes(n);
      const file = await enc(data, { recipients: [alice.recipient] });
      const h = headerLength(file);
      expect(file.subarray(0, h).toString()).toMatch(/^age-encryption\.org\/v1\n-> X25519 [A-Za-z0-9+/]{43}\n[A-Za-z0-9+/]{43}\n--- [A-Za-z0-9+/]{43}\n$/);
      expect(file.length - h).toBe(16 + sealedSize(n));
      expect((await dec(file, { identities: [alice.identity] })).equals(data)).toBe(true);
    });
  }

  it('streams several MiB: ciphertext flows before the input ends, and decrypts in small pieces', async () => {
    const total = 6 * 1024 * KiB + 12345;
    const block = randomBytes(1024 * KiB);
    const source = new PassThrough();
    const encrypt = createAgeEncryptStream({ recipients: [alice.recipient] });
    source.pipe(encrypt);
    const hash = createHash('sha256');
    let emittedBeforeEnd = 0;
    let inputEnded = false;
    const cipherChunks: Buffer[] = [];
    encrypt.on('data', (c: Buffer) => {
      cipherChunks.push(c);
      if (!inputEnded) emittedBeforeEnd += c.length;
    });
    const done = new Promise((resolve, reject) => encrypt.on('end', resolve).on('error', reject));
    for (let sent = 0; sent < total; ) {
      const piece = block.subarray(0, Math.min(block.length, total - sent));
      hash.update(piece);
      if (!source.write(piece)) await new Promise((r) => source.once('drain', r));
      sent += piece.length;
      await new Promise((r) => setImmediate(r));
    }
    inputEnded = true;
    source.end();
    await done;
    expect(emittedBeforeEnd).toBeGreaterThan(5 * 1024 * KiB);
    const file = Buffer.concat(cipherChunks);
    const plain = await run(Readable.from((function* () {
      for (let off = 0; off < file.length; off += 4099) yield file.subarray(off, off + 4099);
    })()), createAgeDecryptStream({ identities: [alice.identity] }));
    expect(plain.length).toBe(total);
    expect(createHash('sha256').update(plain).digest('hex')).toBe(hash.digest('hex'));
  });

  it('encrypts to several recipients, each of whom can decrypt; others cannot', async () => {
    const data = randomBytes(200 * KiB);
    const file = await enc(data, { recipients: [alice.recipient, bob.recipient, alice.recipient] });
    expect(file.subarray(0, headerLength(file)).toString().match(/^-> X25519 /gm)).toHaveLength(2);
    expect((await dec(file, { identities: [alice.identity] })).equals(data)).toBe(true);
    expect((await dec(file, { identities: [carol.identity, bob.identity] })).equals(data)).toBe(true);
    await expect(dec(file, { identities: [carol.identity] })).rejects.toThrow(
      new VerificationError('age: no identity matches any recipient of this file (2 recipients, 1 identity tried)'),
    );
  });

  it('encrypts with a passphrase (scrypt stanza alone) and refuses the wrong secret', async () => {
    const data = randomBytes(CHUNK + 7);
    const file = await enc(data, { passphrase: 'correct horse battery staple', scryptWorkFactor: 10 });
    const header = file.subarray(0, headerLength(file)).toString();
    expect(header).toMatch(/^age-encryption\.org\/v1\n-> scrypt [A-Za-z0-9+/]{22} 10\n[A-Za-z0-9+/]{43}\n--- /);
    expect((await dec(file, { passphrase: 'correct horse battery staple' })).equals(data)).toBe(true);
    await expect(dec(file, { passphrase: 'wrong' })).rejects.toThrow(/^age: wrong passphrase/);
    await expect(dec(file, { identities: [alice.identity] })).rejects.toThrow(/passphrase-encrypted/);
    const toAlice = await enc(data, { recipients: [alice.recipient] });
    await expect(dec(toAlice, { passphrase: 'x' })).rejects.toThrow(/give an identity/);
  });

  it('uses work factor 18 by default, like age', async () => {
    const file = await enc(Buffer.from('x'), { passphrase: 'p' });
    expect(file.subarray(0, headerLength(file)).toString()).toMatch(/\n-> scrypt [A-Za-z0-9+/]{22} 18\n/);
    expect((await dec(file, { passphrase: 'p' })).toString()).toBe('x');
  }, 60_000);
});

describe('age headers written by others', () => {
  it('ignores unknown stanzas, including bodies of exactly 64 columns (empty final line)', async () => {
    const fileKey = randomBytes(16);
    const grease = { args: ['example.com/grease', 'a+b', '!'], body: randomBytes(48) };
    const header = encodeHeader([grease, wrapX25519(fileKey, bech32Decode(alice.recipient)!.data)], fileKey);
    expect(header.toString('latin1')).toMatch(/^-> example\.com\/grease a\+b !\n[A-Za-z0-9+/]{64}\n\n-> X25519 /m);
    const nonce = randomBytes(16);
    const last = Buffer.alloc(12);
    last[11] = 1;
    const file = Buffer.concat([header, nonce, aeadSeal(hkdf32(fileKey, nonce, 'payload'), last, Buffer.from('hello'))]);
    expect((await dec(file, { identities: [alice.identity] })).toString()).toBe('hello');
    // Without the empty final line the stanza is malformed.
    const broken = Buffer.from(file.toString('latin1').replace(/\n\n-> X25519/, '\n-> X25519'), 'latin1');
    await expect(dec(broken, { identities: [alice.identity] })).rejects.toThrow('age: malformed header: stanza 1 body does not end with a short line');
  });
});

describe('age tamper and truncation detection', () => {
  const data = randomBytes(4 * CHUNK + 999); // 5 chunks: 0..3 full, 4 short
  let file: Buffer;
  let h: number;
  const opts = { identities: [alice.identity] };

  async function fileOnce(): Promise<Buffer> {
    if (!file) {
      file = await enc(data, { recipients: [alice.recipient, bob.recipient] });
      h = headerLength(file);
    }
    return file;
  }
  const chunkStart = (i: number) => h + 16 + i * SEALED;

  function flipped(at: number): Buffer {
    const f = Buffer.from(file);
    f[at] = f[at]! ^ 0x01;
    return f;
  }

  it('detects a changed header MAC and a changed stanza of another recipient', async () => {
    await fileOnce();
    const text = file.subarray(0, h).toString('latin1');
    const macAt = text.indexOf('\n--- ') + 5 + 10;
    const f = Buffer.from(file);
    f[macAt] = f[macAt] === 0x41 ? 0x42 : 0x41; // another base64 letter, still canonical
    await expect(dec(f, opts)).rejects.toThrow(new VerificationError('age: header MAC mismatch (the header was corrupted or tampered with)'));
    // Bob's stanza is the second one; alice can still unwrap hers, the MAC catches the change.
    const bobShare = text.indexOf('-> X25519 ', text.indexOf('-> X25519 ') + 1) + 10 + 5;
    const g = Buffer.from(file);
    g[bobShare] = g[bobShare] === 0x41 ? 0x42 : 0x41;
    await expect(dec(g, opts)).rejects.toThrow(/header MAC mismatch/);
  });

  it('rejects any flipped header byte', async () => {
    await fileOnce();
    for (let at = 0; at < h; at += 7) {
      await expect(dec(flipped(at), opts)).rejects.toThrow(VerificationError);
    }
  });

  it('emits nothing past a tampered middle chunk, and names it', async () => {
    await fileOnce();
    const { out, err } = await runUntilError(pieces(flipped(chunkStart(2) + 100)), createAgeDecryptStream(opts));
    expect(err).toEqual(new VerificationError('age: payload chunk 2 failed authentication (the data was corrupted or tampered with, or is not from this file)'));
    expect(out.equals(data.subarray(0, 2 * CHUNK))).toBe(true);
  });

  it('detects a flipped byte in the last chunk, its tag, and the payload nonce', async () => {
    await fileOnce();
    await expect(dec(flipped(chunkStart(4) + 5), opts)).rejects.toThrow(/payload chunk 4 failed authentication/);
    await expect(dec(flipped(file.length - 1), opts)).rejects.toThrow(/payload chunk 4 failed authentication/);
    await expect(dec(flipped(h + 3), opts)).rejects.toThrow(/payload chunk 0 failed authentication/);
  });

  it('fails on truncation at a chunk boundary, inside a chunk, after the header, and on extra bytes', async () => {
    await fileOnce();
    const atBoundary = file.subarray(0, chunkStart(3));
    const { out, err } = await runUntilError(pieces(atBoundary), createAgeDecryptStream(opts));
    expect(err).toEqual(new VerificationError('age: truncated (missing final chunk: the input ends after chunk 2)'));
    expect(out.equals(data.subarray(0, 2 * CHUNK))).toBe(true); // chunk 2 is held back: it never verified as final
    await expect(dec(file.subarray(0, chunkStart(3) + 500), opts)).rejects.toThrow(/payload chunk 3 failed authentication/);
    await expect(dec(file.subarray(0, chunkStart(0)), opts)).rejects.toThrow('age: truncated (missing final chunk)');
    await expect(dec(file.subarray(0, h + 5), opts)).rejects.toThrow(/inside the payload nonce/);
    await expect(dec(file.subarray(0, h - 10), opts)).rejects.toThrow(/truncated header/);
    await expect(dec(file.subarray(0, chunkStart(4) + 10), opts)).rejects.toThrow(/shorter than its tag/);
    await expect(dec(Buffer.concat([file, Buffer.from('x')]), opts)).rejects.toThrow(/payload chunk 4 failed authentication/);
  });

  it('reports data after a full final chunk, and a truncated empty-final-chunk edge', async () => {
    const exact = randomBytes(2 * CHUNK);
    const f = await enc(exact, { recipients: [alice.recipient] });
    expect((await dec(f, opts)).equals(exact)).toBe(true);
    await expect(dec(Buffer.concat([f, Buffer.alloc(20)]), opts)).rejects.toThrow('age: unexpected data after the final payload chunk (1)');
    await expect(dec(f.subarray(0, f.length - SEALED), opts)).rejects.toThrow(/missing final chunk: the input ends after chunk 0/);
  });

  it('says what a non-age input is', async () => {
    await expect(dec(Buffer.from('hello world, not encrypted\n'), opts)).rejects.toThrow('age: input is not an age file');
    await expect(dec(Buffer.from('-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n'), opts)).rejects.toThrow(/ASCII-armored/);
    await expect(dec(Buffer.from('age-encryption.org/v2\n-> X 1\n\n--- x\n'), opts)).rejects.toThrow(/unsupported format version "v2"/);
    await expect(dec(Buffer.alloc(0), opts)).rejects.toThrow('age: input is empty, not an age file');
    await expect(dec(Buffer.concat([Buffer.from('age-encryption.org/v1\n'), Buffer.alloc(2 << 20, 0x41)]), opts)).rejects.toThrow(/header larger than 1 MiB/);
  });

  it('rejects a header mixing scrypt with another stanza', async () => {
    const pw = await enc(Buffer.from('secret'), { passphrase: 'p', scryptWorkFactor: 10 });
    const toAlice = await enc(Buffer.from('secret'), { recipients: [alice.recipient] });
    const aliceText = toAlice.subarray(0, headerLength(toAlice)).toString('latin1');
    const aliceStanza = aliceText.slice(aliceText.indexOf('-> '), aliceText.indexOf('\n--- ') + 1);
    const pwText = pw.toString('latin1');
    const mixed = Buffer.from(pwText.replace('\n--- ', `\n${aliceStanza}--- `), 'latin1');
    await expect(dec(mixed, { passphrase: 'p', identities: [alice.identity] })).rejects.toThrow(/scrypt stanza must be the only stanza/);
  });
});
