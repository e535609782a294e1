import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { OperationalError, UsageError, errorCode } from '../../errors.js';
import { redact } from '../../util/redact.js';

/**
 * The n8n command on the n8n host (`n8n export:workflow …`), spawned with an
 * argument array. It reads the instance's database and N8N_ENCRYPTION_KEY from
 * its own environment, exactly as the operator's n8n does.
 */
export class N8nCli {
  constructor(
    readonly command: string,
    readonly display: string,
    private readonly timeoutMs = 600_000,
    private readonly signal?: AbortSignal,
  ) {}

  /**
   * Runs one n8n subcommand; returns its stdout. Fails with the last lines n8n wrote, redacted, unless
   * what it wrote matches `nothingFound`: n8n's export commands exit 1 on an instance with nothing to
   * export ("No credentials found with specified filters"), which for a backup is an empty export.
   */
  run(args: string[], nothingFound?: RegExp): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.command, args, {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, N8N_DIAGNOSTICS_ENABLED: process.env.N8N_DIAGNOSTICS_ENABLED ?? 'false' },
        signal: this.signal,
      });
      // Our own timer, not spawn's `timeout`: Node clears that one only on 'exit', which a command that
      // cannot start (ENOENT) never emits, so the process would stay alive until the timeout.
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGTERM');
      }, this.timeoutMs);
      const out: Buffer[] = [];
      let outBytes = 0;
      let tail = '';
      child.stdout.on('data', (b: Buffer) => {
        // Listings (list:workflow) are small; anything bigger is not read into memory.
        if (outBytes < 64 << 20) out.push(b);
        outBytes += b.length;
      });
      child.stderr.on('data', (b: Buffer) => {
        tail = (tail + b.toString('utf8')).slice(-8192);
      });
      child.on('error', (err) => {
        clearTimeout(timer);
        if (errorCode(err) === 'ENOENT') {
          reject(new UsageError(`${this.display}: the n8n command '${this.command}' was not found; give its path as n8n-cli:/path/to/n8n or --n8n-command`));
        } else if (errorCode(err) === 'EACCES') {
          reject(new UsageError(`${this.display}: '${this.command}' is not executable`));
        } else {
          reject(new OperationalError(`${this.display}: could not run n8n ${args[0]}: ${redact(String(err))}`));
        }
      });
      child.on('close', (code, sig) => {
        clearTimeout(timer);
        const stdout = Buffer.concat(out).toString('utf8');
        if (code === 0) return resolve(stdout);
        if (nothingFound && !timedOut && !sig && code === 1 && nothingFound.test(`${tail}\n${stdout.slice(-4096)}`)) return resolve('');
        const lines = `${tail}\n${stdout.slice(-4096)}`
          .split('\n')
          .map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim())
          .filter((l) => l && !/^at\s/.test(l));
        const last = [...new Set(lines.slice(-6))].slice(-3);
        const why = last.join(' | ') || (sig ? `killed by ${sig}` : `exit ${code}`);
        reject(
          new OperationalError(
            `${this.display}: n8n ${args[0]} failed (${timedOut ? `timed out after ${Math.round(this.timeoutMs / 1000)} s` : sig ? `signal ${sig}` : `exit ${code}`}): ${redact(why).slice(0, 600)}`,
          ),
        );
      });
    });
  }

  /** `n8n export:workflow|credentials` into a folder; an instance with none of them exports nothing. */
  async exportTo(kind: 'workflow' | 'credentials', dir: string, flags: string[] = []): Promise<void> {
    const nothing = kind === 'workflow' ? /No workflows found with specified filters/ : /No credentials found with specified filters/;
    await this.run([`export:${kind}`, '--backup', ...flags, `--output=${dir}${path.sep}`], nothing);
  }

  async version(): Promise<string | undefined> {
    const out = await this.run(['--version']);
    return /(\d+\.\d+\.\d+[^\s]*)/.exec(out)?.[1];
  }

  /** Ids of the workflows in the instance (archived ones included: n8n upserts over them too). */
  async workflowIds(): Promise<Set<string>> {
    const out = await this.run(['list:workflow', '--onlyId']);
    return new Set(
      out
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => /^[A-Za-z0-9_-]+$/.test(l)),
    );
  }
}
