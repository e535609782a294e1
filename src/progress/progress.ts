import type { Logger } from '../log.js';
import { formatBytes } from '../util/format.js';

/**
 * Counts bytes and items of a long operation and reports them at a steady pace:
 * every second on a TTY (a live line), every `intervalMs` elsewhere (periodic
 * log lines that stay readable in a CI log).
 */
export class Progress {
  private bytes = 0;
  private items = 0;
  private readonly started = Date.now();
  private timer: NodeJS.Timeout | undefined;
  private lastBytes = 0;
  private lastAt = Date.now();

  constructor(
    private readonly log: Logger,
    private readonly label: string,
    intervalMs = Number(process.env.BAKUP_PROGRESS_INTERVAL_MS) || 10_000,
  ) {
    const every = log.live ? 1000 : intervalMs;
    this.timer = setInterval(() => this.report(), every);
    this.timer.unref();
  }

  addBytes(n: number): void {
    this.bytes += n;
  }
  addItems(n = 1): void {
    this.items += n;
  }
  get totalBytes(): number {
    return this.bytes;
  }

  private report(): void {
    const now = Date.now();
    const rate = ((this.bytes - this.lastBytes) / Math.max(1, now - this.lastAt)) * 1000;
    this.lastBytes = this.bytes;
    this.lastAt = now;
    const items = this.items ? `, ${this.items} items` : '';
    const secs = Math.round((now - this.started) / 1000);
    this.log.status(`${this.label}: ${formatBytes(this.bytes)}${items}, ${formatBytes(rate)}/s, ${secs} s`);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
