import type { Logger } from '../log.js';

export interface CommandContext {
  log: Logger;
  signal?: AbortSignal;
}
