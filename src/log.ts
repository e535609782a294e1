import { redact } from './util/redact.js';

/** Where commands report. The CLI writes to stderr, the action to the runner log; both redact. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  debug(message: string): void;
  /** A live status line (progress). On a TTY it is rewritten in place; elsewhere it is a plain line. */
  status(message: string): void;
  /** True when status() rewrites a line in place, so it may be called often. */
  readonly live: boolean;
}

export class StreamLogger implements Logger {
  readonly live: boolean;
  private statusShown = false;
  constructor(
    private readonly out: NodeJS.WriteStream | NodeJS.WritableStream = process.stderr,
    private readonly verbose = !!process.env.BAKUP_DEBUG,
  ) {
    this.live = 'isTTY' in out && !!out.isTTY;
  }
  private line(prefix: string, message: string): void {
    this.clearStatus();
    this.out.write(`${prefix}${redact(message)}\n`);
  }
  private clearStatus(): void {
    if (this.statusShown) {
      this.out.write('\r\x1b[K');
      this.statusShown = false;
    }
  }
  info(message: string): void {
    this.line('', message);
  }
  warn(message: string): void {
    this.line('warning: ', message);
  }
  error(message: string): void {
    this.line('error: ', message);
  }
  debug(message: string): void {
    if (this.verbose) this.line('debug: ', message);
  }
  status(message: string): void {
    if (this.live) {
      this.out.write(`\r\x1b[K${redact(message)}`);
      this.statusShown = true;
    } else {
      this.line('', message);
    }
  }
  /** Ends a live status line so the next output starts on a fresh line. */
  done(): void {
    this.clearStatus();
  }
}

/** A logger that keeps everything in memory; used by tests and to silence library use. */
export class MemoryLogger implements Logger {
  readonly live = false;
  readonly lines: string[] = [];
  info(m: string): void {
    this.lines.push(`info: ${redact(m)}`);
  }
  warn(m: string): void {
    this.lines.push(`warning: ${redact(m)}`);
  }
  error(m: string): void {
    this.lines.push(`error: ${redact(m)}`);
  }
  debug(m: string): void {
    this.lines.push(`debug: ${redact(m)}`);
  }
  status(m: string): void {
    this.lines.push(`status: ${redact(m)}`);
  }
}
