import { setTimeout as sleep } from 'node:timers/promises';
import { OperationalError, UsageError, errorMessage } from '../../errors.js';
import { redact } from '../../util/redact.js';

/** An HTTP answer other than success; callers treat some (403/404 for unlicensed features) as facts, not failures. */
export class N8nHttpError extends OperationalError {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | boolean | undefined>;

interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Statuses returned to the caller instead of thrown (e.g. 404 when checking whether a workflow exists). */
  allow?: number[];
  /** A POST that may be repeated safely (activate, deactivate…): retried like GET/PUT on network errors. */
  idempotent?: boolean;
}

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
const FATAL_NET = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'ERR_TLS_CERT_ALTNAME_INVALID', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN']);
export const PAGE_LIMIT = 250;

function netCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 4 && e; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * The n8n public API (`/api/v1`, header X-N8N-API-KEY, cursor pagination).
 * Every failure becomes one line naming the instance and what to check; the
 * key itself is registered as a secret and never printed.
 */
export class N8nApi {
  private readonly api: string;

  constructor(
    private readonly root: string,
    private readonly key: string,
    readonly display: string,
    private readonly timeoutMs = 60_000,
    private readonly signal?: AbortSignal,
  ) {
    this.api = `${root}/api/v1`;
  }

  private url(path: string, query?: Query): string {
    const u = new URL(`${this.api}${path}`);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) u.searchParams.set(k, String(v));
    return u.toString();
  }

  async request<T = unknown>(method: string, path: string, opts: RequestOptions = {}): Promise<{ status: number; data: T }> {
    const idempotent = method !== 'POST' || !!opts.idempotent;
    for (let attempt = 1; ; attempt++) {
      const signals = [AbortSignal.timeout(this.timeoutMs), ...(this.signal ? [this.signal] : [])];
      let res: Response;
      try {
        res = await fetch(this.url(path, opts.query), {
          method,
          headers: {
            'X-N8N-API-KEY': this.key,
            accept: 'application/json',
            ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
          signal: AbortSignal.any(signals),
        });
      } catch (err) {
        if (this.signal?.aborted) throw err;
        const code = netCode(err) ?? ((err as Error).name === 'TimeoutError' ? 'timeout' : undefined);
        if (idempotent && attempt < 3 && !FATAL_NET.has(code ?? '')) {
          await sleep(500 * 2 ** (attempt - 1));
          continue;
        }
        const cause = (err as { cause?: unknown }).cause;
        const why = code === 'timeout' ? `no answer within ${Math.round(this.timeoutMs / 1000)} s` : (code ?? (cause ? errorMessage(cause) : errorMessage(err)));
        throw new OperationalError(`n8n at ${this.display} is not answering (${method} ${path}: ${why}); check the URL and that n8n runs`);
      }
      // n8n answers 409 "… try again in a few moments" while it finishes deactivating a workflow.
      const busy = res.status === 409 && attempt < 6 && /try again/i.test(await res.clone().text());
      if (busy || (RETRYABLE_STATUS.has(res.status) && idempotent && attempt < 3)) {
        await res.body?.cancel();
        await sleep(500 * 2 ** (attempt - 1));
        continue;
      }
      const text = await res.text();
      const json = (res.headers.get('content-type') ?? '').includes('json');
      let data: unknown;
      if (json && text) {
        try {
          data = JSON.parse(text);
        } catch {
          data = undefined;
        }
      }
      if (res.ok && json) return { status: res.status, data: data as T };
      if (opts.allow?.includes(res.status)) return { status: res.status, data: data as T };
      const detail = redact(
        (data && typeof data === 'object' && 'message' in data ? String((data as { message: unknown }).message) : text.trim().startsWith('<') ? 'an HTML page' : text.trim())
          .replace(/\s+/g, ' ')
          .slice(0, 300),
      );
      if (res.status === 401) {
        throw new UsageError(`n8n at ${this.display} refused the API key (401 ${detail || 'Unauthorized'}): it is wrong, expired or revoked; check N8N_API_KEY / --n8n-api-key`);
      }
      if (res.ok && !json) {
        throw new UsageError(`${this.display} answered ${method} ${path} with ${detail || 'something else than JSON'}: no n8n public API at ${this.api} (wrong base path, or N8N_PUBLIC_API_DISABLED=true)`);
      }
      throw new N8nHttpError(`n8n at ${this.display}: ${method} ${path} failed (${res.status} ${detail || res.statusText})`, res.status);
    }
  }

  async get<T = unknown>(path: string, query?: Query): Promise<T> {
    return (await this.request<T>('GET', path, { query })).data;
  }

  /**
   * Checks that the instance answers, serves the public API and accepts the key,
   * so every later failure is about data, not about the connection.
   */
  async probe(): Promise<void> {
    try {
      await this.get('/workflows', { limit: 1, excludePinnedData: true });
    } catch (err) {
      if (err instanceof N8nHttpError && err.status === 404) {
        throw new UsageError(`no n8n public API at ${this.api} (404): check the base path and that the API is enabled (N8N_PUBLIC_API_DISABLED)`);
      }
      if (err instanceof N8nHttpError && err.status === 403) {
        throw new UsageError(`n8n at ${this.display}: the API key may not list workflows (403); give it the workflow:list and workflow:read scopes`);
      }
      throw err;
    }
  }

  /**
   * Pages of a list endpoint, following `nextCursor`; the next page is fetched
   * while the caller works on the current one. Only one or two pages are held.
   */
  async *pages<T>(path: string, query: Query = {}): AsyncGenerator<T[]> {
    type Page = { data: T[]; nextCursor?: string | null };
    let next: Promise<Page> | undefined = this.get<Page>(path, { ...query, limit: PAGE_LIMIT });
    while (next) {
      const page: Page = await next;
      next = page.nextCursor ? this.get<Page>(path, { ...query, limit: PAGE_LIMIT, cursor: page.nextCursor }) : undefined;
      // An unawaited prefetch that fails must not become an unhandled rejection if the caller stops early.
      next?.catch(() => undefined);
      yield page.data ?? [];
    }
  }

  async all<T>(path: string, query: Query = {}): Promise<T[]> {
    const out: T[] = [];
    for await (const page of this.pages<T>(path, query)) out.push(...page);
    return out;
  }

  /**
   * A list endpoint the license or version may lack (variables, projects,
   * credentials on n8n 1.x): undefined plus the reason instead of an error.
   */
  async optional<T>(path: string): Promise<{ items?: T[]; reason?: string }> {
    try {
      return { items: await this.all<T>(path) };
    } catch (err) {
      if (err instanceof N8nHttpError && [400, 403, 404, 405].includes(err.status)) {
        return { reason: err.message.replace(/^n8n at \S+: /, '') };
      }
      throw err;
    }
  }

  /**
   * The version n8n announces in its editor page (the release tag of its error
   * reporting config). Best effort: undefined when the page does not say.
   */
  async version(): Promise<string | undefined> {
    try {
      const res = await fetch(`${this.root}/`, { signal: AbortSignal.timeout(Math.min(this.timeoutMs, 15_000)) });
      const html = await res.text();
      for (const m of html.matchAll(/name="n8n:config:[a-z-]+" content="([A-Za-z0-9+/=]+)"/g)) {
        const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
        const v = /"release":"n8n@(\d+\.\d+\.\d+[^"]*)"/.exec(decoded);
        if (v) return v[1];
      }
    } catch {
      // The version only guards restores into older instances; not knowing it is not an error.
    }
    return undefined;
  }
}
