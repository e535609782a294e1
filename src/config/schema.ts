import { z } from 'zod';
import { NAME_PATTERN } from '../catalog/manifest.js';
import { UsageError } from '../errors.js';
import { COMPRESSIONS, zstdAvailable } from '../pipeline/compression.js';
import type { RetentionPolicy } from '../catalog/retention.js';
import { parseDuration, parseSize } from '../util/format.js';
import { NOTIFY_MODES } from '../notify/slack.js';

/**
 * One zod schema per command, shared by the CLI, the action and (later) a
 * config file: whatever the front end, a command gets the same validated
 * options and the same error wording.
 */
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const name = z
  .string()
  .trim()
  .regex(NAME_PATTERN, "expected letters, digits, '.', '_' or '-', starting with a letter or digit, no path separators, at most 100");
const backupId = z
  .string()
  .trim()
  .regex(/^(latest|\d{8}T\d{6}Z-(full|incremental)-[0-9a-f]{4,})$/, "expected 'latest' or a backup id like 20261126T021500Z-full-3f9c");
const globs = z.array(nonEmpty).default([]);
const encryptFields = {
  'encryption-recipients': z.array(nonEmpty).default([]),
  'passphrase-file': nonEmpty.optional(),
  passphrase: z.string().optional(),
};
const decryptFields = {
  'identity-file': z.array(nonEmpty).default([]),
  identity: z.string().optional(),
  'passphrase-file': nonEmpty.optional(),
  passphrase: z.string().optional(),
};
const posInt = z
  .string()
  .trim()
  .regex(/^[1-9]\d{0,5}$/, 'expected a whole number of at least 1')
  .transform(Number)
  .optional();
/** A byte size with an optional binary unit, within [min, max]. */
const size = (min: number, max: number) =>
  z
    .string()
    .trim()
    .refine((t) => {
      const n = parseSize(t);
      return n !== undefined && n >= min && n <= max;
    }, `expected a size from ${min >> 10}KiB to ${max >> 20}MiB, e.g. 4MiB`)
    .transform((t) => parseSize(t)!)
    .optional();
const redisBatchBytes = size(64 << 10, 1 << 30);
const serverSelectionTimeout = z
  .string()
  .trim()
  .refine((t) => {
    const ms = parseDuration(t);
    return ms !== undefined && ms >= 1 && ms <= 3_600_000;
  }, 'expected a duration from 1ms to 1h, like 5s or 2m')
  .transform((t) => parseDuration(t)!)
  .optional();
const dbList = z.array(z.string().trim().regex(/^\d{1,3}$/, 'expected a database number').transform(Number)).default([]);
/** Source-specific options a backup reads. */
const sourceBackupFields = {
  'ns-include': globs,
  'ns-exclude': globs,
  'parallel-collections': posInt,
  query: z.string().optional(),
  'read-preference': z.enum(['primary', 'primaryPreferred', 'secondary', 'secondaryPreferred', 'nearest']).optional(),
  'include-system-dbs': z.boolean().default(false),
  oplog: z.boolean().optional(),
  'no-oplog': z.boolean().default(false),
  'server-selection-timeout': serverSelectionTimeout,
  'redis-batch-bytes': redisBatchBytes,
  'redis-format': z.enum(['dump', 'portable', 'rdb']).default('dump'),
  db: dbList,
  'scan-count': posInt,
  'key-include': globs,
  'key-exclude': globs,
  workflow: globs,
  tag: globs,
  'active-only': z.boolean().default(false),
  decrypted: z.boolean().default(false),
};
/** Source-specific options a restore (and a drill) reads. */
const sourceRestoreFields = {
  'allow-older-target': z.boolean().default(false),
  'ns-include': globs,
  'ns-exclude': globs,
  'ns-from': globs,
  'ns-to': globs,
  drop: z.boolean().default(false),
  'no-index-restore': z.boolean().default(false),
  'insert-workers': posInt,
  'batch-size': posInt,
  'server-selection-timeout': serverSelectionTimeout,
  'stop-on-error': z.boolean().default(false),
  'write-concern': z.string().optional(),
  'no-oplog-replay': z.boolean().default(false),
  db: dbList,
  'key-include': globs,
  'key-exclude': globs,
  replace: z.boolean().default(false),
  flush: z.boolean().default(false),
  'db-map': z.string().optional(),
  'redis-batch-bytes': redisBatchBytes,
  workflow: globs,
  tag: globs,
  'active-only': z.boolean().default(false),
};
const notifyFields = {
  'slack-webhook-url': z.string().trim().url('expected an https:// Slack incoming webhook URL').optional(),
  notify: z.enum(NOTIFY_MODES).default('always'),
};
const level = z
  .string()
  .trim()
  .regex(/^\d{1,2}$/, 'expected a whole number')
  .transform(Number)
  .optional();

const count = z
  .string()
  .trim()
  .regex(/^\d{1,6}$/, 'expected a whole number of backups')
  .transform(Number)
  .optional();
const duration = z
  .string()
  .trim()
  .refine((t) => parseDuration(t) !== undefined, 'expected a duration like 90s, 15m, 24h, 7d or 1h30m')
  .transform((t) => parseDuration(t)!)
  .optional();
/**
 * Cloud store settings (options.ts `storage`): passed to the backends as text,
 * which check them and name the flag in errors (storage/options.ts optionLabel).
 */
const setting = nonEmpty.optional();
export const storageFields = {
  'retry-attempts': setting,
  'retry-base-ms': setting,
  'retry-max-ms': setting,
  'list-page-size': setting,
  's3-region': setting,
  's3-endpoint': setting,
  's3-force-path-style': setting,
  's3-part-size': setting,
  's3-concurrency': setting,
  's3-max-attempts': setting,
  's3-checksum-calculation': setting,
  's3-sse': setting,
  's3-sse-kms-key-id': setting,
  's3-storage-class': setting,
  's3-object-lock-mode': setting,
  's3-object-lock-days': setting,
  's3-object-lock-retain-until': setting,
  'gcs-endpoint': setting,
  'gcs-endpoint-auth': setting,
  'gcs-storage-class': setting,
  'gcs-chunk-size': setting,
  'azure-account': setting,
  'azure-endpoint': setting,
  'azure-access-tier': setting,
  'azure-block-size': setting,
  'azure-concurrency': setting,
  'artifact-retention-days': setting,
  'artifact-run-id': setting,
  'artifact-repository': setting,
  'artifact-staging-dir': setting,
};
const n8nFields = { 'n8n-api-key': z.string().trim().optional(), 'n8n-command': nonEmpty.optional(), 'n8n-timeout': duration };

const retentionFields = {
  'keep-last': count,
  'keep-hourly': count,
  'keep-daily': count,
  'keep-weekly': count,
  'keep-monthly': count,
  'keep-yearly': count,
  'keep-within': duration,
  retention: z.string().optional(),
  'allow-empty': z.boolean().default(false),
};

const RULE_NAMES = ['keep-last', 'keep-hourly', 'keep-daily', 'keep-weekly', 'keep-monthly', 'keep-yearly', 'keep-within'] as const;

/**
 * The retention policy from the keep-* options and the one-string `retention`
 * form (`keep-daily=7 keep-weekly=4`, also `keep-daily: 7` lines); an option
 * given both ways takes the explicit value.
 */
export function retentionPolicy(v: Record<string, unknown>, label: (o: string) => string): RetentionPolicy {
  const merged: Record<string, unknown> = {};
  if (typeof v.retention === 'string' && v.retention.trim()) {
    for (const token of v.retention.split(/[\s,]+(?=keep-)|\n/).map((t) => t.trim()).filter(Boolean)) {
      const m = /^(keep-[a-z]+)\s*[=:\s]\s*(\S+)$/.exec(token);
      if (!m || !(RULE_NAMES as readonly string[]).includes(m[1]!)) {
        throw new UsageError(`${label('retention')}: cannot read '${token}'; expected rules like keep-daily=7 keep-weekly=4 (${RULE_NAMES.join(', ')})`);
      }
      merged[m[1]!] = m[2];
    }
  }
  const parsed = z.object(Object.fromEntries(RULE_NAMES.map((r) => [r, r === 'keep-within' ? duration : count]))).safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`${label('retention')}: ${String(issue.path[0])}: ${issue.message}`);
  }
  const get = (r: (typeof RULE_NAMES)[number]) => (v[r] as number | undefined) ?? (parsed.data as Record<string, number | undefined>)[r];
  return {
    last: get('keep-last'),
    hourly: get('keep-hourly'),
    daily: get('keep-daily'),
    weekly: get('keep-weekly'),
    monthly: get('keep-monthly'),
    yearly: get('keep-yearly'),
    withinMs: get('keep-within'),
  };
}

export const BackupSchema = z
  .object({
    source: nonEmpty,
    incremental: z
      .string()
      .trim()
      .toLowerCase()
      .transform((v) => (v === '' || v === 'true' ? 'on' : v === 'false' ? 'off' : v))
      .pipe(z.enum(['on', 'auto', 'off'], { message: 'expected on, auto or off' }))
      .optional(),
    'identity-file': z.array(nonEmpty).default([]),
    identity: z.string().optional(),
    to: z.array(nonEmpty).min(1, 'at least one storage URL is required'),
    name: name.optional(),
    include: globs,
    exclude: globs,
    compression: z.enum(COMPRESSIONS).default(zstdAvailable() ? 'zstd' : 'gzip'),
    'compression-level': level,
    'lock-wait': duration,
    ...retentionFields,
    ...encryptFields,
    ...n8nFields,
    ...sourceBackupFields,
    ...storageFields,
    json: z.boolean().default(false),
    ...notifyFields,
  })
  .superRefine((v, ctx) => {
    if (v.oplog && v['no-oplog']) ctx.addIssue({ code: 'custom', path: ['no-oplog'], message: 'cannot be combined with oplog; give one of them' });
    const lvl = v['compression-level'];
    if (lvl === undefined) return;
    const [lo, hi] = v.compression === 'zstd' ? [1, 22] : v.compression === 'gzip' ? [1, 9] : [0, 0];
    if (lvl < lo || lvl > hi) {
      ctx.addIssue({ code: 'custom', path: ['compression-level'], message: v.compression === 'none' ? 'no level applies to compression none' : `expected ${lo}-${hi} for ${v.compression}` });
    }
  });

export const RestoreSchema = z.object({
  from: nonEmpty.optional(),
  name: name.optional(),
  'from-archive': nonEmpty.optional(),
  'backup-id': backupId.default('latest'),
  at: z.string().trim().min(1, 'must not be empty').optional(),
  target: nonEmpty,
  overwrite: z.boolean().default(false),
  include: globs,
  exclude: globs,
  'allow-external-links': z.boolean().default(false),
  'lock-wait': duration,
  ...decryptFields,
  ...n8nFields,
  ...sourceRestoreFields,
  activate: z.boolean().default(false),
  'dry-run': z.boolean().default(false),
  ...storageFields,
  json: z.boolean().default(false),
    ...notifyFields,
}).superRefine((v, ctx) => {
  // Either a stored backup (--from and --name) or a mongodump archive file (--from-archive).
  if (v['from-archive'] !== undefined) return;
  if (v.from === undefined) ctx.addIssue({ code: 'custom', path: ['from'], message: 'is required (or --from-archive FILE)' });
  else if (v.name === undefined) ctx.addIssue({ code: 'custom', path: ['name'], message: 'is required' });
});

export const VerifySchema = z.object({
  from: nonEmpty,
  name,
  'backup-id': z.union([z.literal('all'), backupId]).default('latest'),
  deep: z.boolean().default(false),
  ...decryptFields,
  ...storageFields,
  json: z.boolean().default(false),
    ...notifyFields,
});

export const ListSchema = z.object({
  from: nonEmpty,
  name: name.optional(),
  ...storageFields,
  json: z.boolean().default(false),
    ...notifyFields,
});

export const PruneSchema = z.object({
  from: nonEmpty,
  name,
  ...retentionFields,
  'dry-run': z.boolean().default(false),
  grace: duration,
  'lock-wait': duration,
  ...storageFields,
  json: z.boolean().default(false),
    ...notifyFields,
});

export const UnlockSchema = z.object({
  from: nonEmpty,
  name,
  all: z.boolean().default(false),
  ...storageFields,
  json: z.boolean().default(false),
    ...notifyFields,
});

export const DrillSchema = z.object({
  from: nonEmpty,
  name,
  'backup-id': backupId.default('latest'),
  target: nonEmpty,
  overwrite: z.boolean().default(false),
  'max-age': duration,
  'max-restore-time': duration,
  ...decryptFields,
  ...n8nFields,
  ...sourceRestoreFields,
  ...storageFields,
  json: z.boolean().default(false),
  ...notifyFields,
});

export const CopySchema = z.object({
  from: nonEmpty,
  to: z.array(nonEmpty).min(1, 'at least one storage URL is required'),
  name,
  'backup-id': z.union([z.literal('all'), backupId]).default('latest'),
  'lock-wait': duration,
  ...storageFields,
  json: z.boolean().default(false),
  ...notifyFields,
});

export const SCHEMAS = { backup: BackupSchema, restore: RestoreSchema, verify: VerifySchema, list: ListSchema, prune: PruneSchema, unlock: UnlockSchema, drill: DrillSchema, copy: CopySchema } as const;
export type Inputs = { [K in keyof typeof SCHEMAS]: z.infer<(typeof SCHEMAS)[K]> };

/**
 * Validates raw options; the first problem becomes one UsageError line that
 * names the option as the user wrote it (`--name` on the CLI, `input 'name'`
 * in the action).
 */
export function validate<K extends keyof typeof SCHEMAS>(command: K, raw: Record<string, unknown>, label: (option: string) => string): Inputs[K] {
  const res = SCHEMAS[command].safeParse(raw);
  if (res.success) return res.data as Inputs[K];
  const issue = res.error.issues[0]!;
  const option = String(issue.path[0] ?? '');
  const given = raw[option];
  let message = issue.message;
  if (given === undefined && (issue.code === 'invalid_type' || /required/i.test(message))) message = 'is required';
  else if (issue.code === 'invalid_value' && 'values' in issue) message = `expected one of ${(issue.values as unknown[]).join(', ')}`;
  const shown = typeof given === 'string' && given.length < 200 ? ` (got '${given}')` : '';
  throw new UsageError(`${label(option)}: ${message}${given === undefined ? '' : shown}`);
}
