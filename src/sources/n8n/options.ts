import { UsageError } from '../../errors.js';
import { redact, registerSecret } from '../../util/redact.js';
import type { SourceOptions } from '../source.js';
import type { Selection } from './workflow.js';

/** n8n options (CLI flags in brackets). */
export interface N8nSourceOptions extends SourceOptions {
  /** [--n8n-api-key] API mode; default: the N8N_API_KEY environment variable. */
  n8nApiKey?: string;
  /** [--workflow ID] only these workflows (repeatable); on restore, ids as they are in the backup. */
  workflowIds?: string[];
  /** [--tag NAME] only workflows carrying at least one of these tags (repeatable). */
  tags?: string[];
  /** [--active-only] only workflows that are active. */
  activeOnly?: boolean;
  /** [--activate] restore: activate the workflows that were active in the backup (this starts their triggers). */
  activate?: boolean;
  /** [--dry-run] restore: report what would be created, updated and skipped; write nothing. */
  dryRun?: boolean;
  /** [--decrypted] CLI mode backup: credentials in plain text; only into an encrypted backup. */
  decrypted?: boolean;
  /** [--n8n-command] the n8n executable for n8n-cli: (overrides the path in the URI). */
  n8nCommand?: string;
  /** [--allow-older-target] restore a backup made by a newer n8n than the target runs. */
  allowOlderTarget?: boolean;
  /** [--n8n-timeout] milliseconds per API request (default 60000) or per CLI command (default 600000). */
  n8nTimeoutMs?: number;
}

export type N8nLocation =
  | { mode: 'api'; root: string; display: string; host: string }
  | { mode: 'cli'; command: string; display: string };

export const N8N_FORMS = 'n8n+https://host[:port][/path], n8n+http://… (API mode) or n8n-cli:[/path/to/n8n] (CLI mode)';

/** Parses `n8n+http(s)://host[:port][/base]` and `n8n-cli:[path]`. */
export function parseN8nLocation(raw: string, flag: string, command?: string): N8nLocation {
  const text = raw.trim();
  const lower = text.toLowerCase();
  if (lower.startsWith('n8n-cli:')) {
    let path = text.slice('n8n-cli:'.length);
    if (path.startsWith('//')) path = path.slice(2);
    const cmd = command?.trim() || path || 'n8n';
    return { mode: 'cli', command: cmd, display: `n8n-cli:${cmd}` };
  }
  if (!lower.startsWith('n8n+http://') && !lower.startsWith('n8n+https://')) {
    throw new UsageError(`${flag}: '${redact(text)}' is not an n8n location; expected ${N8N_FORMS}`);
  }
  let url: URL;
  try {
    url = new URL(text.slice('n8n+'.length));
  } catch {
    throw new UsageError(`${flag}: '${redact(text)}' is not a valid URL; expected ${N8N_FORMS}`);
  }
  if (url.username || url.password) {
    throw new UsageError(`${flag}: '${redact(text)}' carries credentials; give the API key in N8N_API_KEY or --n8n-api-key instead, URLs end up in logs`);
  }
  if (url.search || url.hash) throw new UsageError(`${flag}: '${redact(text)}' has a query or fragment; expected ${N8N_FORMS}`);
  const base = url.pathname.replace(/\/+$/, '').replace(/\/api\/v1$/, '');
  const root = `${url.protocol}//${url.host}${base}`;
  return { mode: 'api', root, display: `n8n+${root}`, host: url.hostname };
}

export interface ResolvedN8nOptions {
  apiKey?: string;
  selection: Selection;
  filtered: boolean;
  activate: boolean;
  dryRun: boolean;
  decrypted: boolean;
  encrypted: boolean;
  allowOlderTarget: boolean;
  timeoutMs?: number;
}

export function resolveN8nOptions(o: N8nSourceOptions, loc: N8nLocation): ResolvedN8nOptions {
  const ids = (o.workflowIds ?? []).map((s) => String(s).trim()).filter(Boolean);
  const tags = (o.tags ?? []).map((s) => s.trim()).filter(Boolean);
  if (o.workflowIds?.length && !ids.length) throw new UsageError('--workflow: empty workflow id');
  if (o.tags?.length && !tags.length) throw new UsageError('--tag: empty tag name');
  if (o.include?.length || o.exclude?.length) {
    throw new UsageError('--include/--exclude select files; for n8n use --workflow ID, --tag NAME or --active-only');
  }
  let apiKey: string | undefined;
  if (loc.mode === 'api') {
    apiKey = (o.n8nApiKey ?? process.env.N8N_API_KEY ?? '').trim() || undefined;
    registerSecret(apiKey);
  }
  if (o.decrypted && loc.mode !== 'cli') {
    throw new UsageError(`--decrypted applies to n8n-cli: sources only; the API (${loc.display}) never returns credential secrets`);
  }
  const timeoutMs = o.n8nTimeoutMs;
  if (timeoutMs !== undefined && (!Number.isInteger(timeoutMs) || timeoutMs < 1000)) {
    // Given as a duration (5m, 30s): say it in those terms, not in the milliseconds it was parsed into.
    throw new UsageError(`--n8n-timeout: ${timeoutMs} ms is too short; expected a duration of at least 1s (default 5m)`);
  }
  return {
    apiKey,
    selection: { ids: ids.length ? new Set(ids) : undefined, tags: tags.length ? new Set(tags) : undefined, activeOnly: !!o.activeOnly },
    filtered: ids.length > 0 || tags.length > 0 || !!o.activeOnly,
    activate: !!o.activate,
    dryRun: !!o.dryRun,
    decrypted: !!o.decrypted,
    encrypted: !!o.encrypted,
    allowOlderTarget: !!o.allowOlderTarget,
    timeoutMs,
  };
}

/** The API key is needed only when we talk to the API, so a restore from an n8n-cli: URI never asks for one. */
export function requireApiKey(o: ResolvedN8nOptions, display: string): string {
  if (!o.apiKey) throw new UsageError(`${display}: no n8n API key; set N8N_API_KEY or pass --n8n-api-key (n8n: Settings → n8n API)`);
  return o.apiKey;
}
