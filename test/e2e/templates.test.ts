import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { parse } from 'yaml';
import { runAction } from '../helpers/cli.js';
import { REPO_ROOT, toolPath } from '../helpers/services.js';
import { diffTrees, makeSampleTree, tempDir } from '../helpers/tree.js';
import { condition, interpolate, type Context } from '../helpers/workflow.js';

const DIR = path.join(REPO_ROOT, 'workflows-templates');
const TEMPLATES = fs.readdirSync(DIR).filter((f) => f.endsWith('.yml'));
const ACTION_INPUTS = Object.keys((parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);

interface Step {
  name?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  steps: Step[];
  strategy?: { matrix?: { include?: Record<string, string>[] } };
}
type Workflow = { on: Record<string, unknown>; jobs: Record<string, Job> };

const load = (f: string) => parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as Workflow;
const isBakup = (s: Step) => /^bakup\/bakup-action@/.test(s.uses ?? '');

describe('workflow templates', () => {
  it('includes the nightly backup, the restore drill and the incident restore', () => {
    expect(TEMPLATES.sort()).toEqual(['incident-restore.yml', 'nightly-backup.yml', 'restore-drill.yml']);
  });

  it('pass actionlint with shellcheck', () => {
    const r = spawnSync(toolPath('actionlint'), ['-shellcheck', toolPath('shellcheck'), ...TEMPLATES], { cwd: DIR, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.each(TEMPLATES)('%s has starter-workflow properties and is also a reusable workflow', (file) => {
    const props = JSON.parse(fs.readFileSync(path.join(DIR, file.replace(/\.yml$/, '.properties.json')), 'utf8')) as Record<string, unknown>;
    expect(props).toMatchObject({ name: expect.any(String), description: expect.any(String), iconName: expect.any(String), categories: expect.any(Array) });
    expect(Object.keys(load(file).on)).toContain('workflow_call');
  });

  it.each(TEMPLATES)('%s gives bakup only inputs that action.yml declares', (file) => {
    for (const job of Object.values(load(file).jobs)) {
      for (const step of job.steps.filter(isBakup)) {
        for (const key of Object.keys(step.with ?? {})) expect({ step: step.name, key, declared: ACTION_INPUTS.includes(key) }).toEqual({ step: step.name, key, declared: true });
      }
    }
  });
});

describe('the templates’ bakup steps run locally as the runner would run them', () => {
  let work: string;
  let store: string;
  beforeAll(async () => {
    work = await tempDir('templates');
    store = path.join(work, 'store');
    await fsp.mkdir(path.join(work, 'data'));
    await makeSampleTree(path.join(work, 'data'));
  });
  afterAll(async () => {
    await fsp.rm(work, { recursive: true, force: true });
  });

  /** Runs the bakup steps of every job and matrix entry that this context can serve; returns what ran. */
  async function runTemplate(file: string, inputs: Record<string, unknown>, secrets: Record<string, string>, only: (entry: Record<string, string>) => boolean): Promise<string[]> {
    const ran: string[] = [];
    for (const [jobName, job] of Object.entries(load(file).jobs)) {
      for (const entry of job.strategy?.matrix?.include ?? [{}]) {
        if (!only(entry)) continue;
        const out = path.join(work, 'gh-output');
        const steps: Record<string, { outputs: Record<string, string> }> = {};
        for (const step of job.steps.filter(isBakup)) {
          const ctx: Context = { inputs, secrets, matrix: entry, vars: { BAKUP_STORAGE: store }, env: {}, steps, github: { repository: 'acme/app' } };
          if (!condition(step.if, ctx)) continue;
          const withs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(String(v), ctx)]));
          await fsp.writeFile(out, '');
          await fsp.writeFile(path.join(work, 'summary.md'), '');
          const r = await runAction(withs, { GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: path.join(work, 'summary.md') }, work);
          const label = `${jobName}[${entry.name ?? ''}] ${step.name ?? withs.command}`;
          expect({ label, code: r.code, stdout: r.code === 0 ? '' : r.stdout }).toEqual({ label, code: 0, stdout: '' });
          ran.push(label);
        }
      }
    }
    return ran;
  }

  it('nightly backup, then the monthly drill, then an incident restore, on the files source', async () => {
    {
      const files = (e: Record<string, string>) => e.name === undefined || e.name === 'files';
      expect(await runTemplate('nightly-backup.yml', {}, {}, files)).toEqual(['backup[files] Back up ${{ matrix.name }}']);
      expect(await runTemplate('nightly-backup.yml', { retention: 'keep-last=1' }, {}, files)).toHaveLength(1);
      expect(await runTemplate('restore-drill.yml', {}, {}, files)).toEqual(['drill[files] Drill ${{ matrix.name }}']);
      expect(await diffTrees(path.join(work, 'data'), path.join(work, 'drill-target'))).toEqual([]);
      const target = path.join(work, 'incident');
      const dry = await runTemplate('incident-restore.yml', { name: 'files', 'backup-id': 'latest', target, 'dry-run': true, confirm: '' }, {}, files);
      expect(dry).toEqual(['restore[] Show the backups', 'restore[] Verify the chosen backup']);
      await fsp.mkdir(target);
      await fsp.writeFile(path.join(target, 'old.txt'), 'stale data');
      await runTemplate('incident-restore.yml', { name: 'files', 'backup-id': 'latest', target, 'dry-run': false, confirm: 'files' }, {}, files);
      await fsp.rm(path.join(target, 'old.txt'));
      expect(await diffTrees(path.join(work, 'data'), target)).toEqual([]);
    }
  });
});
