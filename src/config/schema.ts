import { z } from 'zod';
import { NAME_PATTERN } from '../catalog/manifest.js';
import { UsageError } from '../errors.js';
import { COMPRESSIONS } from '../pipeline/compression.js';

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
const level = z
  .string()
  .trim()
  .regex(/^\d{1,2}$/, 'expected a whole number')
  .transform(Number)
  .optional();

export const BackupSchema = z
  .object({
    source: nonEmpty,
    to: z.array(nonEmpty).min(1, 'at least one storage URL is required'),
    name: name.optional(),
    include: globs,
    exclude: globs,
    compression: z.enum(COMPRESSIONS).default('gzip'),
    'compression-level': level,
    json: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    const lvl = v['compression-level'];
    if (lvl === undefined) return;
    const [lo, hi] = v.compression === 'zstd' ? [1, 22] : v.compression === 'gzip' ? [1, 9] : [0, 0];
    if (lvl < lo || lvl > hi) {
      ctx.addIssue({ code: 'custom', path: ['compression-level'], message: v.compression === 'none' ? 'no level applies to compression none' : `expected ${lo}-${hi} for ${v.compression}` });
    }
  });

export const RestoreSchema = z.object({
  from: nonEmpty,
  name,
  'backup-id': backupId.default('latest'),
  target: nonEmpty,
  overwrite: z.boolean().default(false),
  include: globs,
  exclude: globs,
  'allow-external-links': z.boolean().default(false),
  json: z.boolean().default(false),
});

export const VerifySchema = z.object({
  from: nonEmpty,
  name,
  'backup-id': z.union([z.literal('all'), backupId]).default('latest'),
  json: z.boolean().default(false),
});

export const ListSchema = z.object({
  from: nonEmpty,
  name: name.optional(),
  json: z.boolean().default(false),
});

export const SCHEMAS = { backup: BackupSchema, restore: RestoreSchema, verify: VerifySchema, list: ListSchema } as const;
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
