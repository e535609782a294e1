import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The script of a worker thread bakup bundles on its own (`name`), when this
 * build has one: in its own folder of the bundle (dist/<name>/index.js, beside
 * the chunk that asks), or beside the asking module in a tsc build
 * (lib/…/<name>.js). Running from TypeScript sources (the tests' in-process
 * runs) there is none, and the caller does the work on its own thread; so it
 * does when `offVariable` is set to 0.
 */
export function workerScript(callerUrl: string, name: string, offVariable: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env[offVariable] === '0') return undefined;
  const here = path.dirname(fileURLToPath(callerUrl));
  for (const candidate of [path.join(here, name, 'index.js'), path.join(here, `${name}.js`)]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}
