/**
 * Every option of every command, in one table. The CLI builds its parser and
 * its --help from it; the action reads inputs of the same names (the
 * exceptions: the action's `storage` input is `--to` for backup and `--from`
 * for the other commands, and copy's `--to` is the input `copy-to`).
 * Validation lives in schema.ts.
 */
export const COMMANDS = ['backup', 'restore', 'verify', 'list', 'prune', 'unlock', 'drill', 'copy'] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface OptionSpec {
  name: string;
  type: 'string' | 'boolean' | 'strings';
  commands: readonly CommandName[];
  help: string;
  /** Shown in --help as the value's placeholder. */
  value?: string;
  /** Never logged; masked in the action. */
  secret?: boolean;
  /**
   * The StorageOptions key (docs/STORAGE.md) this flag sets: a cloud store
   * setting, the same name in kebab case (`s3PartSize` ↔ `--s3-part-size`).
   */
  storage?: string;
}

const ALL = COMMANDS;

export const OPTIONS: readonly OptionSpec[] = [
  { name: 'source', type: 'string', commands: ['backup'], value: '<dir|URI>', help: 'what to back up: a directory (path or file:///dir), mongodb://…, redis://…, n8n+https://… or n8n-cli:…' },
  { name: 'to', type: 'strings', commands: ['backup', 'copy'], value: '<storage-url>', help: 'where to store the backup, or copy it to (repeat for several): a path, file:///abs/path, s3://, gs://, azblob:// or artifact://' },
  { name: 'from', type: 'string', commands: ['restore', 'verify', 'list', 'prune', 'unlock', 'drill', 'copy'], value: '<storage-url>', help: 'the storage holding the backups' },
  { name: 'name', type: 'string', commands: ALL, value: 'NAME', help: 'backup name (a folder in the storage); backup: defaults to one derived from the source' },
  { name: 'backup-id', type: 'string', commands: ['restore', 'verify', 'drill', 'copy'], value: 'ID|latest', help: 'which backup (default latest; verify and copy also take all)' },
  { name: 'deep', type: 'boolean', commands: ['verify'], help: 'also decrypt, decompress and parse every artifact with its format reader (tar, mongo archive, Redis records, RDB)' },
  { name: 'target', type: 'string', commands: ['restore', 'drill'], value: '<dir|URI>', help: 'where to restore into (drill: a throwaway target)' },
  { name: 'overwrite', type: 'boolean', commands: ['restore', 'drill'], help: 'restore into a non-empty target, replacing entries of the same name' },
  { name: 'include', type: 'strings', commands: ['backup', 'restore'], value: 'GLOB', help: 'files: only paths matching this glob (repeatable)' },
  { name: 'exclude', type: 'strings', commands: ['backup', 'restore'], value: 'GLOB', help: 'files: skip paths matching this glob (repeatable)' },
  { name: 'allow-external-links', type: 'boolean', commands: ['restore'], help: 'files: also create symlinks that point outside the target' },
  { name: 'incremental', type: 'string', commands: ['backup'], value: '[on|auto]', help: 'store only what changed since the newest backup of this name (directories: changed files; MongoDB: the oplog since then). auto: a full backup when that is not possible. Alone, --incremental means on' },
  { name: 'at', type: 'string', commands: ['restore'], value: 'TIME', help: 'point-in-time restore: ISO-8601 time (2026-11-26T10:15:00Z) or timestamp (seconds[:increment]); picks the newest full backup before it and replays its chain up to it' },
  { name: 'compression', type: 'string', commands: ['backup'], value: 'gzip|zstd|none', help: 'artifact compression (default zstd where the runtime has it, Node >= 22.15; gzip otherwise)' },
  { name: 'compression-level', type: 'string', commands: ['backup'], value: 'N', help: 'compression level (gzip 1-9, zstd 1-22)' },
  { name: 'encryption-recipients', type: 'strings', commands: ['backup'], value: 'age1…', help: 'encrypt every artifact to this age recipient (repeatable; alias --recipient); restores then need the identity' },
  { name: 'passphrase-file', type: 'string', commands: ['backup', 'restore', 'verify', 'drill'], value: 'FILE', help: 'age passphrase from a file (or env BAKUP_PASSPHRASE): encrypt (backup) or decrypt' },
  { name: 'passphrase', type: 'string', commands: ['backup', 'restore', 'verify', 'drill'], value: 'TEXT', help: 'age passphrase (prefer --passphrase-file or env BAKUP_PASSPHRASE: argv is visible to other users)', secret: true },
  { name: 'identity-file', type: 'strings', commands: ['backup', 'restore', 'verify', 'drill'], value: 'FILE', help: 'age identity file (AGE-SECRET-KEY-1…) to decrypt with (repeatable; or env BAKUP_AGE_IDENTITY)' },
  { name: 'identity', type: 'string', commands: ['backup', 'restore', 'verify', 'drill'], value: 'KEY', help: 'age identity text (for a CI secret; prefer --identity-file on a shell)', secret: true },
  // MongoDB (mongodump/mongorestore names)
  { name: 'from-archive', type: 'string', commands: ['restore'], value: 'FILE', help: 'mongodb: restore a mongodump archive file (gzip or not) made by anyone, instead of a stored backup' },
  { name: 'ns-include', type: 'strings', commands: ['backup', 'restore', 'drill'], value: 'DB.COLL', help: 'mongodb: only namespaces matching this pattern (mongodump wildcards, e.g. app.*; repeatable)' },
  { name: 'ns-exclude', type: 'strings', commands: ['backup', 'restore', 'drill'], value: 'DB.COLL', help: 'mongodb: skip namespaces matching this pattern (repeatable)' },
  { name: 'ns-from', type: 'strings', commands: ['restore', 'drill'], value: 'DB.COLL', help: 'mongodb: rename on restore, with --ns-to (e.g. app.* → app_copy.*; repeatable, in pairs)' },
  { name: 'ns-to', type: 'strings', commands: ['restore', 'drill'], value: 'DB.COLL', help: 'mongodb: the new namespace for the matching --ns-from' },
  { name: 'drop', type: 'boolean', commands: ['restore', 'drill'], help: 'mongodb/redis: replace existing collections or keys (refused otherwise)' },
  { name: 'no-index-restore', type: 'boolean', commands: ['restore', 'drill'], help: 'mongodb: do not recreate indexes' },
  { name: 'parallel-collections', type: 'string', commands: ['backup'], value: 'N', help: 'mongodb: collections dumped at once (default 4)' },
  { name: 'insert-workers', type: 'string', commands: ['restore', 'drill'], value: 'N', help: 'mongodb: concurrent insert batches per collection (default 2)' },
  { name: 'batch-size', type: 'string', commands: ['restore', 'drill'], value: 'N', help: 'mongodb: at most N documents per insert batch (default 1000; a batch also stops at 128 KiB of BSON)' },
  { name: 'server-selection-timeout', type: 'string', commands: ['backup', 'restore', 'drill'], value: 'DUR', help: 'mongodb: how long to look for a reachable server before failing (default 20s)' },
  { name: 'query', type: 'string', commands: ['backup'], value: 'JSON', help: 'mongodb: only documents matching this filter (Extended JSON)' },
  { name: 'read-preference', type: 'string', commands: ['backup'], value: 'MODE', help: 'mongodb: e.g. secondary, so backups do not load the primary' },
  { name: 'include-system-dbs', type: 'boolean', commands: ['backup'], help: 'mongodb: also back up admin and config' },
  { name: 'stop-on-error', type: 'boolean', commands: ['restore', 'drill'], help: 'mongodb: stop at the first failed insert instead of reporting duplicates and going on' },
  { name: 'write-concern', type: 'string', commands: ['restore', 'drill'], value: 'W', help: "mongodb: write concern for the restore, e.g. majority or '{w:1}'" },
  { name: 'oplog', type: 'boolean', commands: ['backup'], help: 'mongodb: capture the oplog during the dump for a point-in-time consistent backup (default: on a replica set)' },
  { name: 'no-oplog', type: 'boolean', commands: ['backup'], help: 'mongodb: do not capture the oplog, even of a whole replica set (the backup is then not point-in-time)' },
  { name: 'no-oplog-replay', type: 'boolean', commands: ['restore', 'drill'], help: 'mongodb: do not replay the oplog captured with the backup' },
  // Redis
  { name: 'redis-format', type: 'string', commands: ['backup'], value: 'dump|portable|rdb', help: 'redis: DUMP records (default), per-type portable records, or an RDB snapshot via SYNC' },
  { name: 'db', type: 'strings', commands: ['backup', 'restore', 'drill'], value: 'N', help: 'redis: only these databases (repeatable)' },
  { name: 'scan-count', type: 'string', commands: ['backup'], value: 'N', help: 'redis: SCAN COUNT hint (default 1000)' },
  { name: 'redis-batch-bytes', type: 'string', commands: ['backup', 'restore', 'drill'], value: 'SIZE', help: 'redis: bytes of values in flight at once: DUMP replies waiting during a backup, RESTOREs unanswered during a restore (default 4MiB; e.g. 512KiB, 16MiB)' },
  { name: 'key-include', type: 'strings', commands: ['backup', 'restore', 'drill'], value: 'GLOB', help: 'redis: only keys matching this pattern (repeatable)' },
  { name: 'key-exclude', type: 'strings', commands: ['backup', 'restore', 'drill'], value: 'GLOB', help: 'redis: skip keys matching this pattern (repeatable)' },
  { name: 'replace', type: 'boolean', commands: ['restore', 'drill'], help: 'redis: replace keys that exist in the target (refused otherwise)' },
  { name: 'flush', type: 'boolean', commands: ['restore', 'drill'], help: 'redis: empty the target databases first' },
  { name: 'db-map', type: 'string', commands: ['restore', 'drill'], value: 'FROM:TO,…', help: 'redis: restore database FROM into TO, e.g. 0:5' },
  // n8n
  { name: 'workflow', type: 'strings', commands: ['backup', 'restore', 'drill'], value: 'ID', help: 'n8n: only this workflow (repeatable)' },
  { name: 'tag', type: 'strings', commands: ['backup', 'restore', 'drill'], value: 'TAG', help: 'n8n: only workflows with this tag (repeatable)' },
  { name: 'active-only', type: 'boolean', commands: ['backup', 'restore', 'drill'], help: 'n8n: only active workflows' },
  { name: 'activate', type: 'boolean', commands: ['restore'], help: 'n8n: activate restored workflows that were active (activation fires triggers)' },
  { name: 'decrypted', type: 'boolean', commands: ['backup'], help: 'n8n CLI mode: export credentials decrypted (only into an encrypted backup)' },
  { name: 'allow-older-target', type: 'boolean', commands: ['restore', 'drill'], help: 'n8n: restore into an n8n older than the one the backup came from' },
  { name: 'n8n-timeout', type: 'string', commands: ['backup', 'restore', 'drill'], value: 'DUR', help: 'n8n: timeout of each API request or CLI run (default 5m)' },
  { name: 'n8n-command', type: 'string', commands: ['backup', 'restore', 'drill'], value: 'PATH', help: 'n8n CLI mode: the n8n command to run (n8n-cli:PATH also works)' },
  { name: 'n8n-api-key', type: 'string', commands: ['backup', 'restore', 'drill'], value: 'KEY', help: 'n8n: the public API key (or env N8N_API_KEY)', secret: true },
  { name: 'keep-last', type: 'string', commands: ['prune', 'backup'], value: 'N', help: 'retention: keep the N newest backups (backup: prune right after)' },
  { name: 'keep-hourly', type: 'string', commands: ['prune', 'backup'], value: 'N', help: 'retention: keep the newest backup of each of the last N hours that have one' },
  { name: 'keep-daily', type: 'string', commands: ['prune', 'backup'], value: 'N', help: 'retention: … of each of the last N days (UTC) that have one' },
  { name: 'keep-weekly', type: 'string', commands: ['prune', 'backup'], value: 'N', help: 'retention: … of each of the last N ISO weeks that have one' },
  { name: 'keep-monthly', type: 'string', commands: ['prune', 'backup'], value: 'N', help: 'retention: … of each of the last N months that have one' },
  { name: 'keep-yearly', type: 'string', commands: ['prune', 'backup'], value: 'N', help: 'retention: … of each of the last N years that have one' },
  { name: 'keep-within', type: 'string', commands: ['prune', 'backup'], value: 'DUR', help: 'retention: keep every backup within DUR (e.g. 36h, 14d) of the newest' },
  { name: 'retention', type: 'string', commands: ['prune', 'backup'], value: 'RULES', help: "the keep rules in one string, e.g. 'keep-daily=7 keep-weekly=4'" },
  { name: 'dry-run', type: 'boolean', commands: ['prune', 'restore'], help: 'prune: print the plan (keep/remove and the rule that kept each) without deleting; restore (n8n): print what would be created, updated, skipped' },
  { name: 'allow-empty', type: 'boolean', commands: ['prune', 'backup'], help: 'allow a retention that removes every backup' },
  { name: 'grace', type: 'string', commands: ['prune'], value: 'DUR', help: 'sweep manifest-less folders older than this (default 24h)' },
  { name: 'lock-wait', type: 'string', commands: ['backup', 'restore', 'prune', 'copy'], value: 'DUR', help: 'how long to wait for a conflicting lock (default 2m; prune 0s)' },
  { name: 'all', type: 'boolean', commands: ['unlock'], help: 'also remove locks that have not expired (their job may still run)' },
  { name: 'max-age', type: 'string', commands: ['drill'], value: 'DUR', help: 'fail when the backup is older than this (recovery point objective), e.g. 24h' },
  { name: 'max-restore-time', type: 'string', commands: ['drill'], value: 'DUR', help: 'fail when the restore takes longer (recovery time objective), e.g. 1h' },
  // Cloud stores (docs/STORAGE.md): each sets the StorageOptions key of the same name; read by the backend of that kind only.
  store('retry-attempts', 'N', 'cloud stores: attempts per operation, the first included (default 4; 1 = no retries)'),
  store('retry-base-ms', 'MS', 'cloud stores: first backoff ceiling in ms; it doubles per retry, the delay is drawn below it (default 300)'),
  store('retry-max-ms', 'MS', 'cloud stores: largest backoff ceiling in ms (default 10000)'),
  store('list-page-size', 'N', "cloud stores: keys per list request (default the service's: 1000, Azure 5000)"),
  store('s3-region', 'REGION', 'S3: region to sign for (default AWS_REGION, AWS_DEFAULT_REGION, us-east-1)'),
  store('s3-endpoint', 'URL', 'S3: http(s)://host[:port] of an S3-compatible service (default AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL, AWS)'),
  store('s3-force-path-style', 'true|false', 'S3: path-style addressing (default true with a custom endpoint)'),
  store('s3-part-size', 'SIZE', 'S3: first multipart part size, 5MiB-1GiB (default 8MiB); memory ≈ (s3-concurrency + 1) × part size'),
  store('s3-concurrency', 'N', 'S3: parts uploaded at once (default 4)'),
  store('s3-max-attempts', 'N', 'S3: SDK attempts per request, each part included (default 5)'),
  store('s3-checksum-calculation', 'WHEN_SUPPORTED|WHEN_REQUIRED', 'S3: WHEN_REQUIRED for stores that mishandle the CRC32 checksums the SDK sends by default'),
  store('s3-sse', 'AES256|aws:kms|aws:kms:dsse', 'S3: server-side encryption of every object'),
  store('s3-sse-kms-key-id', 'KEY', 'S3: the KMS key id or ARN, with --s3-sse aws:kms (default the bucket key)'),
  store('s3-storage-class', 'CLASS', 'S3: storage class of every object, e.g. STANDARD_IA, INTELLIGENT_TIERING, GLACIER_IR'),
  store('s3-object-lock-mode', 'GOVERNANCE|COMPLIANCE', 'S3: give every object a retention (the bucket needs Object Lock enabled)'),
  store('s3-object-lock-days', 'N', 'S3: with --s3-object-lock-mode: retain until put time + N days'),
  store('s3-object-lock-retain-until', 'DATE', 'S3: with --s3-object-lock-mode: retain until this ISO date instead'),
  store('gcs-endpoint', 'URL', 'GCS: API endpoint (default STORAGE_EMULATOR_HOST, Google)'),
  store('gcs-endpoint-auth', 'true|false', 'GCS: send credentials to the custom endpoint (default: not to a loopback http:// one)'),
  store('gcs-storage-class', 'CLASS', 'GCS: storage class of every object: STANDARD, NEARLINE, COLDLINE or ARCHIVE (default the bucket\'s)'),
  store('gcs-chunk-size', 'SIZE', 'GCS: bytes per resumable-upload request, a multiple of 256KiB (default 8MiB; two are held in memory)'),
  store('azure-account', 'NAME', 'Azure: storage account (default AZURE_STORAGE_ACCOUNT; AZURE_STORAGE_CONNECTION_STRING wins when this is not given)'),
  store('azure-endpoint', 'URL', 'Azure: blob service URL (default https://<account>.blob.core.windows.net)'),
  store('azure-access-tier', 'Hot|Cool|Cold|Archive', "Azure: access tier of every blob (default the account's)"),
  store('azure-block-size', 'SIZE', 'Azure: block size, 1MiB-4000MiB (default 8MiB)'),
  store('azure-concurrency', 'N', 'Azure: blocks staged at once (default 4)'),
  store('artifact-retention-days', 'N', "GitHub artifact: days to keep it, 1-90 (default the repository's)"),
  store('artifact-run-id', 'ID', 'GitHub artifact: read the artifact of this workflow run (needs GITHUB_TOKEN with actions: read)'),
  store('artifact-repository', 'OWNER/NAME', 'GitHub artifact: the repository of --artifact-run-id (default GITHUB_REPOSITORY)'),
  store('artifact-staging-dir', 'DIR', 'GitHub artifact: where puts are staged before the upload (default RUNNER_TEMP)'),
  { name: 'slack-webhook-url', type: 'string', commands: ALL, value: 'URL', help: 'post the outcome to this Slack incoming webhook (or env SLACK_WEBHOOK_URL)', secret: true },
  { name: 'notify', type: 'string', commands: ALL, value: 'always|failure|never', help: 'when to post to Slack (default always)' },
  { name: 'json', type: 'boolean', commands: ALL, help: 'print one JSON document on stdout' },
];

export function optionsFor(command: CommandName): OptionSpec[] {
  return OPTIONS.filter((o) => o.commands.includes(command));
}

/** `s3-part-size` → `s3PartSize`. */
function camel(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** A cloud store setting: every command opens a store, so every command takes it. */
function store(name: string, value: string, help: string): OptionSpec {
  return { name, type: 'string', commands: ALL, value, help, storage: camel(name) };
}

/**
 * The action input that carries an option: `storage` for --to (backup) and
 * --from (every other command), `copy-to` for copy's --to.
 */
export function inputNameOf(option: string, command?: CommandName): string {
  if (option === 'to' && command === 'copy') return 'copy-to';
  return option === 'to' || option === 'from' ? 'storage' : option;
}
