import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OPTIONS, inputNameOf } from '../../src/config/options.js';
import { storageFields } from '../../src/config/schema.js';
import { VERSION } from '../../src/version.js';
import { REPO_ROOT } from '../helpers/services.js';

/** Reads the top-level keys of a block (`inputs:` / `outputs:`) of action.yml. */
function blockKeys(yml: string, block: string): string[] {
  const lines = yml.split('\n');
  const start = lines.findIndex((l) => l === `${block}:`);
  const keys: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (/^\S/.test(l)) break;
    const m = /^ {2}([a-z0-9-]+):\s*$/.exec(l);
    if (m) keys.push(m[1]!);
  }
  return keys;
}

describe('the action and the CLI share one contract', () => {
  const yml = fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8');

  it('has an action input of the same name for every CLI option (storage stands for --to/--from, copy-to for copy --to)', () => {
    const inputs = blockKeys(yml, 'inputs');
    const expected = new Set(['command', ...OPTIONS.filter((o) => o.name !== 'json').flatMap((o) => o.commands.map((c) => inputNameOf(o.name, c)))]);
    expect(new Set(inputs)).toEqual(expected);
    expect(inputNameOf('to', 'copy')).toBe('copy-to');
    expect(inputNameOf('from', 'copy')).toBe('storage');
  });

  it('gives every cloud store setting a flag named after its StorageOptions key', () => {
    const settings = OPTIONS.filter((o) => o.storage);
    expect(settings.length).toBeGreaterThan(25);
    for (const o of settings) expect(o.name.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase())).toBe(o.storage);
    expect(Object.keys(storageFields).sort()).toEqual(settings.map((o) => o.name).sort());
    // docs/STORAGE.md documents each of them by its key.
    const doc = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'STORAGE.md'), 'utf8');
    for (const o of settings) expect(doc).toContain(`\`${o.storage}\``);
  });

  it('declares the outputs the action sets and runs on node24 from dist/index.js', () => {
    expect(blockKeys(yml, 'outputs').sort()).toEqual(['backup-id', 'duration-seconds', 'manifest', 'rpo-seconds', 'rto-seconds', 'size-bytes', 'verdict']);
    expect(yml).toMatch(/runs:\n {2}using: node24\n {2}main: dist\/index\.js/);
  });

  it('keeps the tool version in step with package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
