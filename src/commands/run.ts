import { ExitCode, errorMessage } from '../errors.js';
import { checkPolicy, prune, type PruneResult } from './prune.js';
import { unlock } from './unlock.js';
import { policyIsEmpty } from '../catalog/retention.js';
import { retentionPolicy } from '../config/schema.js';
import { DEFAULT_LOCK_WAIT_MS } from './backup.js';
import type { Inputs } from '../config/schema.js';

/** Manifest-less folders younger than this are left alone by prune (a backup may still be writing them). */
export const DEFAULT_GRACE_MS = 24 * 3_600_000;
import { OPTIONS, type CommandName } from '../config/options.js';
import type { StorageOptions } from '../storage/open.js';
import type { Logger } from '../log.js';
import { copy } from './copy.js';
import { renderSummary } from '../notify/summary.js';
import type { RunFacts } from '../notify/slack.js';
import { drill } from './drill.js';
import { loadKeys } from '../pipeline/encryption.js';
import { parseAt } from '../catalog/chain.js';
import type { SourceOptions } from '../sources/source.js';
import { Progress } from '../progress/progress.js';
import { redact } from '../util/redact.js';
import { formatBytes, formatDuration } from '../util/format.js';
import { backup } from './backup.js';
import type { CommandContext } from './context.js';
import { list, listLines } from './list.js';
import { restore } from './restore.js';
import { verify } from './verify.js';

/** What a command produced, in the forms each front end needs. */
export interface Outcome {
  command: CommandName;
  exitCode: ExitCode;
  /** The --json document. */
  json: unknown;
  /** Lines for a human on stdout. */
  text: string[];
  /** Markdown for the job summary. */
  summary: string;
  /** Action outputs. */
  outputs: Record<string, string>;
  /** What a notification says about the run. */
  facts?: RunFacts;
}

export async function runCommand<K extends CommandName>(command: K, inputs: Inputs[K], ctx: CommandContext, label: (option: string) => string = (o) => `--${o}`): Promise<Outcome> {
  const storageOptions = storageOptionsOf(inputs as Record<string, unknown>, label);
  warnUnusedStorageOptions(inputs as Record<string, unknown>, label, ctx.log);
  switch (command) {
    case 'backup': {
      const i = inputs as Inputs['backup'];
      const policy = retentionPolicy(i, label);
      const pruneAfter = !policyIsEmpty(policy) || i['allow-empty'];
      if (pruneAfter) checkPolicy(policy, i['allow-empty']);
      const r = await backup(
        {
          source: i.source,
          to: i.to,
          name: i.name,
          compression: i.compression,
          compressionLevel: i['compression-level'],
          sourceOptions: backupSourceOptions(i),
          lockWaitMs: i['lock-wait'],
          storageOptions,
          keys: loadKeys({ recipients: i['encryption-recipients'], passphraseFile: i['passphrase-file'], passphrase: i.passphrase, identityFiles: i['identity-file'], identity: i.identity }),
          incremental: i.incremental === 'off' ? undefined : i.incremental,
        },
        ctx,
      );
      const m = r.manifest;
      const pruned: PruneResult[] = [];
      if (pruneAfter) {
        for (const d of r.destinations.filter((x) => x.ok)) {
          try {
            pruned.push(await prune({ from: d.location, name: m.name, policy, dryRun: false, allowEmpty: i['allow-empty'], graceMs: DEFAULT_GRACE_MS, lockWaitMs: i['lock-wait'] ?? DEFAULT_LOCK_WAIT_MS, storageOptions }, ctx));
          } catch (err) {
            // The backup itself succeeded; a failed prune is reported, and fails the run, without hiding that.
            d.ok = false;
            d.error = `backup stored, but retention failed: ${errorMessage(err)}`;
            ctx.log.error(`${d.location}: ${d.error}`);
          }
        }
      }
      const ok = r.destinations.filter((d) => d.ok);
      const failed = r.destinations.filter((d) => !d.ok);
      return {
        command,
        exitCode: failed.length ? ExitCode.OPERATIONAL : ExitCode.OK,
        json: {
          id: m.id,
          name: m.name,
          type: m.type,
          kind: m.source.kind,
          size: m.size,
          plainSize: m.artifacts.reduce((n, a) => n + a.plain.size, 0),
          durationMs: m.durationMs,
          startedAt: m.startedAt,
          finishedAt: m.finishedAt,
          artifacts: m.artifacts,
          fingerprint: m.fingerprint,
          warnings: m.warnings,
          destinations: r.destinations,
          ...(pruneAfter ? { pruned: pruned.map((p) => ({ storage: p.storage, removed: p.removed })) } : {}),
        },
        text: [
          `${m.id}  ${formatBytes(m.size)}  ${formatDuration(m.durationMs)}  ${summaryCounts(m.fingerprint.summary)}`,
          ...ok.map((d) => `  stored in ${d.location}`),
          ...failed.map((d) => `  FAILED ${d.location}: ${d.error}`),
          ...pruned.map((p) => `  retention on ${p.storage}: kept ${p.plan.filter((x) => x.keep).length}, removed ${p.removed.length}`),
        ],
        summary: renderSummary({ command: 'backup', result: r }),
        facts: {
          command,
          ok: failed.length === 0,
          name: m.name,
          headline: failed.length ? `${failed.length} of ${r.destinations.length} destination(s) failed: ${failed.map((d) => `${d.location}: ${d.error}`).join('; ')}` : `backup ${m.id} stored`,
          fields: [
            ['Source', `${m.source.kind}: ${m.source.location}`],
            ['Stored in', r.destinations.map((d) => `${d.ok ? '' : '✗ '}${d.location}`).join('\n')],
            ['Size', formatBytes(m.size)],
            ['Duration', formatDuration(m.durationMs)],
            ['Backup id', m.id],
          ],
        },
        outputs: {
          'backup-id': m.id,
          'size-bytes': String(m.size),
          'duration-seconds': (m.durationMs / 1000).toFixed(3),
          manifest: ok.map((d) => `${d.location.replace(/\/$/, '')}/${d.manifestKey}`).join('\n'),
        },
      };
    }
    case 'restore': {
      const i = inputs as Inputs['restore'];
      if (i['from-archive']) return restoreFromArchive(i, ctx);
      const r = await restore(
        {
          from: i.from!,
          name: i.name!,
          backupId: i['backup-id'],
          at: i.at === undefined ? undefined : parseAt(i.at, label('at')),
          target: i.target,
          sourceOptions: { ...restoreSourceOptions(i), overwrite: i.overwrite, include: i.include, exclude: i.exclude, allowExternalLinks: i['allow-external-links'], activate: i.activate, dryRun: i['dry-run'] } as SourceOptions,
          lockWaitMs: i['lock-wait'],
          storageOptions,
          keys: decryptKeys(i),
        },
        ctx,
      );
      return {
        command,
        exitCode: ExitCode.OK,
        json: { id: r.manifest.id, name: r.manifest.name, chain: r.chain, landsAt: r.landsAt, target: r.target, durationMs: r.durationMs, summary: r.report.summary, ...(r.report.checks ? { checks: r.report.checks } : {}), warnings: r.report.warnings },
        text: [
          `restored ${r.chain.length > 1 ? `${r.chain[0]} + ${r.chain.length - 1} incremental(s) up to ` : ''}${r.manifest.id}${r.landsAt ? ` at ${r.landsAt}` : ''} into ${r.target} in ${formatDuration(r.durationMs)}  ${summaryCounts(r.report.summary)}`,
          ...(r.report.checks?.compared ?? []).map((c) => `  compared: ${c}`),
          ...(r.report.checks?.notCompared ?? []).map((c) => `  not compared: ${c}`),
        ],
        summary: renderSummary({ command: 'restore', result: r }),
        facts: {
          command,
          ok: true,
          name: r.manifest.name,
          headline: `restored ${r.manifest.id} into ${r.target}`,
          fields: [
            ['From', r.storage],
            ['Into', r.target],
            ['Duration', formatDuration(r.durationMs)],
            ['Backup id', r.manifest.id],
          ],
        },
        outputs: {
          'backup-id': r.manifest.id,
          'size-bytes': String(r.manifest.size),
          'duration-seconds': (r.durationMs / 1000).toFixed(3),
          manifest: `${r.storage.replace(/\/$/, '')}/${r.manifest.name}/${r.manifest.id}/manifest.json`,
        },
      };
    }
    case 'verify': {
      const i = inputs as Inputs['verify'];
      const r = await verify({ from: i.from, name: i.name, backupId: i['backup-id'], keys: decryptKeys(i), deep: i.deep, storageOptions }, ctx);
      const last = r.backups[r.backups.length - 1];
      return {
        command,
        exitCode: r.ok ? ExitCode.OK : ExitCode.VERIFICATION,
        json: r,
        text: r.backups.flatMap((b) => [
          `${b.ok ? 'ok    ' : 'FAILED'} ${b.id}${b.chainOf ? `  (in the chain of ${b.chainOf})` : ''}${b.ok ? '' : `  ${b.error ?? b.artifacts.filter((a) => !a.ok).map((a) => a.error).join('; ')}`}`,
          ...b.artifacts.filter((a) => a.ok && a.contents).map((a) => `         ${a.name}: parsed, ${summaryCounts(a.contents!)}`),
        ]),
        summary: renderSummary({ command: 'verify', result: r }),
        facts: {
          command,
          ok: r.ok,
          name: r.name,
          headline: r.ok ? `${r.backups.length} backup(s) verified` : `${r.backups.filter((b) => !b.ok).length} of ${r.backups.length} backup(s) FAILED verification`,
          fields: [['Storage', r.storage], ...r.backups.filter((b) => !b.ok).slice(0, 5).map((b): [string, string] => [b.id, b.error ?? b.artifacts.filter((a) => !a.ok).map((a) => a.error).join('; ')])],
        },
        outputs: last ? { 'backup-id': last.id } : {},
      };
    }
    case 'list': {
      const i = inputs as Inputs['list'];
      const r = await list({ from: i.from, name: i.name, storageOptions }, ctx);
      const newest = r.backups[r.backups.length - 1];
      return {
        command,
        exitCode: ExitCode.OK,
        json: r.backups,
        text: listLines(r, i.name),
        summary: renderSummary({ command: 'list', result: r }),
        outputs: newest ? { 'backup-id': newest.id, 'size-bytes': String(newest.size ?? 0) } : {},
      };
    }
    case 'drill': {
      const i = inputs as Inputs['drill'];
      const r = await drill(
        {
          from: i.from,
          name: i.name,
          backupId: i['backup-id'],
          target: i.target,
          maxAgeMs: i['max-age'],
          maxRestoreMs: i['max-restore-time'],
          sourceOptions: { ...restoreSourceOptions(i), overwrite: i.overwrite } as SourceOptions,
          storageOptions,
          keys: decryptKeys(i),
        },
        ctx,
      );
      const history = await list({ from: i.from, name: i.name, storageOptions }, ctx).catch(() => undefined);
      const verdict = r.ok ? 'PASSED' : 'FAILED';
      return {
        command,
        // Data that differs is a verification failure (3); a restore that failed keeps its own code; a missed objective is 1.
        exitCode: r.ok ? ExitCode.OK : r.differences.length ? ExitCode.VERIFICATION : (r.restoreExitCode ?? ExitCode.OPERATIONAL),
        json: r,
        text: [
          `drill ${verdict}: ${r.name} ${r.backupId ?? ''} → ${r.target}`,
          `  RPO (backup age) ${r.rpoMs === undefined ? '?' : formatDuration(r.rpoMs)}${r.maxAgeMs !== undefined ? ` (objective ${formatDuration(r.maxAgeMs)})` : ''}, RTO (restore time) ${r.rtoMs === undefined ? '?' : formatDuration(r.rtoMs)}${r.maxRestoreMs !== undefined ? ` (objective ${formatDuration(r.maxRestoreMs)})` : ''}`,
          ...r.differences.map((d) => `  differs: ${d.item}: backup ${d.expected}, restored ${d.actual}`),
          ...(r.compared ?? []).map((c) => `  compared: ${c}`),
          ...(r.notCompared ?? []).map((c) => `  not compared: ${c}`),
          ...r.failures.map((f) => `  ${f}`),
        ],
        summary: renderSummary({ command: 'drill', result: r, history: history?.backups }),
        outputs: {
          ...(r.backupId ? { 'backup-id': r.backupId } : {}),
          ...(r.rtoMs !== undefined ? { 'duration-seconds': (r.rtoMs / 1000).toFixed(3), 'rto-seconds': (r.rtoMs / 1000).toFixed(3) } : {}),
          ...(r.rpoMs !== undefined ? { 'rpo-seconds': (r.rpoMs / 1000).toFixed(0) } : {}),
          verdict: r.ok ? 'passed' : 'failed',
        },
        facts: {
          command,
          ok: r.ok,
          name: r.name,
          headline: r.ok
            ? r.notCompared?.length
              ? `restore drill passed: what the backup records was compared (${r.notCompared.length} thing(s) could not be: see the report)`
              : `restore drill passed: data matches the backup's fingerprint`
            : r.failures.join('; '),
          fields: [
            ['Backup id', r.backupId ?? '?'],
            ['Throwaway target', r.target],
            ['RPO (backup age)', `${r.rpoMs === undefined ? '?' : formatDuration(r.rpoMs)}${r.maxAgeMs !== undefined ? ` / objective ${formatDuration(r.maxAgeMs)}` : ''}`],
            ['RTO (restore time)', `${r.rtoMs === undefined ? '?' : formatDuration(r.rtoMs)}${r.maxRestoreMs !== undefined ? ` / objective ${formatDuration(r.maxRestoreMs)}` : ''}`],
            ['Verdict', verdict],
          ],
        },
      };
    }
    case 'prune': {
      const i = inputs as Inputs['prune'];
      const r = await prune(
        {
          from: i.from,
          name: i.name,
          policy: retentionPolicy(i, label),
          dryRun: i['dry-run'],
          allowEmpty: i['allow-empty'],
          graceMs: i.grace ?? DEFAULT_GRACE_MS,
          lockWaitMs: i['lock-wait'] ?? 0,
          storageOptions,
        },
        ctx,
      );
      return {
        command,
        exitCode: ExitCode.OK,
        json: r,
        text: [
          ...r.plan.map((p) => `${p.keep ? 'keep  ' : r.dryRun ? 'remove' : 'removed'}  ${p.id}  ${p.reasons.join(', ')}`),
          `${r.dryRun ? 'dry run: would keep' : 'kept'} ${r.plan.filter((p) => p.keep).length}, ${r.dryRun ? 'would remove' : 'removed'} ${r.plan.filter((p) => !p.keep).length}` +
            (r.orphans.length ? `, swept ${r.orphans.length} orphaned folder(s)` : ''),
        ],
        summary: renderSummary({ command: 'prune', result: r }),
        outputs: {},
      };
    }
    case 'unlock': {
      const i = inputs as Inputs['unlock'];
      const r = await unlock({ from: i.from, name: i.name, all: i.all, storageOptions }, ctx);
      return {
        command,
        exitCode: ExitCode.OK,
        json: r,
        text: [...r.removed.map((l) => `removed ${l}`), ...r.kept.map((l) => `kept (not expired; --all removes it) ${l}`), ...(r.removed.length + r.kept.length ? [] : ['no locks'])],
        summary: `## bakup unlock \`${i.name}\`\n\n${r.removed.length} lock(s) removed, ${r.kept.length} kept\n`,
        outputs: {},
      };
    }
    case 'copy': {
      const i = inputs as Inputs['copy'];
      const r = await copy({ from: i.from, to: i.to, name: i.name, backupId: i['backup-id'], lockWaitMs: i['lock-wait'], storageOptions }, ctx);
      const rows = r.backups.flatMap((b) => b.destinations.map((d) => ({ b, d })));
      const copied = rows.filter((x) => x.d.status === 'copied');
      const skipped = rows.filter((x) => x.d.status === 'skipped');
      const failed = rows.filter((x) => x.d.status === 'failed');
      const last = r.backups[r.backups.length - 1];
      return {
        command,
        exitCode: r.exitCode,
        json: r,
        text: [
          ...rows.map(({ b, d }) =>
            d.status === 'copied'
              ? `copied  ${b.id}  ${formatBytes(b.size ?? 0)}  to ${d.location}`
              : d.status === 'skipped'
                ? `skipped ${b.id}  already in ${d.location} (identical manifest)`
                : `FAILED  ${b.id}  to ${d.location}: ${d.reason}`,
          ),
          `${copied.length} copied, ${skipped.length} skipped, ${failed.length} failed; ${formatBytes(r.bytesRead)} read in ${formatDuration(r.durationMs)}`,
        ],
        summary: renderSummary({ command: 'copy', result: r }),
        facts: {
          command,
          ok: failed.length === 0,
          name: r.name,
          headline: failed.length
            ? `${failed.length} copy(ies) FAILED: ${failed.slice(0, 5).map(({ b, d }) => `${b.id} to ${d.location}: ${d.reason}`).join('; ')}`
            : `${copied.length} copied, ${skipped.length} already there`,
          fields: [
            ['From', r.from],
            ['To', r.to.join('\n')],
            ['Backups', r.backups.map((b) => b.id).slice(-10).join('\n')],
            ['Read', formatBytes(r.bytesRead)],
            ['Duration', formatDuration(r.durationMs)],
          ],
        },
        outputs: {
          ...(last ? { 'backup-id': last.id, 'size-bytes': String(last.size ?? 0) } : {}),
          'duration-seconds': (r.durationMs / 1000).toFixed(3),
          manifest: last ? last.destinations.filter((d) => d.manifestKey).map((d) => `${d.location.replace(/\/$/, '')}/${d.manifestKey}`).join('\n') : '',
        },
      };
    }
  }
  throw new Error(`unknown command ${String(command)}`);
}

/**
 * The StorageOptions of the cloud store flags given (options.ts `storage`),
 * with the labels errors name them by (`--s3-part-size`, `input 's3-part-size'`).
 */
export function storageOptionsOf(inputs: Record<string, unknown>, label: (option: string) => string): StorageOptions {
  const out: StorageOptions = {};
  const labels: Record<string, string> = {};
  for (const o of OPTIONS) {
    if (!o.storage) continue;
    labels[o.storage] = label(o.name);
    if (inputs[o.name] !== undefined) out[o.storage] = inputs[o.name];
  }
  out.labels = labels;
  return out;
}

const SCHEME_OF_PREFIX: Record<string, string> = { s3: 's3:', gcs: 'gs:', azure: 'azblob:', artifact: 'artifact:' };

/** A flag for a kind of store that the command does not use is most likely a mistake: say so. */
function warnUnusedStorageOptions(inputs: Record<string, unknown>, label: (option: string) => string, log: Logger): void {
  const urls = [inputs.to, inputs.from].flat().filter((u): u is string => typeof u === 'string');
  const schemes = new Set(urls.map((u) => /^([a-z][a-z0-9+.-]*:)\/\//i.exec(u.trim())?.[1]?.toLowerCase()));
  for (const o of OPTIONS) {
    if (!o.storage || inputs[o.name] === undefined) continue;
    const scheme = SCHEME_OF_PREFIX[o.name.split('-')[0]!];
    if (scheme && !schemes.has(scheme)) log.warn(`${label(o.name)} has no effect: no ${scheme}// storage is used`);
  }
}

/**
 * Options of every source kind, by the names the sources define (MongoSourceOptions,
 * RedisSourceOptions, N8nSourceOptions); each source reads those that apply to it.
 */
function backupSourceOptions(i: Inputs['backup']): SourceOptions {
  const o: Record<string, unknown> = {
    include: i.include,
    exclude: i.exclude,
    n8nApiKey: i['n8n-api-key'],
    n8nCommand: i['n8n-command'],
    n8nTimeoutMs: i['n8n-timeout'],
    nsInclude: i['ns-include'],
    nsExclude: i['ns-exclude'],
    parallelCollections: i['parallel-collections'],
    query: i.query,
    readPreference: i['read-preference'],
    includeSystemDbs: i['include-system-dbs'],
    oplog: i['no-oplog'] ? false : i.oplog,
    serverSelectionTimeoutMs: i['server-selection-timeout'],
    redisFormat: i['redis-format'],
    batchBytes: i['redis-batch-bytes'],
    dbs: i.db.length ? i.db : undefined,
    scanCount: i['scan-count'],
    keyInclude: i['key-include'],
    keyExclude: i['key-exclude'],
    workflowIds: i.workflow.length ? i.workflow : undefined,
    tags: i.tag.length ? i.tag : undefined,
    activeOnly: i['active-only'],
    decrypted: i.decrypted,
  };
  return o as SourceOptions;
}

function restoreSourceOptions(i: Inputs['restore'] | Inputs['drill']): Record<string, unknown> {
  return {
    n8nApiKey: i['n8n-api-key'],
    n8nCommand: i['n8n-command'],
    n8nTimeoutMs: i['n8n-timeout'],
    allowOlderTarget: i['allow-older-target'],
    nsInclude: i['ns-include'],
    nsExclude: i['ns-exclude'],
    nsFrom: i['ns-from'],
    nsTo: i['ns-to'],
    drop: i.drop,
    noIndexRestore: i['no-index-restore'],
    insertWorkers: i['insert-workers'],
    batchSize: i['batch-size'],
    serverSelectionTimeoutMs: i['server-selection-timeout'],
    stopOnError: i['stop-on-error'],
    writeConcern: i['write-concern'],
    noOplogReplay: i['no-oplog-replay'],
    dbs: i.db.length ? i.db : undefined,
    keyInclude: i['key-include'],
    keyExclude: i['key-exclude'],
    replace: i.replace,
    flush: i.flush,
    dbMap: i['db-map'],
    batchBytes: i['redis-batch-bytes'],
    workflowIds: i.workflow.length ? i.workflow : undefined,
    tags: i.tag.length ? i.tag : undefined,
    activeOnly: i['active-only'],
  };
}

/** `restore --from-archive FILE`: a mongodump archive made by anyone, straight into MongoDB. */
async function restoreFromArchive(i: Inputs['restore'], ctx: CommandContext): Promise<Outcome> {
  const started = Date.now();
  const { restoreArchiveFile } = await import('../sources/mongodb/restore.js');
  const progress = new Progress(ctx.log, `restore ${i['from-archive']}`);
  try {
    const report = await restoreArchiveFile(i['from-archive']!, i.target, restoreSourceOptions(i) as SourceOptions, { log: ctx.log, progress });
    for (const w of report.warnings) ctx.log.warn(w);
    const durationMs = Date.now() - started;
    return {
      command: 'restore',
      exitCode: ExitCode.OK,
      json: { archive: i['from-archive'], target: redact(i.target), durationMs, summary: report.summary, warnings: report.warnings },
      text: [`restored ${i['from-archive']} into ${redact(i.target)} in ${formatDuration(durationMs)}  ${summaryCounts(report.summary)}`],
      summary: `## ✅ bakup restore of \`${i['from-archive']}\`\n\n${Object.entries(report.summary).map(([k, v]) => `- ${k}: ${v}`).join('\n')}\n`,
      outputs: { 'duration-seconds': (durationMs / 1000).toFixed(3) },
      facts: { command: 'restore', ok: true, headline: `restored ${i['from-archive']} into ${redact(i.target)}`, fields: [['Duration', formatDuration(durationMs)]] },
    };
  } finally {
    progress.stop();
  }
}

function decryptKeys(i: { 'identity-file': string[]; identity?: string; 'passphrase-file'?: string; passphrase?: string }) {
  return loadKeys({ identityFiles: i['identity-file'], identity: i.identity, passphraseFile: i['passphrase-file'], passphrase: i.passphrase });
}

function summaryCounts(summary: Record<string, number>): string {
  return Object.entries(summary)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
}
