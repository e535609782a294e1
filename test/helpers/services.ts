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
