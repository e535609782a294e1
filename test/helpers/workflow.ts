/**
 * Just enough of GitHub's expression language to run a template's steps
 * locally: property paths (`a.b`, `a[b.c]`, `a['x']`), string/boolean
 * literals, `||`, `&&`, `==`, `!=`, `!`, parentheses, `fromJSON(…)` and the status
 * functions `success()`, `failure()`, `always()`, `cancelled()`. Anything else throws, so
 * a template that grows an expression this does not understand fails the test
 * instead of being skipped.
 */
export type Context = Record<string, unknown>;

/** The job's status as the status functions see it (the context key `__status`). */
export type JobStatus = 'success' | 'failure';
const STATUS_FUNCTIONS: Record<string, (ctx: Context) => boolean> = {
  success: (ctx) => ctx.__status !== 'failure',
  failure: (ctx) => ctx.__status === 'failure',
  always: () => true,
  cancelled: () => false,
};

function tokenize(expr: string): string[] {
  const tokens: string[] = [];
  const re = /\s*('(?:[^']|'')*'|\|\||&&|==|!=|!|\(|\)|\[|\]|\.|[A-Za-z_][A-Za-z0-9_-]*|\d+)/y;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < expr.length) {
    re.lastIndex = pos;
    m = re.exec(expr);
    if (!m) {
      if (/^\s*$/.test(expr.slice(pos))) break;
      throw new Error(`unsupported expression near '${expr.slice(pos)}' in '${expr}'`);
    }
    tokens.push(m[1]!);
    pos = re.lastIndex;
  }
  return tokens;
}

export function evaluate(expr: string, ctx: Context): unknown {
  const t = tokenize(expr);
  let i = 0;
  const peek = () => t[i];
  const next = () => t[i++];
  function primary(): unknown {
    const tok = next();
    if (tok === undefined) throw new Error(`unexpected end of '${expr}'`);
    if (tok.startsWith("'")) return tok.slice(1, -1).replace(/''/g, "'");
    if (tok === 'true') return true;
    if (tok === 'false') return false;
    if (/^\d+$/.test(tok)) return Number(tok);
    if (tok === '!') return !primary();
    if (tok === '(') {
      const v = or();
      if (next() !== ')') throw new Error(`missing ) in '${expr}'`);
      return v;
    }
    if (!/^[A-Za-z_]/.test(tok)) throw new Error(`unexpected '${tok}' in '${expr}'`);
    if (peek() === '(') {
      next();
      let value: unknown;
      if (tok === 'fromJSON') {
        value = JSON.parse(String(or()));
      } else {
        const fn = STATUS_FUNCTIONS[tok];
        if (!fn) throw new Error(`unsupported function '${tok}()' in '${expr}'`);
        value = fn(ctx);
      }
      if (next() !== ')') throw new Error(`missing ) after ${tok}( in '${expr}'`);
      return path(value);
    }
    return path(ctx[tok]);
  }
  /** Property accesses after a value: `.a`, `[expr]`. */
  function path(start: unknown): unknown {
    let value = start;
    for (;;) {
      if (peek() === '.') {
        next();
        const key = next()!;
        value = (value as Record<string, unknown> | undefined)?.[key];
      } else if (peek() === '[') {
        next();
        const key = or();
        if (next() !== ']') throw new Error(`missing ] in '${expr}'`);
        value = (value as Record<string, unknown> | undefined)?.[String(key)];
      } else return value;
    }
  }
  function cmp(): unknown {
    const left = primary();
    if (peek() === '==' || peek() === '!=') {
      const op = next();
      const right = primary();
      const eq = String(left ?? '') === String(right ?? '');
      return op === '==' ? eq : !eq;
    }
    return left;
  }
  function and(): unknown {
    let v = cmp();
    while (peek() === '&&') {
      next();
      const r = cmp();
      v = v ? r : v;
    }
    return v;
  }
  function or(): unknown {
    let v = and();
    while (peek() === '||') {
      next();
      const r = and();
      v = v ? v : r;
    }
    return v;
  }
  const v = or();
  if (i !== t.length) throw new Error(`unsupported expression '${expr}'`);
  return v;
}

/** Replaces every `${{ … }}` in a string; undefined/null become '' as on GitHub. */
export function interpolate(text: string, ctx: Context): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_m, e: string) => {
    const v = evaluate(e, ctx);
    return v === undefined || v === null ? '' : String(v);
  });
}

/**
 * A step's `if:` condition, with or without the `${{ }}` wrapper. As on GitHub,
 * a condition without a status function runs only while the job succeeds.
 */
export function condition(text: unknown, ctx: Context): boolean {
  if (text === undefined) return STATUS_FUNCTIONS.success!(ctx);
  const s = String(text).trim();
  const inner = /^\$\{\{(.*)\}\}$/s.exec(s)?.[1] ?? s;
  if (!/\b(success|failure|always|cancelled)\s*\(/.test(inner) && !STATUS_FUNCTIONS.success!(ctx)) return false;
  return !!evaluate(inner, ctx);
}
