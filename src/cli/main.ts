import { parseArgs } from 'node:util';
import { asBakupError, ExitCode, UsageError } from '../errors.js';
import { COMMANDS, optionsFor, type CommandName, type OptionSpec } from '../config/options.js';
import { validate } from '../config/schema.js';
import { runCommand } from '../commands/run.js';
import { StreamLogger } from '../log.js';
import { redact, registerSecret } from '../util/redact.js';
import { failureFacts, notifySlack } from '../notify/slack.js';
import { VERSION } from '../version.js';

const SYNOPSIS: Record<CommandName, string> = {
  backup: 'bakup backup --source <dir|URI> --to <storage-url> [--to …] [--name NAME] [--incremental [auto]] [--json]',
  restore: 'bakup restore --from <storage-url> --name NAME [--backup-id ID|latest | --at TIME] --target <dir|URI> [--overwrite]\n       bakup restore --from-archive FILE --target mongodb://… [--drop]',
  verify: 'bakup verify --from <storage-url> --name NAME [--backup-id ID|latest|all]',
  list: 'bakup list --from <storage-url> [--name NAME] [--json]',
  prune: 'bakup prune --from <storage-url> --name NAME --keep-last N --keep-daily N … [--keep-within DUR] [--dry-run]',
  unlock: 'bakup unlock --from <storage-url> --name NAME [--all]',
  drill: 'bakup drill --from <storage-url> --name NAME --target <throwaway URI> [--backup-id latest] [--max-age DUR] [--max-restore-time DUR]',
  copy: 'bakup copy --from <storage-url> --to <storage-url> [--to …] --name NAME [--backup-id ID|latest|all]',
};

const ABOUT: Record<CommandName, string> = {
  backup: 'Back up a source to one or more storages. The manifest is written last: a backup exists only once complete.',
  restore: 'Restore a backup into a target, checking every byte against the manifest first.',
  verify: 'Re-read every artifact and check sizes and SHA-256 digests. Exit 3 when anything does not match.',
  list: 'List the committed backups in a storage.',
  prune: 'Apply a retention policy on the store (restic forget rules, ORed). Manifests go first, then artifacts; parents of kept incrementals are kept; manifest-less folders older than --grace are swept.',
  unlock: 'Remove stale locks (past their expiry) left by jobs that died; --all removes every lock.',
  copy: 'Copy committed backups to other storages as they are stored (still compressed and encrypted: no key needed). Every byte is checked against the manifest on the way; the manifest is written last, once every artifact arrived. Backups already there are skipped; incrementals follow their parents. Exit 3 when a source artifact does not match its manifest (nothing is listed on the target).',
  drill: 'Restore drill: restore a backup into a throwaway target, compare what landed there with the fingerprint recorded at backup time, and check the achieved RPO (backup age) and RTO (restore time) against objectives. Exit 3 when the data differs, 1 when an objective is missed.',
};

function mainHelp(): string {
  return [
    `bakup ${VERSION} — back up and restore directories, MongoDB, Redis and n8n to local and cloud storage`,
    '',
    'Usage:',
    ...COMMANDS.map((c) => `  ${SYNOPSIS[c]}`),
    '',
    'Run `bakup <command> --help` for a command\'s options.',
    'Exit codes: 0 success, 1 operational failure, 2 invalid input or usage, 3 verification failed.',
  ].join('\n');
}

function commandHelp(c: CommandName): string {
  const row = (o: OptionSpec) => {
    const flag = `--${o.name}${o.value ? ` ${o.value}` : ''}`;
    return `  ${flag.padEnd(34)} ${o.help}`;
  };
  const options = optionsFor(c);
  return [
    `Usage: ${SYNOPSIS[c]}`,
    '',
    ABOUT[c],
    '',
    'Options:',
    ...options.filter((o) => !o.storage).map(row),
    `  ${'--help'.padEnd(34)} show this help`,
    '',
    'Cloud store options (each read only by stores of its kind; docs/STORAGE.md):',
    ...options.filter((o) => o.storage).map(row),
  ].join('\n');
}

export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream | NodeJS.WritableStream;
}

/** Runs the CLI; returns the exit code (the caller sets process.exitCode). */
export async function runCli(argv: string[], io: CliIO = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const log = new StreamLogger(io.stderr);
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      io.stdout.write(`${mainHelp()}\n`);
      return first === undefined ? ExitCode.USAGE : ExitCode.OK;
    }
    if (first === '--version' || first === '-V') {
      io.stdout.write(`${VERSION}\n`);
      return ExitCode.OK;
    }
    if (!(COMMANDS as readonly string[]).includes(first)) {
      throw new UsageError(`unknown command '${first}'; expected one of ${COMMANDS.join(', ')} (see bakup --help)`);
    }
    const command = first as CommandName;
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(`${commandHelp(command)}\n`);
      return ExitCode.OK;
    }
    // --recipient is the age-style spelling of --encryption-recipients.
    const raw = parseFlags(command, rest.map((a) => (a === '--recipient' ? '--encryption-recipients' : a.startsWith('--recipient=') ? `--encryption-recipients=${a.slice(12)}` : a)));
    const inputs = validate(command, raw, (o) => `--${o}`);
    const webhook = inputs['slack-webhook-url'] ?? process.env.SLACK_WEBHOOK_URL;
    registerSecret(webhook);
    let outcome;
    try {
      outcome = await runCommand(command, inputs, { log }, (o) => `--${o}`);
    } catch (err) {
      await notifySlack(webhook, inputs.notify, failureFacts(command, inputs.name, err), log);
      throw err;
    }
    log.done();
    if (outcome.facts) await notifySlack(webhook, inputs.notify, outcome.facts, log);
    if (inputs.json) io.stdout.write(`${JSON.stringify(outcome.json, null, 2)}\n`);
    else for (const line of outcome.text) io.stdout.write(`${redact(line)}\n`);
    return outcome.exitCode;
  } catch (err) {
    log.done();
    const e = asBakupError(err);
    log.error(e.message);
    if (process.env.BAKUP_DEBUG && err instanceof Error && err.stack) io.stderr.write(`${redact(err.stack)}\n`);
    return e.exitCode;
  }
}

/** Flags that may stand alone: `--incremental` means `--incremental on`. */
const BARE_VALUE: Record<string, string> = { '--incremental': 'on' };

function parseFlags(command: CommandName, argv: string[]): Record<string, unknown> {
  const args = argv.flatMap((a, i) => (a in BARE_VALUE && (i + 1 >= argv.length || argv[i + 1]!.startsWith('--')) ? [`${a}=${BARE_VALUE[a]}`] : [a]));
  const specs = optionsFor(command);
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {};
  for (const s of specs) options[s.name] = s.type === 'boolean' ? { type: 'boolean' } : { type: 'string', multiple: s.type === 'strings' };
  try {
    const { values } = parseArgs({ args, options, strict: true, allowPositionals: false });
    return values as Record<string, unknown>;
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const unknown = /Unknown option '([^']+)'/.exec(msg);
    if (unknown) throw new UsageError(`unknown option '${unknown[1]}' for 'bakup ${command}' (see bakup ${command} --help)`);
    const positional = /Unexpected argument '([^']+)'/.exec(msg);
    if (positional) throw new UsageError(`unexpected argument '${positional[1]}' for 'bakup ${command}'; options take the form --name value`);
    const missing = /Option '(--[^ ']+)[^']*' argument missing/.exec(msg);
    if (missing) throw new UsageError(`${missing[1]}: a value is required`);
    throw new UsageError(msg.replace(/\. To specify.*$/s, ''));
  }
}
