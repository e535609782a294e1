import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Stops the peers the suite started when asked to (scripts/run-tests and CI
 * set BAKUP_STOP_SERVICES=1); a developer's ad-hoc jest run leaves them up
 * for the next run.
 */
export default function globalTeardown(): void {
  if (process.env.BAKUP_STOP_SERVICES !== '1') return;
  const script = path.resolve('scripts', 'test-services');
  if (fs.existsSync(script)) spawnSync('bash', [script, 'stop'], { stdio: 'inherit', timeout: 120_000 });
}
