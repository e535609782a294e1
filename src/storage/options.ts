import { UsageError } from '../errors.js';
import { redact } from '../util/redact.js';
import { parseSize } from '../util/format.js';
import type { StorageOptions } from './open.js';

/**
 * Readers for StorageOptions values, which arrive as strings (action inputs,
 * CLI flags, bakup.yml) or already typed (library use). Each failure names the
 * option and what it expects.
 */

/**
 * How an error names an option: the front end passes `labels` (`s3PartSize` →
 * `--s3-part-size` on the CLI, `input 's3-part-size'` in the action), so the
 * user reads the name they typed; library callers see `storage option s3PartSize`.
 */
export function optionLabel(opts: StorageOptions, name: string): string {
  const labels = opts.labels as Record<string, string> | undefined;
  return (labels && typeof labels === 'object' && typeof labels[name] === 'string' ? labels[name] : undefined) ?? `storage option ${name}`;
}

/** An option named inside a message: the front end's name, or the bare key. */
export function optionName(opts: StorageOptions, name: string): string {
  const labels = opts.labels as Record<string, string> | undefined;
  return (labels && typeof labels === 'object' && typeof labels[name] === 'string' ? labels[name] : undefined) ?? name;
}

/** True when an error message already starts with one of the front end's option names. */
export function namesAnOption(opts: StorageOptions, message: string): boolean {
  const labels = opts.labels as Record<string, string> | undefined;
  return !!labels && typeof labels === 'object' && Object.values(labels).some((l) => typeof l === 'string' && message.startsWith(`${l}:`));
}

export function optString(opts: StorageOptions, name: string): string | undefined {
  const v = opts[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new UsageError(`${optionLabel(opts, name)}: expected text, got ${typeof v}`);
  const t = v.trim();
  return t === '' ? undefined : t;
}

export function optEnum<T extends string>(opts: StorageOptions, name: string, allowed: readonly T[]): T | undefined {
  const v = optString(opts, name);
  if (v === undefined) return undefined;
  const hit = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
  if (!hit) throw new UsageError(`${optionLabel(opts, name)}: expected one of ${allowed.join(', ')}, got '${redact(v)}'`);
  return hit;
}

/** An integer, or for `size` a byte count with an optional unit (`16MiB`, `8m`). */
export function optInt(opts: StorageOptions, name: string, min: number, max: number, size = false): number | undefined {
  const v = opts[name];
  if (v === undefined || v === null || v === '') return undefined;
  let n = NaN;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string') {
    const t = v.trim();
    if (size) n = parseSize(t) ?? NaN;
    else if (/^\d+$/.test(t)) n = Number(t);
  }
  if (!Number.isInteger(n) || n < min || n > max) {
    const expect = size ? `a size from ${min} to ${max} bytes (units KiB, MiB, GiB allowed)` : `an integer from ${min} to ${max}`;
    throw new UsageError(`${optionLabel(opts, name)}: expected ${expect}, got '${String(v)}'`);
  }
  return n;
}

export function optBool(opts: StorageOptions, name: string): boolean | undefined {
  const v = opts[name];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^(true|yes|1|on)$/i.test(v.trim())) return true;
  if (typeof v === 'string' && /^(false|no|0|off)$/i.test(v.trim())) return false;
  throw new UsageError(`${optionLabel(opts, name)}: expected true or false, got '${String(v)}'`);
}

/** An http(s) URL for a custom endpoint; named `what` in errors (an option or an env variable). */
export function endpointUrl(value: string, what: string): string {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new UsageError(`${what}: expected an http(s) URL such as http://127.0.0.1:9000, got '${redact(value)}'`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new UsageError(`${what}: expected an http(s) URL such as http://127.0.0.1:9000, got '${redact(value)}'`);
  }
  if (u.username || u.password) throw new UsageError(`${what}: credentials in an endpoint URL are not read; use the SDK's credential variables`);
  return value.replace(/\/+$/, '');
}

/** `scheme://container/prefix` split and checked. The prefix is '' or ends with '/'. */
export interface ContainerUrl {
  container: string;
  prefix: string;
  location: string;
}

/**
 * Parses `s3://bucket/some/prefix`, `gs://…`, `azblob://…`. Credentials,
 * ports, query strings and empty path segments are refused: they would be
 * silently ignored or mean something else on another store.
 */
export function parseContainerUrl(url: URL, raw: string, form: string, containerWord: string, namePattern: RegExp, nameRule: string): ContainerUrl {
  const shown = redact(raw);
  if (url.username || url.password) {
    throw new UsageError(`storage URL '${shown}': credentials in the URL are not read; see docs/STORAGE.md for where ${form.split(':')[0]} credentials come from`);
  }
  if (url.port) throw new UsageError(`storage URL '${shown}': a port is not part of ${form}; set the endpoint option instead`);
  if (url.search || url.hash) throw new UsageError(`storage URL '${shown}': unexpected '${url.search ? '?' : '#'}…'; expected ${form}`);
  let container: string;
  let path: string;
  try {
    container = decodeURIComponent(url.hostname);
    path = decodeURIComponent(url.pathname);
  } catch {
    throw new UsageError(`storage URL '${shown}': invalid percent-encoding; expected ${form}`);
  }
  if (!container) throw new UsageError(`storage URL '${shown}': no ${containerWord} name; expected ${form}`);
  if (!namePattern.test(container)) throw new UsageError(`storage URL '${shown}': '${container}' is not a valid ${containerWord} name (${nameRule})`);
  // One leading and one trailing slash are syntax; any other empty part is a typo.
  const segments = path.replace(/^\//, '').replace(/\/$/, '');
  // The URL parser already folded '.' and '..' away; look at what was typed.
  const typedPath = raw.trim().replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  const dotted = typedPath.split('/').some((s) => s === '.' || s === '..' || /^(%2e|\.){1,2}$/i.test(s));
  if (dotted || (segments !== '' && segments.split('/').some((s) => s === '' || s === '.' || s === '..'))) {
    throw new UsageError(`storage URL '${shown}': the prefix has empty, '.' or '..' parts; expected ${form}`);
  }
  const prefix = segments ? `${segments}/` : '';
  return { container, prefix, location: `${url.protocol}//${container}${segments ? `/${segments}` : ''}` };
}
