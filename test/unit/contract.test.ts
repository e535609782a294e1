import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OPTIONS, inputNameOf } from '../../src/config/options.js';
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

  it('has an action input of the same name for every CLI option (storage stands for --to/--from)', () => {
    const inputs = blockKeys(yml, 'inputs');
    const expected = new Set(['command', ...OPTIONS.filter((o) => o.name !== 'json').map((o) => inputNameOf(o.name))]);
    expect(new Set(inputs)).toEqual(expected);
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
