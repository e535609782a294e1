import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { bakup, runAction } from '../helpers/cli.js';
import { toolPath } from '../helpers/services.js';
import { diffTrees, makeSampleTree, tempDir } from '../helpers/tree.js';

/** Client-side encryption end to end: our artifacts are age files the stock CLI opens, and restores need the key. */
describe('age encryption through the bundle', () => {
  let work: string;
  let src: string;
  let store: string;
  let keyFile: string;
  let recipient: string;
  let otherKey: string;

  beforeAll(async () => {
    work = await tempDir('enc');
    src = path.join(work, 'src');
    store = path.join(work, 'store');
    await fs.mkdir(src);
    await makeSampleTree(src, 2 * 1024 * 1024);
    keyFile = path.join(work, 'key.txt');
    otherKey = path.join(work, 'other.txt');
    for (const f of [keyFile, otherKey]) expect(spawnSync(toolPath('age-keygen'), ['-o', f], { encoding: 'utf8' }).status).toBe(0);
    recipient = /public key: (age1\S+)/.exec(await fs.readFile(keyFile, 'utf8'))![1]!;
  });
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  it('backs up to a recipient with no secret on the job; restore needs the identity; age -d opens the artifact', async () => {
    const b = await bakup(['backup', '--source', src, '--to', store, '--name', 'enc', '--recipient', recipient, '--compression', 'gzip', '--json']);
    expect(b.code).toBe(0);
    const m = JSON.parse(b.stdout) as { id: string; artifacts: { name: string; encryption: { scheme: string; recipients: string[] } }[] };
    expect(m.artifacts[0]!.name).toBe('files.tar.gz.age');
    expect(m.artifacts[0]!.encryption).toMatchObject({ scheme: 'age', recipients: [recipient] });
    const art = path.join(store, 'enc', m.id, 'files.tar.gz.age');
    // The stock tools read it: age -d | gunzip | tar -t lists the tree.
    const dec = spawnSync(toolPath('age'), ['-d', '-i', keyFile, '-o', path.join(work, 'plain.tar.gz'), art], { encoding: 'utf8' });
    expect(dec.status).toBe(0);
    const listing = spawnSync('tar', ['-tzf', path.join(work, 'plain.tar.gz')], { encoding: 'utf8' });
    expect(listing.stdout).toContain('./a/hello.txt');

    // Without a key: verify checks the stored bytes, restore refuses before touching the target.
    const v = await bakup(['verify', '--from', store, '--name', 'enc']);
    expect(v.code).toBe(0);
    expect(v.stderr).toMatch(/encrypted; stored bytes checked, decryption not attempted/);
    const noKey = await bakup(['restore', '--from', store, '--name', 'enc', '--target', path.join(work, 'nokey')]);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(/encrypted to 1 age recipient\(s\).*--identity-file/);
    await expect(fs.stat(path.join(work, 'nokey'))).rejects.toThrow();

    // The wrong key: one clear line, exit 3, nothing restored.
    const wrong = await bakup(['restore', '--from', store, '--name', 'enc', '--target', path.join(work, 'wrong'), '--identity-file', otherKey]);
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toMatch(/age: no identity matches any recipient/);
    expect(await fs.readdir(path.join(work, 'wrong'))).toEqual([]);

    const target = path.join(work, 'restored');
    const r = await bakup(['restore', '--from', store, '--name', 'enc', '--target', target, '--identity-file', keyFile]);
    expect(r.code).toBe(0);
    expect(await diffTrees(src, target)).toEqual([]);
    expect((await bakup(['verify', '--from', store, '--name', 'enc', '--identity-file', keyFile])).code).toBe(0);
  });

  it('encrypts with a passphrase from the action (masked), restores with it, refuses an empty one', async () => {
    const out = path.join(work, 'out');
    await fs.writeFile(out, '');
    const secret = 'correct horse battery staple 42';
    const b = await runAction({ command: 'backup', source: src, storage: store, name: 'pass', passphrase: secret, compression: 'zstd' }, { GITHUB_OUTPUT: out });
    expect(b.code).toBe(0);
    expect(b.stdout).toContain(`::add-mask::${secret}`);
    const target = path.join(work, 'restored-pass');
    const r = await runAction({ command: 'restore', storage: store, name: 'pass', target, passphrase: secret }, { GITHUB_OUTPUT: out });
    expect(r.code).toBe(0);
    expect(await diffTrees(src, target)).toEqual([]);
    const bad = await runAction({ command: 'restore', storage: store, name: 'pass', target: path.join(work, 'bad-pass'), passphrase: 'not it at all' }, { GITHUB_OUTPUT: out });
    expect(bad.code).toBe(3);
    const pf = path.join(work, 'empty-pass');
    await fs.writeFile(pf, '\n');
    const empty = await bakup(['backup', '--source', src, '--to', store, '--passphrase-file', pf]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/passphrase: given but empty/);
    const mixed = await bakup(['backup', '--source', src, '--to', store, '--recipient', recipient, '--passphrase', 'x1234']);
    expect(mixed.code).toBe(2);
    const malformed = await bakup(['backup', '--source', src, '--to', store, '--recipient', 'age1notarealkey']);
    expect(malformed.code).toBe(2);
  });
});
