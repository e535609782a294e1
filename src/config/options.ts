/**
 * Every option of every command, in one table. The CLI builds its parser and
 * its --help from it; the action reads inputs of the same names (the one
 * exception: the action's `storage` input is `--to` for backup and `--from`
 * for the other commands). Validation lives in schema.ts.
 */
export const COMMANDS = ['backup', 'restore', 'verify', 'list'] as const;
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
}

const ALL = COMMANDS;

export const OPTIONS: readonly OptionSpec[] = [
  { name: 'source', type: 'string', commands: ['backup'], value: '<dir|URI>', help: 'what to back up: a directory (path or file:///dir)' },
  { name: 'to', type: 'strings', commands: ['backup'], value: '<storage-url>', help: 'where to store the backup (repeat for several): a path or file:///abs/path' },
  { name: 'from', type: 'string', commands: ['restore', 'verify', 'list'], value: '<storage-url>', help: 'the storage holding the backups' },
  { name: 'name', type: 'string', commands: ALL, value: 'NAME', help: 'backup name (a folder in the storage); backup: defaults to one derived from the source' },
  { name: 'backup-id', type: 'string', commands: ['restore', 'verify'], value: 'ID|latest', help: 'which backup (default latest; verify also takes all)' },
  { name: 'target', type: 'string', commands: ['restore'], value: '<dir|URI>', help: 'where to restore into' },
  { name: 'overwrite', type: 'boolean', commands: ['restore'], help: 'restore into a non-empty target, replacing entries of the same name' },
  { name: 'include', type: 'strings', commands: ['backup', 'restore'], value: 'GLOB', help: 'files: only paths matching this glob (repeatable)' },
  { name: 'exclude', type: 'strings', commands: ['backup', 'restore'], value: 'GLOB', help: 'files: skip paths matching this glob (repeatable)' },
  { name: 'allow-external-links', type: 'boolean', commands: ['restore'], help: 'files: also create symlinks that point outside the target' },
  { name: 'compression', type: 'string', commands: ['backup'], value: 'gzip|zstd|none', help: 'artifact compression (default gzip)' },
  { name: 'compression-level', type: 'string', commands: ['backup'], value: 'N', help: 'compression level (gzip 1-9, zstd 1-22)' },
  { name: 'json', type: 'boolean', commands: ALL, help: 'print one JSON document on stdout' },
];

export function optionsFor(command: CommandName): OptionSpec[] {
  return OPTIONS.filter((o) => o.commands.includes(command));
}

/** The action input that carries an option (`storage` for --to/--from). */
export function inputNameOf(option: string): string {
  return option === 'to' || option === 'from' ? 'storage' : option;
}
