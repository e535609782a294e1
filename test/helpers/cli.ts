import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from './services.js';

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a node script as a child process (argument array, no shell) and collects its output. */
export function runNode(script: string, args: string[], opts: { env?: NodeJS.ProcessEnv; node?: string; cwd?: string } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(opts.node ?? process.execPath, [script, ...args], {
      cwd: opts.cwd ?? REPO_ROOT,
      env: opts.env ?? { ...process.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** `bakup …` exactly as a user runs it: bin/bakup.js over the committed bundle. */
export function bakup(args: string[], opts: { env?: NodeJS.ProcessEnv; node?: string } = {}): Promise<RunResult> {
  return runNode(path.join(REPO_ROOT, 'bin', 'bakup.js'), args, opts);
}

/** The action exactly as the runner starts it: `node dist/index.js` with INPUT_* variables. */
export function runAction(inputs: Record<string, string>, extraEnv: NodeJS.ProcessEnv = {}, cwd?: string): Promise<RunResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv };
  for (const k of Object.keys(env)) if (k.startsWith('INPUT_')) delete env[k];
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  return runNode(path.join(REPO_ROOT, 'dist', 'index.js'), [], { env, cwd });
}

/** Parses a GITHUB_OUTPUT file (name<<delimiter … delimiter blocks). */
export function parseGithubOutput(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
      out[m[1]!] = value.join('\n');
    } else {
      const kv = /^([^=]+)=(.*)$/.exec(lines[i]!);
      if (kv) out[kv[1]!] = kv[2]!;
    }
  }
  return out;
}
