/**
 * The bundle's entry (dist/index.js). GitHub runs it with no arguments and the
 * inputs in INPUT_* variables; bin/bakup.js imports it for the CLI. The action
 * half (and @actions/core, ~30 MB resident) loads only when the action runs.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export { runCli } from '../cli/main.js';

function invokedDirectly(): boolean {
  const argv1 = process.argv[1];
  if (!argv1) return false;
  try {
    return realpathSync(argv1) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (invokedDirectly()) void import('./main.js').then((m) => m.run());
