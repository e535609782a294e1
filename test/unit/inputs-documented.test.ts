import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { OPTIONS, inputNameOf } from '../../src/config/options.js';
import { INPUT_CASES } from '../e2e/inputs.cases.js';
import { REPO_ROOT } from '../helpers/services.js';

/**
 * Every action input is declared in action.yml with a description, backed by
 * the option table (src/config/options.ts), listed in the README's input
 * table, and has a row in the e2e input table (test/e2e/inputs.cases.ts) that
 * runs it through the bundle with a valid and a wrong value. The lists are
 * derived from action.yml and the option table, so a new option fails here
 * until all four places know it.
 */
const actionYml = parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { description?: string; default?: unknown; required?: boolean }> };
const declared = Object.keys(actionYml.inputs);
/** Inputs the option table implies: one per option and command (`--to`/`--from` share `storage`, copy's `--to` is `copy-to`; `--json` is CLI-only), plus `command`. */
const fromOptions = [...new Set(['command', ...OPTIONS.filter((o) => o.name !== 'json').flatMap((o) => o.commands.map((c) => inputNameOf(o.name, c)))])];
const everyInput = [...new Set([...declared, ...fromOptions])].sort();

/** The backticked names in the first column of the README table whose header is `| input | …`. */
function readmeInputs(): string[] {
  const lines = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8').split('\n');
  const start = lines.findIndex((l) => /^\|\s*input\s*\|/.test(l));
  if (start < 0) throw new Error("README.md has no table with an 'input' column");
  const names: string[] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) {
    for (const m of lines[i]!.split('|')[1]!.matchAll(/`([a-z0-9-]+)`/g)) names.push(m[1]!);
  }
  return names;
}

describe('every action input is documented and covered', () => {
  it('action.yml declares exactly the inputs the option table implies', () => {
    expect({ missingFromActionYml: fromOptions.filter((i) => !declared.includes(i)), notAnOption: declared.filter((i) => !fromOptions.includes(i)) }).toEqual({ missingFromActionYml: [], notAnOption: [] });
  });

  it('each action.yml input has a description', () => {
    expect(declared.filter((i) => !(actionYml.inputs[i]!.description ?? '').trim())).toEqual([]);
  });

  it('the README input table lists every input', () => {
    const listed = readmeInputs();
    expect(everyInput.filter((i) => !listed.includes(i))).toEqual([]);
    expect(listed.filter((i) => !everyInput.includes(i))).toEqual([]);
  });

  it('the e2e input table (test/e2e/inputs.cases.ts) has one row per input, each with a wrong value or a reason why none exists', () => {
    const rows = INPUT_CASES.map((c) => c.input);
    expect({ withoutRow: everyInput.filter((i) => !rows.includes(i)), unknown: rows.filter((i) => !everyInput.includes(i)), twice: rows.filter((i, k) => rows.indexOf(i) !== k) }).toEqual({ withoutRow: [], unknown: [], twice: [] });
    for (const c of INPUT_CASES) {
      if ('none' in c.invalid) expect({ input: c.input, reason: c.invalid.none.length > 20 }).toEqual({ input: c.input, reason: true });
    }
  });
});
