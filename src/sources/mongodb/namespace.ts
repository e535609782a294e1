import { UsageError } from '../../errors.js';

/**
 * Namespace patterns with mongodump/mongorestore semantics (mongo-tools
 * `mongorestore/ns`): a pattern is matched against the whole `db.collection`
 * string; an unescaped `*` matches any run of characters (dots included);
 * `\*` and `\\` stand for a literal `*` and `\`. Renames (`--ns-from`/`--ns-to`)
 * pair the asterisks of `from` with those of `to` in order, or name them as
 * `$var$` variables; when several renames match, the last one given wins.
 */

const REGEXP_SPECIALS = new Set([...'*[](){}\\?$^+!.|']);

type Token = { kind: 'lit'; text: string } | { kind: 'var'; name: string };

/** Splits a pattern into literal text and wildcard variables (`*` become `$1$`, `$2$`…). */
function tokenize(pattern: string, allowDollarVars: boolean, flag: string): Token[] {
  const tokens: Token[] = [];
  let lit = '';
  let star = 0;
  const flushLit = (): void => {
    if (lit) tokens.push({ kind: 'lit', text: lit });
    lit = '';
  };
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '\\') {
      const next = chars[i + 1];
      if (next === '*' || next === '\\') {
        lit += next;
        i++;
      }
      // A lone backslash escapes nothing and disappears, as in mongo-tools.
      continue;
    }
    if (c === '*' && !allowDollarVars) {
      flushLit();
      tokens.push({ kind: 'var', name: String(++star) });
      continue;
    }
    if (c === '$') {
      if (!allowDollarVars) throw new UsageError(`${flag}: '$' is not allowed in '${pattern}'`);
      const end = chars.indexOf('$', i + 1);
      if (end < 0) throw new UsageError(`${flag}: unmatched '$' in '${pattern}'`);
      flushLit();
      tokens.push({ kind: 'var', name: chars.slice(i + 1, end).join('') });
      i = end;
      continue;
    }
    lit += c;
  }
  flushLit();
  return tokens;
}

function compile(tokens: Token[]): { re: RegExp; vars: Map<string, number> } {
  const vars = new Map<string, number>();
  let src = '';
  for (const t of tokens) {
    if (t.kind === 'var') {
      if (vars.has(t.name)) throw new UsageError(`variable '$${t.name}$' used more than once`);
      vars.set(t.name, vars.size + 1);
      src += '(.*?)';
    } else {
      for (const c of t.text) src += REGEXP_SPECIALS.has(c) ? `\\${c}` : c;
    }
  }
  return { re: new RegExp(`^${src}$`, 'su'), vars };
}

/** A set of include (or exclude) patterns. */
export class NsMatcher {
  private readonly res: RegExp[];
  constructor(readonly patterns: string[], flag = '--ns-include') {
    this.res = patterns.map((p) => {
      if (p.includes('$')) throw new UsageError(`${flag}: '$' is not allowed in include/exclude patterns ('${p}')`);
      return compile(tokenize(p, false, flag)).re;
    });
  }
  get empty(): boolean {
    return this.res.length === 0;
  }
  has(ns: string): boolean {
    return this.res.some((re) => re.test(ns));
  }
}

/** Maps namespaces with `--ns-from`/`--ns-to` pairs. */
export class NsRenamer {
  private readonly rules: { re: RegExp; to: Token[]; vars: Map<string, number> }[] = [];
  constructor(from: string[], to: string[]) {
    if (from.length !== to.length) {
      throw new UsageError(`--ns-from and --ns-to: ${from.length} vs ${to.length} patterns; give them in pairs`);
    }
    // Later pairs take precedence, as in mongorestore.
    for (let i = from.length - 1; i >= 0; i--) {
      const f = from[i]!;
      const t = to[i]!;
      const dollar = f.includes('$');
      if (dollar) {
        if (countOf(f, '$') % 2 || countOf(t, '$') % 2) throw new UsageError(`--ns-from/--ns-to: odd number of '$' in '${f}' or '${t}'`);
      } else if (countStars(f) !== countStars(t)) {
        throw new UsageError(`--ns-from '${f}' and --ns-to '${t}' have different numbers of '*'`);
      }
      const { re, vars } = compile(tokenize(f, dollar, '--ns-from'));
      const toTokens = tokenize(t, dollar, '--ns-to');
      for (const tok of toTokens) {
        if (tok.kind === 'var' && !vars.has(tok.name)) throw new UsageError(`--ns-to '${t}': unknown variable '$${tok.name}$'`);
      }
      this.rules.push({ re, to: toTokens, vars });
    }
  }
  get empty(): boolean {
    return this.rules.length === 0;
  }
  get(ns: string): string {
    for (const r of this.rules) {
      const m = r.re.exec(ns);
      if (m) return r.to.map((tok) => (tok.kind === 'lit' ? tok.text : m[r.vars.get(tok.name)!] ?? '')).join('');
    }
    return ns;
  }
}

function countOf(s: string, c: string): number {
  return s.split(c).length - 1;
}

function countStars(s: string): number {
  return countOf(s, '*') - countOf(s, '\\*');
}

/** Splits `db.collection` at the first dot (database names cannot contain dots). */
export function splitNamespace(ns: string): { db: string; collection: string } {
  const i = ns.indexOf('.');
  return i < 0 ? { db: ns, collection: '' } : { db: ns.slice(0, i), collection: ns.slice(i + 1) };
}

/** Collections whose contents the server manages itself; mongorestore restores users and roles by other means. */
export const NOT_RESTORED = /^(admin\.system\.(users|roles|version|keys|new_users|backup_users)|config\.system\.sessions|config\.transactions)$/;
