/**
 * Runs a workflow template's jobs on this machine the way a GitHub runner
 * would, as far as a template's correctness depends on it:
 * - the job's steps in order, each `if:` evaluated (status functions included);
 * - `uses: bakup/bakup-action@…` steps as `node dist/index.js` with INPUT_* variables,
 *   the action.yml defaults for inputs the step leaves out, and fresh
 *   GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STEP_SUMMARY files;
 * - `run:` steps with `bash --noprofile --norc -eo pipefail` (GitHub's default shell
 *   on Linux), with the step's `env:`;
 * - `steps.<id>.outputs` from GITHUB_OUTPUT, and GITHUB_ENV lines exported to the
 *   later steps (and the `env` context);
 * - `services:` containers: each is a local peer started on demand when a step or
 *   matrix value first names its mapped port (`127.0.0.1:27017`), and the port is
 *   rewritten to the peer's, as the runner's port mapping does.
 * Other actions (checkout, cloud credentials) are recorded as not run: the
 * workspace already holds the checkout, and the stores are local.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { parse } from 'yaml';
import { parseGithubOutput, runAction } from './cli.js';
import { REPO_ROOT } from './services.js';
import type { Throwaway } from './throwaway.js';
import { condition, interpolate, type Context, type JobStatus } from './workflow.js';

export interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, unknown>;
  with?: Record<string, unknown>;
}
export interface Job {
  if?: string;
  steps: Step[];
  services?: Record<string, { image?: string; ports?: (string | number)[] }>;
  strategy?: { matrix?: { include?: Record<string, string>[] } };
}
export type Workflow = { on: Record<string, unknown>; jobs: Record<string, Job> };

export const TEMPLATES_DIR = path.join(REPO_ROOT, 'workflows-templates');
export const loadWorkflow = (file: string) => parse(fs.readFileSync(path.join(TEMPLATES_DIR, file), 'utf8')) as Workflow;
export const isBakupStep = (s: Step) => /^bakup\/bakup-action@/.test(s.uses ?? '');

/** The action.yml defaults the runner fills in for inputs a step leaves out. */
export function actionDefaults(): Record<string, string> {
  const inputs = (parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: unknown }> }).inputs;
  return Object.fromEntries(Object.entries(inputs).filter(([, v]) => v.default !== undefined).map(([k, v]) => [k, String(v.default)]));
}

export interface StepResult {
  /** `job[matrix name] step name` */
  label: string;
  kind: 'bakup' | 'run' | 'other';
  /** `skipped`: its `if:` was false; `not run`: another action, not run locally. */
  outcome: 'success' | 'failure' | 'skipped' | 'not run';
  code?: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** What the step appended to the job summary. */
  summary: string;
  /** The inputs a bakup step was given (after interpolation and port mapping). */
  inputs?: Record<string, string>;
}

export interface JobResult {
  job: string;
  entry: Record<string, string>;
  status: JobStatus;
  steps: StepResult[];
  /** The service peers this job started; the caller inspects and stops them. */
  services: Record<string, Throwaway>;
}

export interface LocalRunner {
  /** The checkout: every step's working directory. */
  workspace: string;
  inputs?: Record<string, unknown>;
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /** Environment added to every step (e.g. store endpoints). */
  env?: NodeJS.ProcessEnv;
  /** The event that started the run (default workflow_dispatch); `schedule` is the cron line that fired. */
  event?: { name: string; schedule?: string };
  /** Matrix entries to run (all when absent). */
  only?: (entry: Record<string, string>) => boolean;
  /** Starts the local peer standing in for a `services:` container, by service name. */
  services?: Record<string, () => Promise<Throwaway>>;
}

function runBash(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const file = path.join(cwd, `.step-${process.pid}-${Date.now()}.sh`);
    fs.writeFileSync(file, script);
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      fs.rmSync(file, { force: true });
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs every job (and selected matrix entry) of a template; see the file comment. */
export async function runWorkflow(file: string, r: LocalRunner): Promise<JobResult[]> {
  const wf = loadWorkflow(file);
  const defaults = actionDefaults();
  const results: JobResult[] = [];
  const event = r.event ?? { name: 'workflow_dispatch' };
  const github = { repository: 'acme/app', workspace: r.workspace, event_name: event.name, event: event.schedule ? { schedule: event.schedule } : {} };
  // As on GitHub, a manual run's inputs context holds every declared input, defaults included.
  const dispatch = (wf.on.workflow_dispatch as { inputs?: Record<string, { default?: unknown }> } | null | undefined)?.inputs ?? {};
  const inputs = event.name === 'workflow_dispatch' ? { ...Object.fromEntries(Object.entries(dispatch).map(([k, v]) => [k, v.default ?? ''])), ...r.inputs } : {};
  for (const [jobName, job] of Object.entries(wf.jobs)) {
    // A job whose `if:` is false does not run (and, unlike a step, leaves no result).
    if (job.if !== undefined && !condition(job.if, { inputs, secrets: r.secrets ?? {}, vars: r.vars ?? {}, github, __status: 'success' })) continue;
    for (const entry of job.strategy?.matrix?.include ?? [{}]) {
      if (r.only && !r.only(entry)) continue;
      const result: JobResult = { job: jobName, entry, status: 'success', steps: [], services: {} };
      results.push(result);
      const jobEnv: Record<string, string> = {};
      const steps: Record<string, { outputs: Record<string, string>; outcome: string }> = {};

      // Service containers: host port → service name.
      const mapped = new Map<string, string>();
      for (const [svc, def] of Object.entries(job.services ?? {})) {
        for (const p of def.ports ?? []) mapped.set(String(p).split(':')[0]!, svc);
      }
      const portMap = async (text: string): Promise<string> => {
        let out = text;
        for (const [hostPort, svc] of mapped) {
          const re = new RegExp(`\\b(?:127\\.0\\.0\\.1|localhost):${hostPort}\\b`, 'g');
          if (!re.test(out)) continue;
          if (!result.services[svc]) {
            const start = r.services?.[svc];
            if (!start) throw new Error(`${file}: job '${jobName}' needs service '${svc}' and the test gave no local peer for it`);
            result.services[svc] = await start();
          }
          out = out.replace(re, `127.0.0.1:${result.services[svc]!.port}`);
        }
        return out;
      };
      const matrix: Record<string, string> = {};
      for (const [k, v] of Object.entries(entry)) matrix[k] = await portMap(String(v));
      const ctx = (): Context => ({
        inputs,
        secrets: r.secrets ?? {},
        vars: r.vars ?? {},
        matrix,
        env: { ...jobEnv },
        steps,
        github,
        __status: result.status,
      });

      for (const step of job.steps) {
        const label = `${jobName}[${entry.name ?? ''}] ${step.name ? interpolate(step.name, ctx()) : (step.uses ?? 'run')}`;
        const kind: StepResult['kind'] = isBakupStep(step) ? 'bakup' : step.run !== undefined ? 'run' : 'other';
        const res: StepResult = { label, kind, outcome: 'skipped', stdout: '', stderr: '', outputs: {}, summary: '' };
        result.steps.push(res);
        if (!condition(step.if, ctx())) continue;
        if (kind === 'other') {
          res.outcome = 'not run';
          continue;
        }
        const files = { GITHUB_OUTPUT: 'output', GITHUB_ENV: 'env', GITHUB_STEP_SUMMARY: 'summary.md' };
        const ghEnv: Record<string, string> = {};
        for (const [k, f] of Object.entries(files)) {
          ghEnv[k] = path.join(r.workspace, `.gh-${f}`);
          await fsp.writeFile(ghEnv[k]!, '');
        }
        const stepEnv: Record<string, string> = {};
        for (const [k, v] of Object.entries(step.env ?? {})) stepEnv[k] = await portMap(interpolate(String(v), ctx()));
        const env: NodeJS.ProcessEnv = {
          ...r.env,
          ...jobEnv,
          ...stepEnv,
          ...ghEnv,
          GITHUB_WORKSPACE: r.workspace,
          GITHUB_REPOSITORY: 'acme/app',
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_RUN_ID: '1',
          RUNNER_TEMP: r.workspace,
        };
        let run: { code: number | null; stdout: string; stderr: string };
        if (kind === 'bakup') {
          const withs: Record<string, string> = { ...defaults };
          for (const [k, v] of Object.entries(step.with ?? {})) withs[k] = await portMap(interpolate(String(v), ctx()));
          res.inputs = withs;
          run = await runAction(withs, env, r.workspace);
        } else {
          run = await runBash(await portMap(interpolate(step.run!, ctx())), r.workspace, { ...process.env, ...env });
        }
        Object.assign(res, { code: run.code, stdout: run.stdout, stderr: run.stderr, outcome: run.code === 0 ? 'success' : 'failure' });
        res.outputs = parseGithubOutput(await fsp.readFile(ghEnv.GITHUB_OUTPUT!, 'utf8'));
        res.summary = await fsp.readFile(ghEnv.GITHUB_STEP_SUMMARY!, 'utf8');
        Object.assign(jobEnv, parseGithubOutput(await fsp.readFile(ghEnv.GITHUB_ENV!, 'utf8')));
        if (step.id) steps[step.id] = { outputs: res.outputs, outcome: res.outcome };
        if (res.outcome === 'failure') result.status = 'failure';
      }
    }
  }
  return results;
}

/** The job summary a run produced (every step's part, in order). */
export const jobSummary = (j: JobResult) => j.steps.map((s) => s.summary).join('');
/** A step by (part of) its name. */
export function stepNamed(j: JobResult, name: string): StepResult {
  const s = j.steps.find((x) => x.label.endsWith(name));
  if (!s) throw new Error(`no step named '${name}' in ${j.steps.map((x) => x.label).join(', ')}`);
  return s;
}
