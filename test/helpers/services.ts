import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (test/helpers/../..). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRIPT = path.join(REPO_ROOT, 'scripts', 'test-services');

/**
 * Starts (or finds running) real peers through scripts/test-services and
 * returns their settings (BAKUP_TEST_* KEY=VALUE). The script serializes
 * concurrent starts, so every test file may ask for what it needs.
 * A peer that cannot start fails the test: nothing is silently skipped.
 */
export function needServices(...names: string[]): Record<string, string> {
  const res = spawnSync('bash', [SCRIPT, 'start', ...names], { encoding: 'utf8', timeout: 30 * 60_000, maxBuffer: 16 << 20 });
  if (res.status !== 0) {
    throw new Error(`scripts/test-services start ${names.join(' ')} failed (exit ${res.status}):\n${res.stderr.slice(-4000)}`);
  }
  const env: Record<string, string> = {};
  for (const line of res.stdout.split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m) env[m[1]!] = m[2]!;
  }
  return env;
}

/** Absolute path of a tool the script installs and caches (mongodump, age, actionlint…). */
export function toolPath(tool: string): string {
  const res = spawnSync('bash', [SCRIPT, 'bin', tool], { encoding: 'utf8', timeout: 30 * 60_000 });
  if (res.status !== 0) throw new Error(`scripts/test-services bin ${tool} failed:\n${res.stderr.slice(-4000)}`);
  return res.stdout.trim();
}

/**
 * A FerretDB of the test's own: the cached binary, a fresh SQLite folder and a free port, with the flags
 * scripts/test-services uses plus `extraArgs`. For tests that change server-wide state, such as creating,
 * shrinking or dropping local.oplog.rs, which every user of the shared instance would see.
 */
export async function startOwnFerretdb(extraArgs: string[] = []): Promise<{ uri: string; stop(): Promise<void> }> {
  const { spawn } = await import('node:child_process');
  const { mkdtemp, mkdir, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const net = await import('node:net');
  const { MongoClient } = await import('mongodb');
  const bin = toolPath('ferretdb');
  const dir = await mkdtemp(path.join(tmpdir(), 'bakup-ferretdb-'));
  await mkdir(path.join(dir, 'data'));
  await mkdir(path.join(dir, 'state'));
  const port = await new Promise<number>((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const p = (srv.address() as { port: number }).port;
      srv.close(() => resolve(p));
    });
  });
  const child = spawn(
    bin,
    [
      '--handler=sqlite',
      `--sqlite-url=file:${path.join(dir, 'data')}/`,
      `--listen-addr=127.0.0.1:${port}`,
      `--state-dir=${path.join(dir, 'state')}`,
      '--debug-addr=-',
      '--telemetry=disable',
      '--repl-set-name=rs0',
      '--log-level=warn',
      ...extraArgs,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const uri = `mongodb://127.0.0.1:${port}/?directConnection=true`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    }
    await rm(dir, { recursive: true, force: true });
  };
  for (let i = 0; ; i++) {
    const c = new MongoClient(uri, { serverSelectionTimeoutMS: 1000 });
    try {
      await c.db('admin').command({ ping: 1 });
      return { uri, stop };
    } catch (err) {
      if (i >= 40 || child.exitCode !== null) {
        await stop();
        throw new Error(`own ferretdb did not start on port ${port}: ${String(err)}\n${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      await c.close().catch(() => undefined);
    }
  }
}
