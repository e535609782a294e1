import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { VerificationError } from '../../src/errors.js';
import {
  createAgeDecryptStream,
  createAgeEncryptStream,
  generateIdentity,
  parseIdentityFile,
  recipientOf,
} from '../../src/formats/age/index.js';
import { AGE_TTY_DRIVER } from '../helpers/age.js';
import { toolPath } from '../helpers/services.js';

/**
 * Interop with the real `age` CLI (Debian age 1.1.1, via scripts/test-services):
 * what we write, `age -d` reads, and what `age` writes, we read, for X25519
 * recipients and for passphrases. age reads passphrases only from a terminal,
 * so the passphrase cases run it under a pseudo-terminal (Python's pty module,
 * the same Python the test services use), answering its prompts.
 */

const CHUNK = 64 * 1024;
let AGE: string;
let AGE_KEYGEN: string;
let dir: string;


function runBytes(cmd: string, args: string[], env?: Record<string, string>): Buffer {
  const res = spawnSync(cmd, args, { env: { ...process.env, ...env }, timeout: 120_000, maxBuffer: 64 << 20 });
  if (res.status !== 0) throw new Error(`${path.basename(cmd)} ${args.join(' ')} exited ${res.status}: ${res.stderr.toString()}`);
  return res.stdout;
}

function run(cmd: string, args: string[], env?: Record<string, string>): string {
  return runBytes(cmd, args, env).toString('utf8');
}

function runWithPassphrase(passphrase: string, args: string[]): void {
  run('python3', ['-c', AGE_TTY_DRIVER, AGE, ...args], { AGE_TEST_PASSPHRASE: passphrase });
}

async function through(input: string, t: Transform, output: string): Promise<void> {
  await pipeline(createReadStream(input, { highWaterMark: 100_000 }), t, createWriteStream(output));
}

async function sha256(file: string): Promise<string> {
  const h = createHash('sha256');
  await pipeline(createReadStream(file), h);
  return h.digest('hex');
}

/** Writes `size` random bytes to a new file and returns its path. */
async function plainFile(name: string, size: number): Promise<string> {
  const p = path.join(dir, name);
  await writeFile(p, randomBytes(size));
  return p;
}

const SIZES = [0, 1, CHUNK, CHUNK + 1, 5 * 1024 * 1024 + 3];

describe('age interop with the age CLI', () => {
  let cliKeyFile: string;
  let cliRecipient: string;

  beforeAll(async () => {
    AGE = toolPath('age');
    AGE_KEYGEN = toolPath('age-keygen');
    dir = await mkdtemp(path.join(tmpdir(), 'bakup-age-'));
    cliKeyFile = path.join(dir, 'cli-key.txt');
    run(AGE_KEYGEN, ['-o', cliKeyFile]);
    cliRecipient = run(AGE_KEYGEN, ['-y', cliKeyFile]).trim();
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('reads age-keygen identity files and derives the same recipient as age-keygen -y', async () => {
    const ids = parseIdentityFile(await readFile(cliKeyFile, 'utf8'), cliKeyFile);
    expect(ids).toHaveLength(1);
    expect(recipientOf(ids[0]!)).toBe(cliRecipient);
    const ours = generateIdentity();
    const ourKeyFile = path.join(dir, 'our-key.txt');
    await writeFile(ourKeyFile, `# created by bakup\n${ours.identity}\n`);
    expect(run(AGE_KEYGEN, ['-y', ourKeyFile]).trim()).toBe(ours.recipient);
  });

  for (const size of SIZES) {
    it(`our encryption of ${size} bytes to several recipients decrypts with age -d -i`, async () => {
      const plain = await plainFile(`ours-${size}`, size);
      const other = generateIdentity();
      const encrypted = `${plain}.age`;
      await through(plain, createAgeEncryptStream({ recipients: [other.recipient, cliRecipient] }), encrypted);
      // To stdout: with -o, age creates no file at all for an empty plaintext.
      const out = runBytes(AGE, ['-d', '-i', cliKeyFile, encrypted]);
      expect(out.length).toBe(size);
      expect(createHash('sha256').update(out).digest('hex')).toBe(await sha256(plain));
    });

    it(`age -R of ${size} bytes decrypts with our stream`, async () => {
      const plain = await plainFile(`cli-${size}`, size);
      const other = generateIdentity();
      const recipientsFile = path.join(dir, `recipients-${size}.txt`);
      await writeFile(recipientsFile, `# two recipients\n${other.recipient}\n${cliRecipient}\n`);
      const encrypted = `${plain}.age`;
      run(AGE, ['-e', '-R', recipientsFile, '-o', encrypted, plain]);
      const identities = parseIdentityFile(await readFile(cliKeyFile, 'utf8'));
      const out = `${plain}.out`;
      await through(encrypted, createAgeDecryptStream({ identities }), out);
      expect(await sha256(out)).toBe(await sha256(plain));
      // The other recipient's identity opens it too; an unrelated one does not.
      await through(encrypted, createAgeDecryptStream({ identities: [other.identity] }), `${out}2`);
      expect(await sha256(`${out}2`)).toBe(await sha256(plain));
      await expect(
        through(encrypted, createAgeDecryptStream({ identities: [generateIdentity().identity] }), `${out}3`),
      ).rejects.toThrow(/^age: no identity matches any recipient of this file/);
    });
  }

  it('age -r files truncated at a chunk boundary fail in our reader, as in age', async () => {
    const plain = await plainFile('cut', 3 * CHUNK + 10);
    const encrypted = `${plain}.age`;
    run(AGE, ['-e', '-r', cliRecipient, '-o', encrypted, plain]);
    const bytes = await readFile(encrypted);
    const headerEnd = bytes.indexOf(0x0a, bytes.indexOf('\n--- ') + 1) + 1;
    const cut = path.join(dir, 'cut.age');
    await writeFile(cut, bytes.subarray(0, headerEnd + 16 + 2 * (CHUNK + 16)));
    const identities = parseIdentityFile(await readFile(cliKeyFile, 'utf8'));
    await expect(through(cut, createAgeDecryptStream({ identities }), `${cut}.out`)).rejects.toThrow(
      new VerificationError('age: truncated (missing final chunk: the input ends after chunk 1)'),
    );
    const res = spawnSync(AGE, ['-d', '-i', cliKeyFile, '-o', `${cut}.cli`, cut], { encoding: 'utf8' });
    expect(res.status).not.toBe(0);
  });

  it('our passphrase encryption decrypts with age -d (passphrase typed on a pty)', async () => {
    const plain = await plainFile('pw-ours', 3 * CHUNK + 77);
    const encrypted = `${plain}.age`;
    await through(plain, createAgeEncryptStream({ passphrase: 'tr0ub4dor & 3', scryptWorkFactor: 10 }), encrypted);
    runWithPassphrase('tr0ub4dor & 3', ['-d', '-o', `${plain}.out`, encrypted]);
    expect(await sha256(`${plain}.out`)).toBe(await sha256(plain));
  });

  it('age -p files (work factor 18) decrypt with our stream; a wrong passphrase fails', async () => {
    const plain = await plainFile('pw-cli', 2 * CHUNK);
    const encrypted = `${plain}.age`;
    runWithPassphrase('correct horse', ['-p', '-o', encrypted, plain]);
    expect((await readFile(encrypted)).subarray(0, 80).toString('latin1')).toMatch(/\n-> scrypt [A-Za-z0-9+/]{22} 18\n/);
    await through(encrypted, createAgeDecryptStream({ passphrase: 'correct horse' }), `${plain}.out`);
    expect(await sha256(`${plain}.out`)).toBe(await sha256(plain));
    await expect(through(encrypted, createAgeDecryptStream({ passphrase: 'incorrect horse' }), `${plain}.bad`)).rejects.toThrow(
      /^age: wrong passphrase/,
    );
  }, 120_000);
});
