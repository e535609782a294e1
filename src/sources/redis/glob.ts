/**
 * Redis' glob (the syntax of SCAN MATCH and KEYS) over raw bytes, so key
 * filters mean the same on the client as on the server: `*`, `?`, `[abc]`,
 * `[^a-z]`, and `\` to escape.
 */
export function globMatch(pattern: Buffer, s: Buffer): boolean {
  return matchAt(pattern, 0, s, 0, 0);
}

function matchAt(p: Buffer, pi: number, s: Buffer, si: number, depth: number): boolean {
  // Redis caps recursion the same way (stringmatchlen_impl), keeping hostile patterns cheap.
  if (depth > 1000) return false;
  while (pi < p.length && si <= s.length) {
    const c = p[pi]!;
    if (c === 0x2a /* * */) {
      while (pi + 1 < p.length && p[pi + 1] === 0x2a) pi++;
      if (pi + 1 === p.length) return true;
      for (let k = si; k <= s.length; k++) if (matchAt(p, pi + 1, s, k, depth + 1)) return true;
      return false;
    }
    if (si >= s.length) return false;
    const ch = s[si]!;
    if (c === 0x3f /* ? */) {
      pi++;
      si++;
      continue;
    }
    if (c === 0x5b /* [ */) {
      pi++;
      const not = p[pi] === 0x5e; /* ^ */
      if (not) pi++;
      let hit = false;
      for (;;) {
        if (pi >= p.length) break; // unterminated class: Redis treats the rest as the class
        const pc = p[pi]!;
        if (pc === 0x5c /* \ */ && pi + 1 < p.length) {
          pi++;
          if (p[pi] === ch) hit = true;
        } else if (pc === 0x5d /* ] */) {
          break;
        } else if (pi + 2 < p.length && p[pi + 1] === 0x2d /* - */) {
          let lo = pc;
          let hi = p[pi + 2]!;
          if (lo > hi) [lo, hi] = [hi, lo];
          pi += 2;
          if (ch >= lo && ch <= hi) hit = true;
        } else if (pc === ch) {
          hit = true;
        }
        pi++;
      }
      pi++; // past ']'
      if (not) hit = !hit;
      if (!hit) return false;
      si++;
      continue;
    }
    if (c === 0x5c /* \ */ && pi + 1 < p.length) pi++;
    if (p[pi] !== ch) return false;
    pi++;
    si++;
  }
  while (pi < p.length && p[pi] === 0x2a) pi++;
  return pi === p.length && si === s.length;
}

/** A key filter from include/exclude glob lists (empty include = everything). */
export class KeyFilter {
  private readonly inc: Buffer[];
  private readonly exc: Buffer[];
  constructor(include: string[], exclude: string[]) {
    this.inc = include.map((p) => Buffer.from(p, 'utf8'));
    this.exc = exclude.map((p) => Buffer.from(p, 'utf8'));
  }
  get active(): boolean {
    return this.inc.length > 0 || this.exc.length > 0;
  }
  /** A pattern SCAN MATCH can apply on the server, when the filter is exactly one include. */
  get serverPattern(): string | undefined {
    return this.inc.length === 1 && this.exc.length === 0 ? this.inc[0]!.toString('utf8') : undefined;
  }
  /** True when the client must still check keys that SCAN returns. */
  get clientSide(): boolean {
    return this.active && this.serverPattern === undefined;
  }
  test(key: Buffer): boolean {
    if (this.inc.length && !this.inc.some((p) => globMatch(p, key))) return false;
    return !this.exc.some((p) => globMatch(p, key));
  }
}
