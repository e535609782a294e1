import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers/services.js';
import { INPUT_CASES } from './inputs.cases.js';
import { InputFixture } from './inputs.fixture.js';

/**
 * Every action input, through the bundle as the runner starts it: a valid value
 * and its effect, a wrong value and its one-line error with the exit code
 * (table: inputs.cases.ts).
 */
const fixture = new InputFixture();
beforeAll(() => fixture.setup(), 600_000);
afterAll(() => fixture.teardown(), 120_000);

const ACTION_INPUTS = Object.keys((parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);
let ran = 0;

describe.each(INPUT_CASES.map((c) => [c.input, c] as const))('input %s', (input, c) => {
  it(`valid: ${c.valid.title}`, async () => {
    await c.valid.run(fixture);
    ran++;
  });

  // Inputs that take any value (c.invalid.none says why) have no invalid run.
  if (!('none' in c.invalid)) {
    const bad = c.invalid;
    it(`invalid: one clear line naming the input, exit ${bad.code ?? 2}`, async () => {
      const r = await fixture.run(await bad.inputs(fixture));
      expect({ code: r.code, errors: r.errors }).toEqual({ code: bad.code ?? 2, errors: [expect.stringMatching(bad.error)] });
      // It names the input as the workflow wrote it (or as the option pair it belongs to), and shows no stack.
      expect(r.errors[0]).toMatch(new RegExp(`^input '${input}'[: ]|--${input}\\b`));
      expect(r.stdout + r.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      ran++;
    });
  }
});

it('every action input was given a value by at least one run above', () => {
  // Meaningful only when every case above ran and passed (not under -t).
  if (ran < INPUT_CASES.length + INPUT_CASES.filter((c) => !('none' in c.invalid)).length) return;
  expect(ACTION_INPUTS.filter((i) => !fixture.given.has(i))).toEqual([]);
});
