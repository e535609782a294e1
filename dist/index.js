import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 14006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(98016);
const utils = __nccwpck_require__(64059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 78265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(64059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 98016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(31781);
const parse = __nccwpck_require__(78265);
const utils = __nccwpck_require__(64059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 31781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(64059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 64059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 97008:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cw: () => (/* binding */ listBackups),
/* harmony export */   DK: () => (/* binding */ readManifestBytes),
/* harmony export */   Rn: () => (/* binding */ manifestKey),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   j0: () => (/* binding */ backupFolder),
/* harmony export */   p2: () => (/* binding */ resolveBackup),
/* harmony export */   uK: () => (/* binding */ manifestExists)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
/* harmony import */ var _storage_storage_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(32912);
/* harmony import */ var _util_streams_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(44177);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(35394);




const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
function backupFolder(name, id) {
    return (0,_storage_storage_js__WEBPACK_IMPORTED_MODULE_1__/* .joinKey */ .ID)(name, id);
}
function manifestKey(name, id) {
    return (0,_storage_storage_js__WEBPACK_IMPORTED_MODULE_1__/* .joinKey */ .ID)(name, id, _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_FILE */ .h1);
}
/** Every committed backup (one with a manifest) under the store, optionally of one name, sorted oldest first. */
async function listBackups(storage, name) {
    const out = [];
    for await (const obj of storage.list(name ? `${name}/` : '')) {
        const parts = obj.key.split('/');
        if (parts.length !== 3 || parts[2] !== _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_FILE */ .h1)
            continue;
        const [n, id] = parts;
        if (!_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .BACKUP_ID_PATTERN */ .yU.test(id))
            continue;
        if (name && n !== name)
            continue;
        out.push({ name: n, id, manifestKey: obj.key });
    }
    return out.sort((a, b) => (a.name === b.name ? a.id.localeCompare(b.id) : a.name.localeCompare(b.name)));
}
async function readManifest(storage, entry) {
    return (await readManifestBytes(storage, entry)).manifest;
}
/** The manifest as stored (its exact bytes, which `copy` writes elsewhere unchanged) and as parsed. */
async function readManifestBytes(storage, entry) {
    const body = await (0,_util_streams_js__WEBPACK_IMPORTED_MODULE_2__/* .readSmall */ .o5)(await storage.get(entry.manifestKey), MAX_MANIFEST_BYTES, `${storage.location}/${entry.manifestKey}`);
    let json;
    try {
        json = JSON.parse(body.toString('utf8'));
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`${storage.location}/${entry.manifestKey}: manifest is not valid JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)})`);
    }
    const parsed = _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .ManifestSchema */ .pL.safeParse(json);
    if (!parsed.success) {
        const first = parsed.error.issues[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`${storage.location}/${entry.manifestKey}: not a bakup manifest (${first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'invalid'})`);
    }
    return { manifest: parsed.data, bytes: body };
}
/**
 * Finds one backup of `name`: `latest` (the newest committed one) or an exact id.
 * An unknown id is a usage error that names what exists.
 */
async function resolveBackup(storage, name, idOrLatest) {
    const all = await listBackups(storage, name);
    if (all.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--name: no backups named '${name}' in ${storage.location}`);
    if (idOrLatest === 'latest')
        return all[all.length - 1];
    const hit = all.find((e) => e.id === idOrLatest);
    if (!hit) {
        const recent = all.slice(-5).map((e) => e.id).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--backup-id: no backup '${idOrLatest}' of '${name}' in ${storage.location} (newest: ${recent})`);
    }
    return hit;
}
async function manifestExists(storage, name, id) {
    try {
        return (await storage.stat(manifestKey(name, id))) !== undefined;
    }
    catch (err) {
        if (err instanceof _storage_storage_js__WEBPACK_IMPORTED_MODULE_1__/* .NotFoundError */ .m_)
            return false;
        throw err;
    }
}


/***/ }),

/***/ 46926:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bl: () => (/* binding */ orphanReason),
/* harmony export */   Cb: () => (/* binding */ readAllManifests),
/* harmony export */   My: () => (/* binding */ chainsOf),
/* harmony export */   UM: () => (/* binding */ readChain),
/* harmony export */   Ze: () => (/* binding */ parseAt),
/* harmony export */   df: () => (/* binding */ positionOf),
/* harmony export */   ip: () => (/* binding */ resolveAt)
/* harmony export */ });
/* unused harmony exports brokenLink, compareAt */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(97008);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(35394);



/**
 * Chains: a full backup and the incrementals that build on it, each naming its
 * parent. A restore of any link needs every link from the full up to it, so
 * the chain is read (and checked complete) before a byte of data is touched.
 */
/** Guards against a manifest that (through tampering) names a descendant as its parent. */
const MAX_CHAIN_LENGTH = 100_000;
/**
 * Why the link from the incremental `child` to its parent is broken, or undefined when it holds. `parent` is the
 * parent's manifest when it was found; `missing` says where it was looked for, for the message when it was not.
 * Every reader of chains (restore, verify, list, `--at`) judges links with this one function.
 */
function brokenLink(child, parent, missing) {
    const parentId = child.parent;
    if (!parentId)
        return `broken chain: incremental ${child.id} names no parent`;
    if (parentId >= child.id)
        return `broken chain: ${child.id} names a parent (${parentId}) that is not older than itself`;
    if (!parent)
        return `broken chain: ${child.id} needs its parent ${parentId}, which ${missing}`;
    if (parent.source.kind !== child.source.kind) {
        return `broken chain: ${child.id} (${child.source.kind}) names a parent of another kind (${parentId}, ${parent.source.kind})`;
    }
    return undefined;
}
/** The chain ending at `tip`, full backup first. A missing or unreadable parent is a broken chain (exit 3). */
async function readChain(storage, tip, known) {
    const links = [tip];
    let cur = tip;
    while (cur.type === 'incremental') {
        if (links.length > MAX_CHAIN_LENGTH)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`broken chain: ${tip.id} has more than ${MAX_CHAIN_LENGTH} links`);
        const parentId = cur.parent;
        // Only a parent that can be one is looked up; brokenLink names what is wrong with the others.
        let parent = parentId && parentId < cur.id ? known?.get(parentId) : undefined;
        if (parentId && parentId < cur.id && !parent && (await (0,_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .manifestExists */ .uK)(storage, cur.name, parentId))) {
            parent = await (0,_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .readManifest */ .WI)(storage, { manifestKey: (0,_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .manifestKey */ .Rn)(cur.name, parentId) });
        }
        const fault = brokenLink(cur, parent, `is not in ${storage.location}`);
        if (fault)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(fault);
        links.unshift(parent);
        cur = parent;
    }
    return links;
}
/** Every manifest of a name, oldest first, read once (list, prune and `--at` work from this). */
async function readAllManifests(storage, name) {
    const out = [];
    for (const entry of await (0,_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .listBackups */ .Cw)(storage, name))
        out.push(await (0,_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .readManifest */ .WI)(storage, entry));
    return out;
}
/**
 * Follows parents from `m` through `byId` to its full backup, judging each link with brokenLink. With `memo`
 * (id → where that manifest leads), walks stop at the first manifest already judged, so grouping every
 * manifest of a name reads each link once.
 */
function reachFull(m, byId, memo = new Map()) {
    const walked = [];
    let cur = m;
    let r;
    while (!r) {
        r = memo.get(cur.id);
        if (r)
            break;
        if (cur.type === 'full') {
            r = { full: cur };
            break;
        }
        if (walked.length >= MAX_CHAIN_LENGTH) {
            r = { fault: `broken chain: ${m.id} does not reach a full backup` };
            break;
        }
        walked.push(cur);
        const parent = cur.parent ? byId.get(cur.parent) : undefined;
        const fault = brokenLink(cur, parent, 'is missing or unreadable');
        if (fault)
            r = { fault };
        else
            cur = parent;
    }
    for (const w of walked)
        memo.set(w.id, r);
    return r;
}
/** Groups manifests into chains; incrementals whose chain is broken are returned apart. */
function chainsOf(manifests) {
    const byId = new Map(manifests.map((m) => [m.id, m]));
    const memo = new Map();
    const chains = new Map();
    const orphans = [];
    for (const m of manifests) {
        if (m.type === 'full') {
            const s = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .spanOf */ .ee)(m);
            chains.set(m.id, { full: m, links: [], from: s.to, to: s.to, continuous: true });
        }
    }
    for (const m of manifests) {
        if (m.type !== 'incremental')
            continue;
        const chain = chains.get(reachFull(m, byId, memo).full?.id ?? '');
        if (!chain) {
            orphans.push(m);
            continue;
        }
        chain.links.push(m);
        const s = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .spanOf */ .ee)(m);
        if (!s.replayable)
            chain.continuous = false;
        if (compareAt(atPoint(s.to), chain.to) > 0)
            chain.to = s.to;
    }
    for (const c of chains.values())
        c.links.sort((a, b) => a.id.localeCompare(b.id));
    return { chains: [...chains.values()].sort((a, b) => a.full.id.localeCompare(b.full.id)), orphans };
}
/**
 * `--at` accepts an ISO-8601 time with a zone (`2026-11-26T10:15:00Z`,
 * `…+09:00`), or a timestamp: Unix seconds, or `seconds:increment` as MongoDB
 * prints oplog timestamps.
 */
function parseAt(text, label) {
    const t = text.trim();
    const ts = /^(\d{9,11})(?::(\d{1,10}))?$/.exec(t);
    if (ts) {
        const seconds = Number(ts[1]);
        const inc = ts[2] === undefined ? 0xffffffff : Number(ts[2]);
        if (inc > 0xffffffff)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label}: the increment in '${t}' is larger than 4294967295`);
        return { time: new Date(seconds * 1000), position: { t: seconds, i: inc } };
    }
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i.test(t)) {
        const d = new Date(t);
        if (!Number.isNaN(d.getTime()))
            return { time: d };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label}: expected an ISO-8601 time with a zone (e.g. 2026-11-26T10:15:00Z) or a timestamp (Unix seconds, or seconds:increment), got '${t.slice(0, 60)}'`);
}
function pointTime(p) {
    return new Date(p.time).getTime();
}
/** The `{t, i}` position of a point (an oplog timestamp), when it has one. */
function positionOf(p) {
    const pos = p?.position;
    return typeof pos?.t === 'number' && typeof pos.i === 'number' ? { t: pos.t, i: pos.i } : undefined;
}
function atPoint(p) {
    return { time: new Date(p.time), position: positionOf(p) };
}
/** Negative when `at` is before `p`, 0 at it, positive after. Positions are compared when both sides have one. */
function compareAt(at, p) {
    const pos = positionOf(p);
    if (at.position && pos)
        return at.position.t !== pos.t ? at.position.t - pos.t : at.position.i - pos.i;
    return at.time.getTime() - pointTime(p);
}
/**
 * Picks the newest chain whose full backup is at or before `at`, then the
 * link that reaches `at`: a replayable slice covering it (replayed up to and
 * including `at`), or else the newest link that ends at or before it. `at`
 * outside every chain is a usage error naming what can be restored.
 */
function resolveAt(manifests, at, label) {
    const { chains, orphans } = chainsOf(manifests);
    // An incremental that reaches `at` but whose chain is broken (a parent is missing) is not a range the store
    // lacks: it is a damaged backup, and says so rather than offering the ranges around it.
    const brokenCover = () => orphans.find((o) => compareAt(at, (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .spanOf */ .ee)(o).to) <= 0 && chains.some((c) => compareAt(at, c.from) >= 0));
    const broken = (o) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`broken chain: ${o.id} reaches ${at.time.toISOString()}, but its parent ${o.parent ?? '(none)'} (or one before it) is missing`);
    if (chains.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label}: there is no full backup to restore from`);
    const ranges = chains.map((c) => `${c.from.time} … ${c.to.time}${c.continuous ? '' : ' (at backup points only)'}`).join('; ');
    const candidates = chains.filter((c) => compareAt(at, c.from) >= 0);
    const chain = candidates[candidates.length - 1];
    if (!chain)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label}: ${at.time.toISOString()} is before the oldest full backup; restorable: ${ranges}`);
    const later = chains.find((c) => compareAt(at, c.from) < 0);
    // Between two chains: a chain of backup points (directories, or a lone full backup) lands on its newest point
    // at or before `at`, as between its own links; a chain of oplog slices promises every moment it covers, so a
    // moment past its end is a gap in the record, and an error rather than a silent earlier state.
    const pointsOnly = !chain.continuous || chain.links.length === 0;
    if (compareAt(at, chain.to) > 0 && !(later && pointsOnly)) {
        const orphan = brokenCover();
        if (orphan)
            throw broken(orphan);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label}: ${at.time.toISOString()} is after the newest point of the chain starting ${chain.from.time}${later ? ` and before the next full backup (${later.from.time})` : ''}; restorable: ${ranges}`);
    }
    // Links form a line (each backup's parent is the newest backup before it); walk it to the link that reaches `at`.
    let tip = chain.full;
    for (const m of chain.links) {
        const s = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .spanOf */ .ee)(m);
        if (compareAt(at, s.to) >= 0)
            tip = m;
        else {
            // A slice that ends after `at` starts where the previous link ended; it covers `at` unless `at` is its start.
            if (s.replayable && (!s.from || compareAt(at, s.from) > 0))
                tip = m;
            break;
        }
    }
    const tipSpan = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .spanOf */ .ee)(tip);
    // chainsOf judged every link of this chain (brokenLink, as readChain does): the tip's path only needs collecting.
    const byId = new Map([chain.full, ...chain.links].map((m) => [m.id, m]));
    const path = [tip];
    for (let m = tip; m.type !== 'full';)
        path.push((m = byId.get(m.parent)));
    path.reverse();
    const stopsInside = tipSpan.replayable && compareAt(at, tipSpan.to) < 0;
    return { tip, chain: path, stopAt: stopsInside ? at : undefined, landsAt: stopsInside ? at.time : new Date(tipSpan.to.time) };
}
/** Why an incremental of `chainsOf(...).orphans` cannot be restored: the first ancestor that is missing, out of order or of another kind. */
function orphanReason(m, byId) {
    return reachFull(m, byId).fault ?? `broken chain: ${m.id} does not reach a full backup`;
}


/***/ }),

/***/ 56987:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ itemDifferences)
/* harmony export */ });
/**
 * The items on which two fingerprints disagree (absent on one side, or
 * another count or digest), in `order` (item names' default order if none).
 * One comparison for every kind: a restore's check, a drill's report and a
 * tree's error line differ only in how they word it.
 */
function itemDifferences(recorded, found, order) {
    const r = recorded ?? {};
    const f = found ?? {};
    const out = [];
    for (const item of [...new Set([...Object.keys(r), ...Object.keys(f)])].sort(order)) {
        const a = r[item];
        const b = f[item];
        if (!a || !b || a.count !== b.count || a.digest !== b.digest)
            out.push({ item, recorded: a, found: b });
    }
    return out;
}


/***/ }),

/***/ 35394:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Sn: () => (/* binding */ MANIFEST_FORMAT),
/* harmony export */   Vh: () => (/* binding */ NAME_PATTERN),
/* harmony export */   _H: () => (/* binding */ newBackupId),
/* harmony export */   ee: () => (/* binding */ spanOf),
/* harmony export */   h1: () => (/* binding */ MANIFEST_FILE),
/* harmony export */   hh: () => (/* binding */ MANIFEST_VERSION),
/* harmony export */   pL: () => (/* binding */ ManifestSchema),
/* harmony export */   yU: () => (/* binding */ BACKUP_ID_PATTERN)
/* harmony export */ });
/* unused harmony exports ArtifactRecordSchema, FingerprintSchema, PointSchema, SpanSchema */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(38816);
/* harmony import */ var _pipeline_compression_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(85568);



/**
 * The manifest is the commit marker of a backup: it is written last, and a
 * backup folder without one does not exist as far as list/restore are
 * concerned. It is plain, versioned JSON so that any tool (or a human with
 * sha256sum) can check a backup without bakup. It never holds secrets.
 */
const MANIFEST_FILE = 'manifest.json';
const MANIFEST_FORMAT = 'bakup/manifest';
const MANIFEST_VERSION = 1;
const Sha256 = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/, 'a hex SHA-256');
const ArtifactRecordSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    /** File name inside the backup folder, e.g. `files.tar.gz`. */
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[^/\\]+$/),
    /** What the bytes are once decoded (`tar`, `mongo-archive`, …): picks the reader for deep checks. */
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    /** Size and SHA-256 of the bytes as stored. */
    size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    sha256: Sha256,
    /** Size and SHA-256 of the bytes before compression and encryption. */
    plain: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(), sha256: Sha256 }),
    compression: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_pipeline_compression_js__WEBPACK_IMPORTED_MODULE_1__/* .COMPRESSIONS */ ._7),
    encryption: zod__WEBPACK_IMPORTED_MODULE_2__/* .discriminatedUnion */ .gMt('scheme', [
        zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ scheme: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('none') }),
        zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ scheme: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('age'), recipients: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()), passphrase: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(), keyId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() }),
    ]),
    contentType: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    meta: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()).optional(),
});
/** What a source records about its data, so a restore or a drill can be compared with it. */
const FingerprintSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    /** Counts, e.g. files/dirs/bytes or documents per collection. */
    summary: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()),
    /** Per-item digests where the source keeps them (collections, Redis databases…). */
    items: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ count: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().optional(), digest: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() })).optional(),
    /** One digest over everything the fingerprint covers. */
    digest: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
});
/**
 * A moment the data of a backup (or of a chain up to it) can be restored to.
 * `time` is ISO-8601; `position` is the source's own coordinate for it (an
 * oplog timestamp `{t, i}` for MongoDB), which is what replay compares.
 */
const PointSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ time: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), position: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()).optional() });
/**
 * What a backup lets a restore reach. A full backup reaches its consistency
 * point (`to`); an incremental covers the interval (`from`, `to`] after its
 * parent. `replayable` says every moment inside the interval can be reached
 * (an oplog slice), not only its end (a directory increment).
 */
const SpanSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ from: PointSchema.optional(), to: PointSchema, replayable: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY() });
const ManifestSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    format: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(MANIFEST_FORMAT),
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(),
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['full', 'incremental']),
    parent: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
    source: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), location: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() }),
    startedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    finishedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    consistency: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()).nullable(),
    size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    artifacts: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ArtifactRecordSchema),
    fingerprint: FingerprintSchema,
    options: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()).optional(),
    warnings: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
    tool: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() }),
    /** Absent in manifests written before chains existed: then the span is the backup's finish time. */
    span: SpanSchema.optional(),
    /** For incrementals: the id of the chain's full backup and how many links separate this one from it. */
    chain: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ full: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), depth: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive() }).optional(),
});
/** The span of a manifest, also for manifests that predate spans. */
function spanOf(m) {
    return m.span ?? { to: { time: m.finishedAt }, replayable: false };
}
/**
 * Backup ids sort by time: `20261126T021500Z-full-3f9c`. The suffix is the millisecond in hex (3 digits) and
 * one random digit: two backups of one second (quick incrementals of a small tree) still sort in the order
 * they were taken, which `latest`, the parent of an incremental and the chain check rely on.
 */
function newBackupId(type, at = new Date()) {
    const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
    return `${stamp}-${type}-${at.getUTCMilliseconds().toString(16).padStart(3, '0')}${((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(1)[0] & 0xf).toString(16)}`;
}
const BACKUP_ID_PATTERN = /^\d{8}T\d{6}Z-(full|incremental)-[0-9a-f]{4,}$/;
/** Names become folder names on every store, so they are kept to a portable alphabet. */
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;


/***/ }),

/***/ 7773:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  d1: () => (/* binding */ runCommand)
});

// UNUSED EXPORTS: DEFAULT_GRACE_MS, storageOptionsOf

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: ./src/catalog/catalog.ts
var catalog = __nccwpck_require__(97008);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(57075);
// EXTERNAL MODULE: ./src/storage/storage.ts
var storage_storage = __nccwpck_require__(32912);
// EXTERNAL MODULE: ./src/util/streams.ts
var streams = __nccwpck_require__(44177);
// EXTERNAL MODULE: ./src/util/format.ts
var format = __nccwpck_require__(32693);
;// CONCATENATED MODULE: ./src/catalog/locks.ts







class LockHeldError extends errors/* BakupError */.uv {
    constructor(message) {
        super(message, errors/* ExitCode */.yU.OPERATIONAL);
    }
}
const LOCK_DIR = '.locks';
const EXCLUSIVE = 'exclusive.json';
const DEFAULT_LOCK_TTL_MS = 10 * 60_000;
function locksPrefix(name) {
    return (0,storage_storage/* joinKey */.ID)(name, LOCK_DIR) + '/';
}
async function readLock(storage, key) {
    try {
        return JSON.parse((await (0,streams/* readSmall */.o5)(await storage.get(key), 64 * 1024, key)).toString('utf8'));
    }
    catch (err) {
        if (err instanceof storage_storage/* NotFoundError */.m_)
            return undefined;
        throw err;
    }
}
/** Every lock object of a backup name, with whether it has expired. */
async function listLocks(storage, name, now = Date.now()) {
    const out = [];
    for await (const obj of storage.list(locksPrefix(name))) {
        const info = await readLock(storage, obj.key).catch(() => undefined);
        if (!info)
            continue;
        out.push({ key: obj.key, info, stale: Date.parse(info.expiresAt) < now });
    }
    return out;
}
function describe(l) {
    return `${l.kind} lock held by ${l.command} on ${l.host} (pid ${l.pid}) since ${l.createdAt}, expires ${l.expiresAt}`;
}
class Lock {
    storage;
    key;
    info;
    ttlMs;
    log;
    timer;
    released = false;
    constructor(storage, key, info, ttlMs, log) {
        this.storage = storage;
        this.key = key;
        this.info = info;
        this.ttlMs = ttlMs;
        this.log = log;
        this.timer = setInterval(() => void this.refresh(), Math.max(1000, Math.floor(ttlMs / 3)));
        this.timer.unref();
    }
    async refresh() {
        if (this.released)
            return;
        this.info = { ...this.info, expiresAt: new Date(Date.now() + this.ttlMs).toISOString() };
        await this.storage.put(this.key, external_node_stream_.Readable.from([Buffer.from(JSON.stringify(this.info))])).catch((err) => {
            this.log?.warn(`could not refresh ${this.info.kind} lock ${this.key}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        });
    }
    async release() {
        if (this.released)
            return;
        this.released = true;
        if (this.timer)
            clearInterval(this.timer);
        await this.storage.delete(this.key).catch((err) => this.log?.warn(`could not remove lock ${this.key}: ${(0,errors/* errorMessage */.gJ)(err)}`));
    }
}
async function createExclusive(storage, key, body) {
    if (storage.putIfAbsent)
        return storage.putIfAbsent(key, body);
    // Without conditional writes: write, then read back and see whose lock survived.
    if (await readLock(storage, key))
        return false;
    await storage.put(key, external_node_stream_.Readable.from([body]));
    const back = await readLock(storage, key);
    return back?.holder === JSON.parse(body.toString('utf8')).holder;
}
/** Takes a lock, waiting up to `waitMs` for conflicting holders; fails with the holder's details. */
async function acquireLock(storage, name, kind, opts) {
    const ttlMs = opts.ttlMs ?? DEFAULT_LOCK_TTL_MS;
    const holder = `${Date.now().toString(36)}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    const deadline = Date.now() + (opts.waitMs ?? 0);
    const exclusiveKey = (0,storage_storage/* joinKey */.ID)(name, LOCK_DIR, EXCLUSIVE);
    const key = kind === 'exclusive' ? exclusiveKey : (0,storage_storage/* joinKey */.ID)(name, LOCK_DIR, `shared-${holder}.json`);
    let delay = 250;
    for (;;) {
        const info = {
            kind,
            holder,
            host: external_node_os_.hostname(),
            pid: process.pid,
            command: opts.command,
            createdAt: new Date().toISOString(),
            expiresAt: new Date(Date.now() + ttlMs).toISOString(),
        };
        const body = Buffer.from(JSON.stringify(info));
        let conflict;
        if (kind === 'exclusive') {
            if (await createExclusive(storage, key, body)) {
                const shared = (await listLocks(storage, name)).find((l) => l.info.kind === 'shared' && !l.stale);
                if (!shared)
                    return new Lock(storage, key, info, ttlMs, opts.log);
                conflict = shared.info;
                await storage.delete(key);
            }
            else {
                const held = await readLock(storage, key);
                if (held && Date.parse(held.expiresAt) < Date.now()) {
                    opts.log?.warn(`removing stale exclusive lock: ${describe(held)}`);
                    await storage.delete(key);
                    continue;
                }
                conflict = held;
            }
        }
        else {
            await storage.put(key, external_node_stream_.Readable.from([body]));
            const held = await readLock(storage, exclusiveKey);
            if (!held || Date.parse(held.expiresAt) < Date.now())
                return new Lock(storage, key, info, ttlMs, opts.log);
            conflict = held;
            await storage.delete(key);
        }
        if (Date.now() >= deadline) {
            const what = conflict ? describe(conflict) : 'a concurrent lock';
            throw new LockHeldError(`${storage.location}: cannot take the ${kind} lock on '${name}': ${what}${opts.waitMs ? ` (waited ${(0,format/* formatDuration */.a3)(opts.waitMs)})` : ''}; if that job is gone, run 'bakup unlock'`);
        }
        opts.log?.info(`waiting for ${conflict ? describe(conflict) : 'a concurrent lock'}`);
        await new Promise((r) => setTimeout(r, Math.min(delay + Math.random() * delay, Math.max(0, deadline - Date.now()))));
        delay = Math.min(delay * 2, 5000);
    }
}

;// CONCATENATED MODULE: ./src/catalog/retention.ts
const pad = (n, w = 2) => String(n).padStart(w, '0');
/** ISO week (year-week), so a week spanning New Year is one bucket. */
function isoWeek(d) {
    const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
    const day = t.getUTCDay() || 7;
    t.setUTCDate(t.getUTCDate() + 4 - day);
    const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
    const week = Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
    return `${t.getUTCFullYear()}-W${pad(week)}`;
}
const BUCKETS = {
    hourly: (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}`,
    daily: (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    weekly: isoWeek,
    monthly: (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`,
    yearly: (d) => String(d.getUTCFullYear()),
};
function policyIsEmpty(p) {
    return !p.last && !p.hourly && !p.daily && !p.weekly && !p.monthly && !p.yearly && !p.withinMs;
}
function applyRetention(items, policy) {
    // Newest first; ties broken by id so the result does not depend on input order.
    const sorted = [...items].sort((a, b) => b.time.getTime() - a.time.getTime() || b.id.localeCompare(a.id));
    const decisions = sorted.map((item) => ({ item, keep: false, reasons: [] }));
    const keep = (d, reason) => {
        d.keep = true;
        d.reasons.push(reason);
    };
    if (policy.last)
        decisions.slice(0, policy.last).forEach((d, i) => keep(d, `last ${i + 1}/${policy.last}`));
    for (const rule of ['hourly', 'daily', 'weekly', 'monthly', 'yearly']) {
        let left = policy[rule] ?? 0;
        let lastBucket;
        for (const d of decisions) {
            if (left <= 0)
                break;
            const bucket = BUCKETS[rule](d.item.time);
            if (bucket !== lastBucket) {
                keep(d, `${rule} ${bucket}`);
                lastBucket = bucket;
                left--;
            }
        }
    }
    if (policy.withinMs && decisions.length) {
        const cutoff = decisions[0].item.time.getTime() - policy.withinMs;
        for (const d of decisions)
            if (d.item.time.getTime() >= cutoff)
                keep(d, 'within');
    }
    // Parents of kept incrementals, transitively.
    const byId = new Map(decisions.map((d) => [d.item.id, d]));
    for (const d of decisions) {
        if (!d.keep || d.reasons.some((r) => r.startsWith('parent of')))
            continue;
        let parentId = d.item.parent;
        const child = d.item.id;
        while (parentId) {
            const p = byId.get(parentId);
            if (!p)
                break;
            if (!p.reasons.includes(`parent of ${child}`))
                keep(p, `parent of ${child}`);
            parentId = p.item.parent;
        }
    }
    return decisions;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(73136);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __nccwpck_require__(50767);
// EXTERNAL MODULE: ./src/storage/local.ts
var local = __nccwpck_require__(72922);
// EXTERNAL MODULE: ./src/storage/options.ts
var options = __nccwpck_require__(40959);
;// CONCATENATED MODULE: ./src/storage/open.ts






/**
 * One entry per URL scheme. Cloud backends are imported lazily so the CLI
 * starts fast and a local backup never loads an SDK.
 */
const FACTORIES = {
    'file:': async (url) => new local/* LocalStorage */.D((0,external_node_url_.fileURLToPath)(url)),
    // Each cloud backend sits behind the retry decorator (src/storage/retry.ts).
    's3:': async (url, raw, opts) => (await __nccwpck_require__.e(/* import() */ 91).then(__nccwpck_require__.bind(__nccwpck_require__, 43091))).withRetries(await (await Promise.all(/* import() */[__nccwpck_require__.e(711), __nccwpck_require__.e(454)]).then(__nccwpck_require__.bind(__nccwpck_require__, 66454))).openS3(url, raw, opts), opts),
    'gs:': async (url, raw, opts) => (await __nccwpck_require__.e(/* import() */ 91).then(__nccwpck_require__.bind(__nccwpck_require__, 43091))).withRetries(await (await Promise.all(/* import() */[__nccwpck_require__.e(830), __nccwpck_require__.e(669), __nccwpck_require__.e(754), __nccwpck_require__.e(324), __nccwpck_require__.e(665), __nccwpck_require__.e(936)]).then(__nccwpck_require__.bind(__nccwpck_require__, 22936))).openGcs(url, raw, opts), opts),
    'azblob:': async (url, raw, opts) => (await __nccwpck_require__.e(/* import() */ 91).then(__nccwpck_require__.bind(__nccwpck_require__, 43091))).withRetries(await (await Promise.all(/* import() */[__nccwpck_require__.e(830), __nccwpck_require__.e(669), __nccwpck_require__.e(728), __nccwpck_require__.e(44)]).then(__nccwpck_require__.bind(__nccwpck_require__, 94044))).openAzure(url, raw, opts), opts),
    'artifact:': async (url, raw, opts) => (await __nccwpck_require__.e(/* import() */ 91).then(__nccwpck_require__.bind(__nccwpck_require__, 43091))).withRetries(await (await __nccwpck_require__.e(/* import() */ 107).then(__nccwpck_require__.bind(__nccwpck_require__, 81107))).openArtifact(url, raw, opts), opts),
};
const KNOWN_SCHEMES = ['file://', 's3://', 'gs://', 'azblob://', 'artifact://'];
/**
 * Opens a storage from a URL (`file:///abs`, `s3://bucket/prefix`, …) or a plain
 * path. `flag` names the option the URL came from, for error messages.
 */
async function openStorage(raw, flag, opts = {}) {
    const text = raw.trim();
    if (!text)
        throw new errors/* UsageError */.eb(`${flag}: empty storage URL; expected a path, file:///abs/path, s3://, gs://, azblob:// or artifact://`);
    const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(text);
    if (!scheme || scheme[1].length === 1) {
        // A plain path (a one-letter "scheme" would be a Windows drive).
        return new local/* LocalStorage */.D(external_node_path_.resolve(text));
    }
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors/* UsageError */.eb(`${flag}: malformed storage URL '${(0,redact/* redact */.E)(text)}'`);
    }
    const factory = FACTORIES[url.protocol];
    if (!factory) {
        const known = KNOWN_SCHEMES.includes(`${url.protocol}//`);
        throw new errors/* UsageError */.eb(known
            ? `${flag}: storage '${url.protocol}//' is not available in this build yet`
            : `${flag}: unknown storage scheme '${url.protocol}' in '${(0,redact/* redact */.E)(text)}'; expected a path, ${KNOWN_SCHEMES.join(', ')}`);
    }
    try {
        return await factory(url, text, opts);
    }
    catch (err) {
        // Backends describe the URL; the user needs to know which option it came from.
        if (err instanceof errors/* UsageError */.eb && !err.message.startsWith(flag) && !(0,options/* namesAnOption */.Fq)(opts, err.message))
            throw new errors/* UsageError */.eb(`${flag}: ${err.message}`, { cause: err });
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/commands/prune.ts





/** Checks a policy before anything is listed: keeping nothing must be asked for explicitly. */
function checkPolicy(policy, allowEmpty) {
    if (policyIsEmpty(policy) && !allowEmpty) {
        throw new errors/* UsageError */.eb('retention: no --keep-* rule given, which would remove every backup; add rules or pass --allow-empty');
    }
}
/**
 * Applies a retention policy on the store itself, under the exclusive lock:
 * removed backups lose their manifest first, then their artifacts, so an
 * interrupted prune never leaves a listed backup with missing parts.
 */
async function prune(opts, ctx, open) {
    checkPolicy(opts.policy, opts.allowEmpty);
    const storage = open ?? (await openStorage(opts.from, '--from', opts.storageOptions));
    const lock = opts.dryRun ? undefined : await acquireLock(storage, opts.name, 'exclusive', { command: 'prune', waitMs: opts.lockWaitMs, log: ctx.log });
    try {
        const items = [];
        for (const entry of await (0,catalog/* listBackups */.Cw)(storage, opts.name)) {
            try {
                const m = await (0,catalog/* readManifest */.WI)(storage, entry);
                items.push({ id: m.id, time: new Date(m.finishedAt), parent: m.parent, type: m.type, finishedAt: m.finishedAt });
            }
            catch (err) {
                items.push({ id: entry.id, time: new Date(0), parent: null, unreadable: (0,errors/* errorMessage */.gJ)(err) });
            }
        }
        const decisions = applyRetention(items, opts.policy);
        for (const d of decisions) {
            // Never delete what we cannot read: a human should look at it first.
            if (d.item.unreadable) {
                d.keep = true;
                d.reasons.push('unreadable manifest');
            }
        }
        if (items.length > 0 && !decisions.some((d) => d.keep) && !opts.allowEmpty) {
            throw new errors/* UsageError */.eb(`retention would remove all ${items.length} backups of '${opts.name}'; pass --allow-empty if that is intended`);
        }
        const plan = decisions.map((d) => ({ id: d.item.id, finishedAt: d.item.finishedAt, type: d.item.type, keep: d.keep, reasons: d.reasons }));
        const removed = [];
        const orphans = [];
        if (!opts.dryRun) {
            for (const d of decisions.filter((x) => !x.keep)) {
                await storage.delete((0,catalog/* manifestKey */.Rn)(opts.name, d.item.id));
                await deleteFolder(storage, (0,catalog/* backupFolder */.j0)(opts.name, d.item.id));
                removed.push(d.item.id);
                ctx.log.info(`removed ${opts.name}/${d.item.id}`);
            }
            orphans.push(...(await sweepOrphans(storage, opts.name, opts.graceMs, ctx)));
            if (storage.sweepIncomplete) {
                const n = await storage.sweepIncomplete(`${opts.name}/`, new Date(Date.now() - opts.graceMs));
                if (n) {
                    orphans.push({ folder: `${opts.name} (incomplete writes)`, objects: n });
                    ctx.log.info(`removed ${n} incomplete write(s) (temporary files or multipart uploads) older than the grace period`);
                }
            }
        }
        return { storage: storage.location, name: opts.name, dryRun: opts.dryRun, plan, removed, orphans };
    }
    finally {
        await lock?.release();
        if (!open)
            await storage.close?.().catch(() => undefined);
    }
}
async function deleteFolder(storage, folder) {
    const keys = [];
    for await (const obj of storage.list(`${folder}/`))
        keys.push(obj.key);
    for (const k of keys)
        await storage.delete(k);
    return keys.length;
}
/** Folders with objects but no manifest (a crashed backup, an interrupted prune), older than the grace period. */
async function sweepOrphans(storage, name, graceMs, ctx) {
    const folders = new Map();
    const locks = locksPrefix(name);
    for await (const obj of storage.list(`${name}/`)) {
        if (obj.key.startsWith(locks))
            continue;
        const parts = obj.key.split('/');
        if (parts.length < 3)
            continue;
        const f = folders.get(parts[1]) ?? { newest: 0, hasManifest: false, count: 0 };
        f.count++;
        f.newest = Math.max(f.newest, obj.modified?.getTime() ?? Date.now());
        if (parts.length === 3 && parts[2] === 'manifest.json')
            f.hasManifest = true;
        folders.set(parts[1], f);
    }
    const swept = [];
    const cutoff = Date.now() - graceMs;
    for (const [id, f] of folders) {
        if (f.hasManifest || f.newest > cutoff)
            continue;
        const n = await deleteFolder(storage, (0,catalog/* backupFolder */.j0)(name, id));
        swept.push({ folder: `${name}/${id}`, objects: n });
        ctx.log.info(`swept orphaned folder ${name}/${id} (${n} objects without a manifest)`);
    }
    return swept;
}

;// CONCATENATED MODULE: ./src/commands/unlock.ts


/** Removes stale locks (or every lock with `all`), naming each one. */
async function unlock(opts, ctx) {
    const storage = await openStorage(opts.from, '--from', opts.storageOptions);
    try {
        const removed = [];
        const kept = [];
        for (const l of await listLocks(storage, opts.name)) {
            const desc = `${l.info.kind} lock of ${l.info.command} on ${l.info.host} (pid ${l.info.pid}), expires ${l.info.expiresAt}`;
            if (l.stale || opts.all) {
                await storage.delete(l.key);
                removed.push(desc);
                ctx.log.info(`removed ${desc}`);
            }
            else
                kept.push(desc);
        }
        return { storage: storage.location, removed, kept };
    }
    finally {
        await storage.close?.().catch(() => undefined);
    }
}

// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __nccwpck_require__(90131);
// EXTERNAL MODULE: ./src/catalog/chain.ts
var catalog_chain = __nccwpck_require__(46926);
// EXTERNAL MODULE: ./src/catalog/manifest.ts
var catalog_manifest = __nccwpck_require__(35394);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __nccwpck_require__(46466);
// EXTERNAL MODULE: ./src/pipeline/compression.ts
var compression = __nccwpck_require__(85568);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: ./src/formats/age/primitives.ts

/**
 * The cryptographic building blocks of age v1 (SPEC.md), on node:crypto only:
 * HKDF-SHA-256, ChaCha20-Poly1305, X25519, scrypt and the strict unpadded
 * base64 the header uses.
 */
const FILE_KEY_SIZE = 16;
const TAG_SIZE = 16;
const ZERO_NONCE = Buffer.alloc(12);
/** HKDF-SHA-256 with a 32-byte output, as every age key derivation uses. */
function hkdf32(ikm, salt, info) {
    return Buffer.from(external_node_crypto_.hkdfSync('sha256', ikm, salt, info, 32));
}
/**
 * A key for many AEAD operations. A KeyObject makes each createCipheriv about
 * ten times cheaper than a raw Buffer key, which matters with one cipher per
 * 64 KiB chunk.
 */
function aeadKey(raw) {
    return external_node_crypto_.createSecretKey(raw);
}
/** ChaCha20-Poly1305 seal: the ciphertext and the 16-byte tag, as two buffers (no copy to join them). */
function aeadSealParts(key, nonce, plaintext) {
    const cipher = external_node_crypto_.createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_SIZE });
    const body = cipher.update(plaintext);
    cipher.final();
    return [body, cipher.getAuthTag()];
}
/** ChaCha20-Poly1305 seal: ciphertext followed by the 16-byte tag. */
function aeadSeal(key, nonce, plaintext) {
    return Buffer.concat(aeadSealParts(key, nonce, plaintext));
}
/** ChaCha20-Poly1305 open; undefined when the tag does not verify (callers choose the message). */
function aeadOpen(key, nonce, sealed) {
    if (sealed.length < TAG_SIZE)
        return undefined;
    const decipher = external_node_crypto_.createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_SIZE });
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_SIZE));
    const body = decipher.update(sealed.subarray(0, sealed.length - TAG_SIZE));
    try {
        decipher.final();
    }
    catch {
        return undefined;
    }
    return body;
}
/** Key wrapping in stanzas uses a fixed all-zero nonce: every wrap key is used once. */
function wrapFileKey(wrapKey, fileKey) {
    return aeadSeal(wrapKey, ZERO_NONCE, fileKey);
}
function unwrapFileKey(wrapKey, body) {
    const key = aeadOpen(wrapKey, ZERO_NONCE, body);
    return key && key.length === FILE_KEY_SIZE ? key : undefined;
}
// node:crypto takes raw X25519 keys only wrapped in DER (PKCS#8 / SPKI with OID 1.3.101.110).
const PKCS8_X25519_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_X25519_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');
function privateKeyObject(secret) {
    return external_node_crypto_.createPrivateKey({ key: Buffer.concat([PKCS8_X25519_PREFIX, secret]), format: 'der', type: 'pkcs8' });
}
function publicKeyObject(publicKey) {
    return external_node_crypto_.createPublicKey({ key: Buffer.concat([SPKI_X25519_PREFIX, publicKey]), format: 'der', type: 'spki' });
}
/** X25519(secret, basepoint): the public key of a 32-byte secret. */
function primitives_x25519PublicKey(secret) {
    const spki = external_node_crypto_.createPublicKey(privateKeyObject(secret)).export({ format: 'der', type: 'spki' });
    return Buffer.from(spki.subarray(spki.length - 32));
}
/** X25519(secret, publicKey). All-zero results (low-order points) are the caller's to refuse. */
function x25519(secret, publicKey) {
    return external_node_crypto_.diffieHellman({ privateKey: privateKeyObject(secret), publicKey: publicKeyObject(publicKey) });
}
function isAllZero(b) {
    let acc = 0;
    for (const x of b)
        acc |= x;
    return acc === 0;
}
/** scrypt with r = 8, p = 1, as age fixes them; runs on the libuv pool so the event loop stays free. */
function scrypt32(passphrase, salt, logN) {
    const N = 2 ** logN;
    // scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is below age's default work factor.
    const maxmem = 128 * N * 8 + 32 * 1024 * 1024;
    return new Promise((resolve, reject) => {
        external_node_crypto_.scrypt(Buffer.from(passphrase, 'utf8'), salt, 32, { N, r: 8, p: 1, maxmem }, (err, key) => err ? reject(err) : resolve(key));
    });
}
function hmacSha256(key, data) {
    return external_node_crypto_.createHmac('sha256', key).update(data).digest();
}
const B64_CHARS = /^[A-Za-z0-9+/]*$/;
/** Standard base64 without padding (RFC 4648 §4, '=' removed). */
function b64encode(b) {
    return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64').replace(/=+$/, '');
}
/**
 * Strict decoding: only the base64 alphabet, no padding, and canonical (the
 * unused low bits of the last character are zero), as the spec requires;
 * Buffer.from(…, 'base64') alone accepts all of these.
 */
function b64decode(s) {
    if (!B64_CHARS.test(s) || s.length % 4 === 1)
        return undefined;
    const out = Buffer.from(s, 'base64');
    return b64encode(out) === s ? out : undefined;
}

;// CONCATENATED MODULE: ./src/formats/age/header.ts



/**
 * The age v1 text header (SPEC.md): version line, recipient stanzas, MAC line.
 * Encoding, strict parsing, and the X25519 and scrypt stanzas.
 */
const VERSION_LINE = 'age-encryption.org/v1';
const VERSION_PREFIX = Buffer.from(`${VERSION_LINE}\n`);
const ARMOR_PREFIX = Buffer.from('-----BEGIN AGE ENCRYPTED FILE-----');
/** A header is a few hundred bytes per recipient; past this the input is not an age file we will read. */
const MAX_HEADER_BYTES = 1 << 20;
const X25519_INFO = 'age-encryption.org/v1/X25519';
const SCRYPT_LABEL = 'age-encryption.org/v1/scrypt';
const DEFAULT_SCRYPT_WORK_FACTOR = 18;
/** age's own decryption ceiling: 2^22 needs 4 GiB of scrypt memory. */
const MAX_SCRYPT_WORK_FACTOR = 22;
const COLUMNS = 64;
function malformed(what) {
    return new errors/* VerificationError */.mk(`age: malformed header: ${what}`);
}
function encodeStanza(s) {
    const b64 = b64encode(s.body);
    let out = `-> ${s.args.join(' ')}\n`;
    // Full lines of 64 columns, then a final shorter (possibly empty) line.
    let i = 0;
    for (; i + COLUMNS <= b64.length; i += COLUMNS)
        out += `${b64.slice(i, i + COLUMNS)}\n`;
    return `${out}${b64.slice(i)}\n`;
}
function headerMacKey(fileKey) {
    return hkdf32(fileKey, Buffer.alloc(0), 'header');
}
/** The complete header, MAC line included. */
function encodeHeader(stanzas, fileKey) {
    const macInput = Buffer.from(`${VERSION_LINE}\n${stanzas.map(encodeStanza).join('')}---`, 'latin1');
    const mac = hmacSha256(headerMacKey(fileKey), macInput);
    return Buffer.concat([macInput, Buffer.from(` ${b64encode(mac)}\n`, 'latin1')]);
}
/**
 * Checks the start of an input for the age version line as soon as bytes
 * arrive, so a wrong file fails on its first chunk with a message saying what
 * it is, instead of after a megabyte of searching for a header end.
 */
function checkMagic(start) {
    const n = Math.min(start.length, VERSION_PREFIX.length);
    if (start.subarray(0, n).equals(VERSION_PREFIX.subarray(0, n)))
        return;
    const a = Math.min(start.length, ARMOR_PREFIX.length);
    if (a > 0 && start.subarray(0, a).equals(ARMOR_PREFIX.subarray(0, a))) {
        throw new errors/* VerificationError */.mk('age: input is ASCII-armored (-----BEGIN AGE ENCRYPTED FILE-----); armored files are not supported, decode with `age -d` first');
    }
    const line = start.subarray(0, Math.min(start.length, 64)).toString('latin1').split('\n')[0];
    if (line.startsWith('age-encryption.org/') && start.length > VERSION_PREFIX.length) {
        throw new errors/* VerificationError */.mk(`age: unsupported format version ${JSON.stringify(line.slice('age-encryption.org/'.length))} (this build reads v1)`);
    }
    throw new errors/* VerificationError */.mk(`age: input is not an age file (it does not start with '${VERSION_LINE}')`);
}
/**
 * Where the header ends in `buf` (the index just past the MAC line's LF), or
 * -1 if more bytes are needed. The MAC line is the only line starting with
 * '---': stanza bodies are base64 and argument lines start with '->'.
 */
function findHeaderEnd(buf) {
    const mark = buf.indexOf('\n---');
    if (mark < 0)
        return -1;
    const lf = buf.indexOf(0x0a, mark + 4);
    return lf < 0 ? -1 : lf + 1;
}
function isVchar(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x21 || c > 0x7e)
            return false;
    }
    return s.length > 0;
}
/** Parses a complete header (as delimited by findHeaderEnd) against the spec's ABNF. */
function parseHeader(header) {
    for (const byte of header) {
        if (byte !== 0x0a && (byte < 0x20 || byte > 0x7e))
            throw malformed('non-ASCII byte');
    }
    const text = header.toString('latin1');
    const lines = text.split('\n');
    lines.pop(); // the header ends with LF: the last element is empty
    if (lines[0] !== VERSION_LINE)
        throw malformed(`first line is not '${VERSION_LINE}'`);
    const stanzas = [];
    let i = 1;
    while (i < lines.length && lines[i].startsWith('-> ')) {
        const args = lines[i].slice(3).split(' ');
        if (!args.every(isVchar))
            throw malformed(`stanza ${stanzas.length + 1} has an empty or invalid argument`);
        i++;
        let b64 = '';
        for (;;) {
            const line = lines[i];
            if (line === undefined || line.startsWith('-'))
                throw malformed(`stanza ${stanzas.length + 1} body does not end with a short line`);
            if (line.length > COLUMNS)
                throw malformed(`stanza ${stanzas.length + 1} body line longer than ${COLUMNS} columns`);
            b64 += line;
            i++;
            if (line.length < COLUMNS)
                break;
        }
        const body = b64decode(b64);
        if (!body)
            throw malformed(`stanza ${stanzas.length + 1} body is not canonical unpadded base64`);
        stanzas.push({ args, body });
    }
    if (stanzas.length === 0)
        throw malformed('no recipient stanza');
    if (i !== lines.length - 1)
        throw malformed(`unexpected line ${i + 1}`);
    const macLine = lines[i];
    if (!macLine.startsWith('--- '))
        throw malformed('missing MAC line');
    const mac = b64decode(macLine.slice(4));
    if (!mac || mac.length !== 32)
        throw malformed('MAC is not 32 bytes of canonical base64');
    const macInput = header.subarray(0, header.length - (macLine.length - 3) - 1);
    return { stanzas, macInput, mac };
}
function verifyHeaderMac(parsed, fileKey) {
    const expected = hmacSha256(headerMacKey(fileKey), parsed.macInput);
    if (!(0,external_node_crypto_.timingSafeEqual)(expected, parsed.mac)) {
        throw new errors/* VerificationError */.mk('age: header MAC mismatch (the header was corrupted or tampered with)');
    }
}
/** An X25519 stanza wrapping `fileKey` to `recipient` (its 32-byte public key), with a fresh ephemeral key. */
function wrapX25519(fileKey, recipient) {
    const ephemeral = (0,external_node_crypto_.randomBytes)(32);
    const share = primitives_x25519PublicKey(ephemeral);
    const shared = x25519(ephemeral, recipient);
    const wrapKey = hkdf32(shared, Buffer.concat([share, recipient]), X25519_INFO);
    return { args: ['X25519', b64encode(share)], body: wrapFileKey(wrapKey, fileKey) };
}
/**
 * The file key, if this X25519 stanza was made for `secret`; undefined if it
 * was made for someone else. A stanza that breaks the spec's shape rules is an
 * error, not "someone else's".
 */
function unwrapX25519(stanza, secret, publicKey) {
    if (stanza.args.length !== 2)
        throw malformed('X25519 stanza must have exactly one argument after its type');
    const share = b64decode(stanza.args[1]);
    if (!share || share.length !== 32)
        throw malformed('X25519 ephemeral share is not 32 bytes of canonical base64');
    if (stanza.body.length !== 32)
        throw malformed('X25519 stanza body is not 32 bytes');
    const shared = x25519(secret, share);
    if (isAllZero(shared))
        throw malformed('X25519 ephemeral share is a low-order point');
    const wrapKey = hkdf32(shared, Buffer.concat([share, publicKey]), X25519_INFO);
    return unwrapFileKey(wrapKey, stanza.body);
}
async function wrapScrypt(fileKey, passphrase, logN) {
    const salt = (0,external_node_crypto_.randomBytes)(16);
    const wrapKey = await scrypt32(passphrase, Buffer.concat([Buffer.from(SCRYPT_LABEL), salt]), logN);
    return { args: ['scrypt', b64encode(salt), String(logN)], body: wrapFileKey(wrapKey, fileKey) };
}
/** The file key, or undefined when the passphrase is wrong. */
async function unwrapScrypt(stanza, passphrase) {
    if (stanza.args.length !== 3)
        throw malformed('scrypt stanza must have exactly two arguments after its type');
    const salt = b64decode(stanza.args[1]);
    if (!salt || salt.length !== 16)
        throw malformed('scrypt salt is not 16 bytes of canonical base64');
    const logNText = stanza.args[2];
    if (!/^[1-9][0-9]*$/.test(logNText))
        throw malformed(`scrypt work factor ${JSON.stringify(logNText)} is not a decimal number`);
    const logN = Number(logNText);
    if (logN > MAX_SCRYPT_WORK_FACTOR) {
        throw new errors/* VerificationError */.mk(`age: scrypt work factor ${logN} is above the limit of ${MAX_SCRYPT_WORK_FACTOR} (it would need ${2 ** (logN - 10)} MiB of memory)`);
    }
    if (stanza.body.length !== 32)
        throw malformed('scrypt stanza body is not 32 bytes');
    const wrapKey = await scrypt32(passphrase, Buffer.concat([Buffer.from(SCRYPT_LABEL), salt]), logN);
    return unwrapFileKey(wrapKey, stanza.body);
}

;// CONCATENATED MODULE: ./src/formats/age/keys.ts



/**
 * age X25519 keys as text: recipients are Bech32 with HRP `age` (lower case),
 * identities Bech32 with HRP `AGE-SECRET-KEY-` (upper case). Bech32 is BIP 173
 * without its 90-character limit; the checksum is computed over the lower-case
 * string.
 */
const RECIPIENT_HRP = 'age';
const IDENTITY_HRP = 'AGE-SECRET-KEY-';
const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
function polymod(values) {
    let chk = 1;
    for (const v of values) {
        const top = chk >>> 25;
        chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
        for (let i = 0; i < 5; i++)
            if ((top >>> i) & 1)
                chk = (chk ^ GENERATOR[i]) >>> 0;
    }
    return chk;
}
function hrpExpand(hrp) {
    const h = hrp.toLowerCase();
    const out = [];
    for (let i = 0; i < h.length; i++)
        out.push(h.charCodeAt(i) >> 5);
    out.push(0);
    for (let i = 0; i < h.length; i++)
        out.push(h.charCodeAt(i) & 31);
    return out;
}
function convertBits(data, from, to, pad) {
    let acc = 0;
    let bits = 0;
    const out = [];
    const maxv = (1 << to) - 1;
    for (let i = 0; i < data.length; i++) {
        const v = data[i];
        if (v >> from !== 0)
            return undefined;
        acc = ((acc << from) | v) & 0xffffff;
        bits += from;
        while (bits >= to) {
            bits -= to;
            out.push((acc >> bits) & maxv);
        }
    }
    if (pad) {
        if (bits > 0)
            out.push((acc << (to - bits)) & maxv);
    }
    else if (bits >= from || ((acc << (to - bits)) & maxv) !== 0) {
        return undefined;
    }
    return out;
}
/** Bech32 encoding; an upper-case HRP gives an all-upper-case string. */
function bech32Encode(hrp, data) {
    const values = convertBits(data, 8, 5, true);
    const lowerHrp = hrp.toLowerCase();
    const mod = polymod([...hrpExpand(lowerHrp), ...values, 0, 0, 0, 0, 0, 0]) ^ 1;
    let s = `${lowerHrp}1`;
    for (const v of values)
        s += CHARSET[v];
    for (let p = 0; p < 6; p++)
        s += CHARSET[(mod >>> (5 * (5 - p))) & 31];
    return hrp === lowerHrp ? s : s.toUpperCase();
}
/** Bech32 decoding; the HRP comes back in the string's own case. Undefined on any defect. */
function bech32Decode(s) {
    if (s.toLowerCase() !== s && s.toUpperCase() !== s)
        return undefined;
    const pos = s.lastIndexOf('1');
    if (pos < 1 || pos + 7 > s.length)
        return undefined;
    const hrp = s.slice(0, pos);
    for (let i = 0; i < hrp.length; i++) {
        const c = hrp.charCodeAt(i);
        if (c < 33 || c > 126)
            return undefined;
    }
    const lower = s.toLowerCase();
    const values = [];
    for (const ch of lower.slice(pos + 1)) {
        const d = CHARSET.indexOf(ch);
        if (d < 0)
            return undefined;
        values.push(d);
    }
    if (polymod([...hrpExpand(hrp), ...values]) !== 1)
        return undefined;
    const bytes = convertBits(values.slice(0, -6), 5, 8, false);
    return bytes ? { hrp, data: Buffer.from(bytes) } : undefined;
}
/**
 * How a bad recipient is named in a message. Recipients are public, but a
 * secret pasted into the wrong field (an identity, a passphrase) must not be
 * echoed: only text shaped like a recipient is quoted.
 */
function shown(s) {
    if (/^AGE-(SECRET-KEY|PLUGIN)-/i.test(s))
        return 'given as a secret key (AGE-SECRET-KEY-…), not a public recipient';
    if (!/^age1[0-9a-z]*$/.test(s))
        return `(a ${s.length}-character value not starting with 'age1', not shown)`;
    return JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}...` : s);
}
/** The 32-byte X25519 public key of an `age1…` recipient; UsageError naming the input otherwise. */
function decodeRecipient(text) {
    const s = text.trim();
    if (s.startsWith('age1pq1') || s.startsWith('age1tag')) {
        throw new errors/* UsageError */.eb(`age: recipient ${shown(s)} is a post-quantum/tagged type this build cannot encrypt to; expected an X25519 recipient (age1…)`);
    }
    if (/^(ssh-|ecdsa-)/.test(s)) {
        throw new errors/* UsageError */.eb(`age: SSH recipients (${s.split(' ')[0]} …) are not supported; expected an X25519 recipient (age1…, from age-keygen)`);
    }
    const d = bech32Decode(s);
    if (!d || d.hrp !== RECIPIENT_HRP || d.data.length !== 32) {
        throw new errors/* UsageError */.eb(`age: malformed recipient ${shown(s)}: expected an X25519 recipient, 'age1' followed by 58 Bech32 characters`);
    }
    return d.data;
}
/** The 32-byte X25519 secret of an `AGE-SECRET-KEY-1…` identity. The key itself never appears in a message. */
function decodeIdentity(text, where = 'identity') {
    const s = text.trim();
    if (s.startsWith('AGE-PLUGIN-'))
        throw new errors/* UsageError */.eb(`age: ${where} is a plugin identity (AGE-PLUGIN-…), which this build cannot use`);
    if (s.startsWith('AGE-SECRET-KEY-PQ-'))
        throw new errors/* UsageError */.eb(`age: ${where} is a post-quantum identity (AGE-SECRET-KEY-PQ-…), which this build cannot use`);
    const d = bech32Decode(s);
    if (!d || d.hrp !== IDENTITY_HRP || d.data.length !== 32) {
        throw new errors/* UsageError */.eb(`age: ${where} is not an age X25519 identity: expected 'AGE-SECRET-KEY-1' followed by 58 Bech32 characters (as age-keygen writes)`);
    }
    return d.data;
}
/** Validates an `age1…` recipient and returns its canonical (trimmed, lower-case) text. */
function parseRecipient(text) {
    return bech32Encode(RECIPIENT_HRP, decodeRecipient(text));
}
/**
 * Reads an identity file as age does: one identity per line, empty lines and
 * lines starting with '#' ignored. Returns the identities in order. `source`
 * (e.g. the file's path) names the input in errors.
 */
function parseIdentityFile(text, source = 'identity file') {
    const out = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].replace(/\r$/, '');
        if (line.trim() === '' || line.startsWith('#'))
            continue;
        if (/^-----BEGIN /.test(line)) {
            throw new errors/* UsageError */.eb(`age: ${source} holds a PEM/SSH key (line ${i + 1}); expected age identities (AGE-SECRET-KEY-1…, from age-keygen)`);
        }
        out.push(bech32Encode(IDENTITY_HRP, decodeIdentity(line, `${source} line ${i + 1}`)));
    }
    if (out.length === 0)
        throw new errors/* UsageError */.eb(`age: ${source} contains no identities (expected lines of AGE-SECRET-KEY-1…)`);
    return out;
}
/** The `age1…` recipient of an `AGE-SECRET-KEY-1…` identity. */
function recipientOf(identity) {
    return bech32Encode(RECIPIENT_HRP, x25519PublicKey(decodeIdentity(identity)));
}
/** A fresh X25519 key pair, as `age-keygen` makes. */
function generateIdentity() {
    const secret = randomBytes(32);
    return { identity: bech32Encode(IDENTITY_HRP, secret), recipient: bech32Encode(RECIPIENT_HRP, x25519PublicKey(secret)) };
}
/** The text `age-keygen` writes for a key pair, readable by `age -i` and parseIdentityFile. */
function identityFileText(pair, created = new Date()) {
    return `# created: ${created.toISOString().replace(/\.\d{3}Z$/, 'Z')}\n# public key: ${pair.recipient}\n${pair.identity}\n`;
}
/**
 * A short id of a recipient set, stable across order, duplicates and case:
 * the first 16 hex digits of SHA-256 over the sorted canonical recipients,
 * one per line, after a domain label. Lets a manifest say "encrypted to the
 * same set as before" without listing keys.
 */
function ageRecipientsFingerprint(recipients) {
    if (recipients.length === 0)
        throw new errors/* UsageError */.eb('age: a recipients fingerprint needs at least one recipient');
    const canonical = [...new Set(recipients.map(parseRecipient))].sort();
    return (0,external_node_crypto_.createHash)('sha256').update(`bakup age recipients v1\n${canonical.join('\n')}\n`).digest('hex').slice(0, 16);
}

;// CONCATENATED MODULE: ./src/formats/age/stream.ts





/**
 * The age payload (SPEC.md): a 16-byte nonce, then STREAM — 64 KiB plaintext
 * chunks sealed with ChaCha20-Poly1305 under the payload key, nonce = 88-bit
 * big-endian counter ‖ last-chunk flag. Exactly one chunk (the last) carries
 * the flag, which is what makes truncation detectable.
 */
const CHUNK_SIZE = 64 * 1024;
const SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE;
const PAYLOAD_NONCE_SIZE = 16;
function payloadKey(fileKey, nonce) {
    return aeadKey(hkdf32(fileKey, nonce, 'payload'));
}
/**
 * Writes chunk `counter`'s nonce into `n` (12 bytes, the first 3 always zero) and returns it. Each stream
 * reuses one buffer: createCipheriv/createDecipheriv copy the nonce, so nothing keeps a reference to it.
 */
function chunkNonce(n, counter, last) {
    // The counter is 88 bits; 2^53 chunks (512 ZiB) is far beyond any input, so a JS number suffices.
    n.writeUInt32BE(Math.floor(counter / 2 ** 32), 3);
    n.writeUInt32BE(counter >>> 0, 7);
    n[11] = last ? 1 : 0;
    return n;
}
/**
 * Plaintext in, age file out. Holds one 64 KiB chunk: a full chunk is sealed
 * as "not last" only once a further byte proves more follows, so a payload
 * that is an exact multiple of 64 KiB ends with a full final chunk, as age
 * writes it. Whole chunks inside a large input buffer are sealed in place;
 * only the tail of each input buffer is copied.
 */
class AgeEncryptStream extends external_node_stream_.Transform {
    to;
    prefix; // header + payload nonce, not yet pushed
    key;
    pending = Buffer.allocUnsafe(CHUNK_SIZE);
    chunkNonceBytes = Buffer.alloc(12);
    fill = 0;
    counter = 0;
    constructor(to) {
        super();
        this.to = to;
    }
    _construct(callback) {
        this.prepare().then(() => callback(), callback);
    }
    async prepare() {
        const fileKey = (0,external_node_crypto_.randomBytes)(FILE_KEY_SIZE);
        const stanzas = this.to.passphrase !== undefined
            ? [await wrapScrypt(fileKey, this.to.passphrase, this.to.scryptWorkFactor)]
            : this.to.recipients.map((r) => wrapX25519(fileKey, r));
        const nonce = (0,external_node_crypto_.randomBytes)(PAYLOAD_NONCE_SIZE);
        this.key = payloadKey(fileKey, nonce);
        this.prefix = Buffer.concat([encodeHeader(stanzas, fileKey), nonce]);
    }
    pushPrefix() {
        if (this.prefix) {
            this.push(this.prefix);
            this.prefix = undefined;
        }
    }
    /** What one write sealed, pushed as one buffer by pushSealed(). */
    sealed = [];
    seal(plaintext, last) {
        const [body, tag] = aeadSealParts(this.key, chunkNonce(this.chunkNonceBytes, this.counter, last), plaintext);
        this.sealed.push(body, tag);
        this.counter++;
    }
    /**
     * One push per write, not two per 64 KiB chunk: with a 64 KiB body and a 16-byte tag pushed apiece, every stage
     * after this one (the stored hash, the stores' writes) ran eight times per 256 KiB block, and an in-thread zstd +
     * age backup of 2 GiB spent 0.8 s of its main thread in file writes alone. The copy costs less than that (bench/README.md, files).
     */
    pushSealed() {
        const parts = this.sealed;
        if (!parts.length)
            return;
        this.sealed = [];
        this.push(parts.length === 1 ? parts[0] : Buffer.concat(parts));
    }
    _transform(chunk, _enc, callback) {
        this.pushPrefix();
        let off = 0;
        while (off < chunk.length) {
            if (this.fill === CHUNK_SIZE) {
                this.seal(this.pending, false);
                this.fill = 0;
            }
            if (this.fill === 0 && chunk.length - off > CHUNK_SIZE) {
                this.seal(chunk.subarray(off, off + CHUNK_SIZE), false);
                off += CHUNK_SIZE;
                continue;
            }
            const n = chunk.copy(this.pending, this.fill, off);
            this.fill += n;
            off += n;
        }
        this.pushSealed();
        callback();
    }
    _flush(callback) {
        this.pushPrefix();
        this.seal(this.pending.subarray(0, this.fill), true);
        this.fill = 0;
        this.pushSealed();
        callback();
    }
}
function stanzaTypes(stanzas) {
    return [...new Set(stanzas.map((s) => s.args[0]))].join(', ');
}
/** Finds the file key among the stanzas and checks the header MAC with it. */
async function openHeader(parsed, w) {
    const { stanzas } = parsed;
    const scrypt = stanzas.find((s) => s.args[0] === 'scrypt');
    let fileKey;
    if (scrypt) {
        if (stanzas.length !== 1) {
            throw new errors/* VerificationError */.mk('age: malformed header: an scrypt stanza must be the only stanza of a file');
        }
        if (w.passphrase === undefined) {
            throw new errors/* VerificationError */.mk('age: this file is passphrase-encrypted; an identity cannot open it, give the passphrase');
        }
        fileKey = await unwrapScrypt(scrypt, w.passphrase);
        if (!fileKey)
            throw new errors/* VerificationError */.mk('age: wrong passphrase (the scrypt stanza did not open)');
    }
    else {
        const x25519 = stanzas.filter((s) => s.args[0] === 'X25519');
        if (x25519.length === 0) {
            throw new errors/* VerificationError */.mk(`age: the file has no X25519 or scrypt recipient, only ${stanzaTypes(stanzas)}, which this build cannot open`);
        }
        if (w.identities.length === 0) {
            throw new errors/* VerificationError */.mk('age: this file is encrypted to recipients (age1…); a passphrase cannot open it, give an identity');
        }
        search: for (const stanza of x25519) {
            for (const id of w.identities) {
                fileKey = unwrapX25519(stanza, id.secret, id.publicKey);
                if (fileKey)
                    break search;
            }
        }
        if (!fileKey) {
            throw new errors/* VerificationError */.mk(`age: no identity matches any recipient of this file (${x25519.length} recipient${x25519.length === 1 ? '' : 's'}, ${w.identities.length} identit${w.identities.length === 1 ? 'y' : 'ies'} tried)`);
        }
    }
    verifyHeaderMac(parsed, fileKey);
    return fileKey;
}
/**
 * age file in, plaintext out. A chunk's plaintext is pushed only after its
 * tag verified; a sealed chunk is held until the next byte (it is "not last")
 * or the end of input (it must be last), so at most one sealed chunk is
 * buffered and a truncated file always fails instead of ending quietly.
 */
class AgeDecryptStream extends external_node_stream_.Transform {
    with;
    phase = 'header';
    head = [];
    headLength = 0;
    nonce = Buffer.alloc(PAYLOAD_NONCE_SIZE);
    nonceFill = 0;
    fileKey = Buffer.alloc(0);
    key;
    sealed = Buffer.allocUnsafe(SEALED_CHUNK_SIZE);
    chunkNonceBytes = Buffer.alloc(12);
    fill = 0;
    counter = 0;
    constructor(w) {
        super();
        this.with = w;
    }
    _transform(chunk, _enc, callback) {
        if (this.phase !== 'header') {
            this.guard(() => this.consume(chunk), callback);
            return;
        }
        this.head.push(chunk);
        this.headLength += chunk.length;
        const head = this.head.length === 1 ? chunk : Buffer.concat(this.head, this.headLength);
        this.head = [head];
        let end;
        try {
            checkMagic(head);
            end = findHeaderEnd(head);
            if (end < 0 && this.headLength > MAX_HEADER_BYTES) {
                throw new errors/* VerificationError */.mk(`age: header larger than ${MAX_HEADER_BYTES >> 20} MiB without a MAC line; not a readable age file`);
            }
        }
        catch (err) {
            callback(err);
            return;
        }
        if (end < 0) {
            callback();
            return;
        }
        this.head = [];
        // parseHeader throws synchronously, openHeader may wait for scrypt: one promise carries both.
        Promise.resolve()
            .then(() => openHeader(parseHeader(head.subarray(0, end)), this.with))
            .then((fileKey) => {
            this.fileKey = fileKey;
            this.phase = 'nonce';
            this.guard(() => this.consume(head.subarray(end)), callback);
        }, (err) => callback(err));
    }
    guard(work, callback) {
        try {
            work();
        }
        catch (err) {
            callback(err);
            return;
        }
        callback();
    }
    consume(data) {
        let off = 0;
        if (this.phase === 'nonce') {
            const n = data.copy(this.nonce, this.nonceFill, 0, Math.min(data.length, PAYLOAD_NONCE_SIZE - this.nonceFill));
            this.nonceFill += n;
            off = n;
            if (this.nonceFill < PAYLOAD_NONCE_SIZE)
                return;
            this.key = payloadKey(this.fileKey, this.nonce);
            this.phase = 'chunks';
        }
        while (off < data.length) {
            if (this.fill === SEALED_CHUNK_SIZE) {
                this.openFull(this.sealed);
                this.fill = 0;
            }
            if (this.fill === 0 && data.length - off > SEALED_CHUNK_SIZE) {
                this.openFull(data.subarray(off, off + SEALED_CHUNK_SIZE));
                off += SEALED_CHUNK_SIZE;
                continue;
            }
            const n = data.copy(this.sealed, this.fill, off);
            this.fill += n;
            off += n;
        }
    }
    chunkFailed() {
        return new errors/* VerificationError */.mk(`age: payload chunk ${this.counter} failed authentication (the data was corrupted or tampered with, or is not from this file)`);
    }
    /** A full sealed chunk followed by more input: it must be a non-final chunk. */
    openFull(sealed) {
        const plain = aeadOpen(this.key, chunkNonce(this.chunkNonceBytes, this.counter, false), sealed);
        if (!plain) {
            if (aeadOpen(this.key, chunkNonce(this.chunkNonceBytes, this.counter, true), sealed)) {
                throw new errors/* VerificationError */.mk(`age: unexpected data after the final payload chunk (${this.counter})`);
            }
            throw this.chunkFailed();
        }
        this.push(plain);
        this.counter++;
    }
    _flush(callback) {
        this.guard(() => this.finish(), callback);
    }
    finish() {
        if (this.phase === 'header') {
            throw new errors/* VerificationError */.mk(this.headLength === 0 ? 'age: input is empty, not an age file' : 'age: truncated header (the input ends before the header MAC line)');
        }
        if (this.phase === 'nonce')
            throw new errors/* VerificationError */.mk('age: truncated (the input ends inside the payload nonce)');
        if (this.fill === 0)
            throw new errors/* VerificationError */.mk('age: truncated (missing final chunk)');
        if (this.fill < TAG_SIZE)
            throw new errors/* VerificationError */.mk(`age: truncated (payload chunk ${this.counter} is shorter than its tag)`);
        const sealed = this.sealed.subarray(0, this.fill);
        const plain = aeadOpen(this.key, chunkNonce(this.chunkNonceBytes, this.counter, true), sealed);
        if (!plain) {
            if (this.fill === SEALED_CHUNK_SIZE && aeadOpen(this.key, chunkNonce(this.chunkNonceBytes, this.counter, false), sealed)) {
                throw new errors/* VerificationError */.mk(`age: truncated (missing final chunk: the input ends after chunk ${this.counter})`);
            }
            throw this.chunkFailed();
        }
        if (plain.length === 0 && this.counter > 0) {
            throw new errors/* VerificationError */.mk('age: malformed payload: an empty final chunk after data (only an empty file may have one)');
        }
        if (plain.length > 0)
            this.push(plain);
        this.counter++;
        this.fill = 0;
    }
}

;// CONCATENATED MODULE: ./src/formats/age/index.ts





/**
 * The age v1 file format (https://age-encryption.org/v1, summarized in
 * SPEC.md beside this file), natively on node:crypto: what we write, the
 * stock `age` CLI decrypts, and the reverse.
 */

function checkPassphrase(passphrase) {
    if (passphrase !== undefined && passphrase.length === 0) {
        throw new errors/* UsageError */.eb('age: the passphrase is empty; give a non-empty passphrase');
    }
}
/** Plaintext in, age file out; constant memory (one 64 KiB chunk). Bad options throw UsageError here. */
function createAgeEncryptStream(opts) {
    const recipients = opts.recipients ?? [];
    checkPassphrase(opts.passphrase);
    if (opts.passphrase !== undefined && recipients.length > 0) {
        throw new errors/* UsageError */.eb('age: a passphrase cannot be combined with recipients (in the age format a passphrase-encrypted file has exactly one, scrypt, stanza); use either recipients or a passphrase');
    }
    if (opts.passphrase === undefined && recipients.length === 0) {
        throw new errors/* UsageError */.eb('age: nothing to encrypt to: give at least one recipient (age1…) or a passphrase');
    }
    const workFactor = opts.scryptWorkFactor ?? DEFAULT_SCRYPT_WORK_FACTOR;
    if (!Number.isInteger(workFactor) || workFactor < 1 || workFactor > MAX_SCRYPT_WORK_FACTOR) {
        throw new errors/* UsageError */.eb(`age: scrypt work factor ${String(opts.scryptWorkFactor)} is invalid: expected an integer from 1 to ${MAX_SCRYPT_WORK_FACTOR} (default ${DEFAULT_SCRYPT_WORK_FACTOR})`);
    }
    // The same recipient twice would only add an identical-purpose stanza.
    const unique = [...new Set(recipients.map(parseRecipient))];
    return new AgeEncryptStream({
        recipients: unique.map(decodeRecipient),
        passphrase: opts.passphrase,
        scryptWorkFactor: workFactor,
    });
}
/**
 * age file in, plaintext out, streaming. Verifies the header MAC and every
 * chunk's tag before emitting it; any failure (wrong key, tampering,
 * truncation) is a VerificationError with one line.
 */
function createAgeDecryptStream(opts) {
    checkPassphrase(opts.passphrase);
    const identities = (opts.identities ?? []).map((text, i) => {
        const secret = decodeIdentity(text, `identity ${i + 1}`);
        return { secret, publicKey: primitives_x25519PublicKey(secret) };
    });
    if (identities.length === 0 && opts.passphrase === undefined) {
        throw new errors/* UsageError */.eb('age: nothing to decrypt with: give an identity (AGE-SECRET-KEY-1…) or a passphrase');
    }
    return new AgeDecryptStream({ identities, passphrase: opts.passphrase });
}

;// CONCATENATED MODULE: ./src/pipeline/encryption.ts





function encryptionFor(keys) {
    const recipients = [...new Set((keys.recipients ?? []).map((r) => parseRecipient(r)))];
    if (!recipients.length && keys.passphrase === undefined)
        return { scheme: 'none' };
    if (recipients.length && keys.passphrase !== undefined) {
        throw new errors/* UsageError */.eb('--passphrase: cannot be combined with --encryption-recipients (age files use one or the other); choose one');
    }
    return { scheme: 'age', recipients, passphrase: keys.passphrase !== undefined, keyId: recipients.length ? ageRecipientsFingerprint(recipients) : 'passphrase' };
}
function encryptor(e, keys = {}) {
    if (e.scheme === 'none')
        return new external_node_stream_.PassThrough();
    return createAgeEncryptStream(e.passphrase ? { passphrase: keys.passphrase } : { recipients: e.recipients });
}
/** True when `keys` can open artifacts encrypted as `e`. */
function canDecrypt(e, keys = {}) {
    if (e.scheme === 'none')
        return true;
    return e.passphrase ? keys.passphrase !== undefined : !!keys.identities?.length;
}
function decryptor(e, keys = {}) {
    if (e.scheme === 'none')
        return new external_node_stream_.PassThrough();
    if (!canDecrypt(e, keys)) {
        throw new errors/* UsageError */.eb(e.passphrase
            ? 'this backup is encrypted with a passphrase: give --passphrase-file, env BAKUP_PASSPHRASE or the passphrase input'
            : `this backup is encrypted to ${e.recipients.length} age recipient(s) (key id ${e.keyId}): give --identity-file, env BAKUP_AGE_IDENTITY or the identity input`);
    }
    return createAgeDecryptStream(e.passphrase ? { passphrase: keys.passphrase } : { identities: keys.identities });
}
/**
 * Collects keys from files, inputs and the environment (BAKUP_PASSPHRASE,
 * BAKUP_AGE_IDENTITY), registering every secret for redaction.
 */
function loadKeys(opts, env = process.env) {
    const keys = {};
    if (opts.recipients?.length) {
        keys.recipients = opts.recipients.flatMap((r) => r.split(/[\s,]+/)).filter(Boolean);
        // Checked here, so a bad key is reported against the option that carried it before any work starts.
        for (const r of keys.recipients)
            naming('--encryption-recipients', () => parseRecipient(r));
    }
    let passphrase = opts.passphrase ?? env.BAKUP_PASSPHRASE;
    if (opts.passphraseFile)
        passphrase = readKeyFile(opts.passphraseFile, '--passphrase-file').replace(/\r?\n$/, '');
    if (passphrase !== undefined) {
        if (passphrase === '')
            throw new errors/* UsageError */.eb('passphrase: given but empty; an empty passphrase protects nothing');
        (0,redact/* registerSecret */.c)(passphrase);
        keys.passphrase = passphrase;
    }
    const identities = [];
    for (const file of opts.identityFiles ?? [])
        identities.push(...naming('--identity-file', () => parseIdentityFile(readKeyFile(file, '--identity-file'), file)));
    const inline = opts.identity ?? env.BAKUP_AGE_IDENTITY;
    if (inline)
        identities.push(...naming(opts.identity !== undefined ? '--identity' : 'BAKUP_AGE_IDENTITY', () => parseIdentityFile(inline, 'the identity')));
    identities.forEach(redact/* registerSecret */.c);
    if (identities.length)
        keys.identities = identities;
    return keys;
}
/** Runs a key parser; its usage errors (`age: …`) name the option the key came from instead. */
function naming(flag, parse) {
    try {
        return parse();
    }
    catch (err) {
        if (err instanceof errors/* UsageError */.eb && !err.message.startsWith(`${flag}:`))
            throw new errors/* UsageError */.eb(`${flag}: ${err.message.replace(/^age: /, '')}`, { cause: err });
        throw err;
    }
}
function readKeyFile(file, flag) {
    try {
        return external_node_fs_.readFileSync(file, 'utf8');
    }
    catch (err) {
        throw new errors/* UsageError */.eb(`${flag}: cannot read '${file}' (${(0,errors/* errorCode */.CA)(err) ?? 'error'})`);
    }
}

;// CONCATENATED MODULE: ./src/pipeline/hash.ts



/** Passes bytes through unchanged while counting them and computing their SHA-256. */
class HashCounter extends external_node_stream_.Transform {
    onBytes;
    hash = (0,external_node_crypto_.createHash)('sha256');
    count = 0;
    hex;
    constructor(onBytes) {
        super();
        this.onBytes = onBytes;
    }
    _transform(chunk, _enc, cb) {
        this.hash.update(chunk);
        this.count += chunk.length;
        this.onBytes?.(chunk.length);
        cb(null, chunk);
    }
    _flush(cb) {
        this.hex = this.hash.digest('hex');
        cb();
    }
    get size() {
        return this.count;
    }
    /** The SHA-256 in hex; only valid after the stream has ended. */
    get sha256() {
        if (this.hex === undefined)
            throw new Error('HashCounter: digest read before end of stream');
        return this.hex;
    }
}
/**
 * Passes bytes through and fails the stream — before it ends — unless they are
 * exactly `size` bytes with the given SHA-256. A consumer that treats a stream
 * error as failure therefore never completes on bytes the manifest does not vouch for.
 */
class ExpectDigest extends external_node_stream_.Transform {
    expected;
    what;
    onBytes;
    hash = (0,external_node_crypto_.createHash)('sha256');
    count = 0;
    constructor(expected, what, onBytes) {
        super();
        this.expected = expected;
        this.what = what;
        this.onBytes = onBytes;
    }
    _transform(chunk, _enc, cb) {
        this.count += chunk.length;
        this.onBytes?.(chunk.length);
        if (this.count > this.expected.size) {
            cb(new errors/* VerificationError */.mk(`${this.what}: more bytes than the ${this.expected.size} recorded in the manifest`));
            return;
        }
        this.hash.update(chunk);
        cb(null, chunk);
    }
    _flush(cb) {
        if (this.count !== this.expected.size) {
            cb(new errors/* VerificationError */.mk(`${this.what}: ${this.count} bytes, the manifest records ${this.expected.size} (truncated)`));
            return;
        }
        const got = this.hash.digest('hex');
        if (got !== this.expected.sha256) {
            cb(new errors/* VerificationError */.mk(`${this.what}: SHA-256 ${got} does not match the manifest's ${this.expected.sha256}`));
            return;
        }
        cb();
    }
}

;// CONCATENATED MODULE: ./src/pipeline/encode.ts



/** Fails before any byte moves when this runtime cannot write the asked compression. */
function checkEncodeSpec(spec) {
    if (spec.compression === 'zstd')
        (0,compression/* requireZstd */.tf)();
}
/**
 * The stages an artifact's bytes go through on the way to the stores: plain
 * bytes counted and hashed, compressed, encrypted, counted and hashed again.
 * Each byte is hashed once per form it takes: without compression and
 * encryption the stored bytes are the plain ones, and their digest is shared.
 * The same stages run in the encode worker (encode-worker.ts) or, where there
 * is none, in this thread.
 */
function encodeStages(spec, onPlainBytes) {
    const plain = new HashCounter(onPlainBytes);
    const after = storedStages(spec);
    const stored = after.stored ?? plain;
    return {
        stages: [plain, ...after.stages],
        digests: () => ({ plain: { size: plain.size, sha256: plain.sha256 }, stored: { size: stored.size, sha256: stored.sha256 } }),
    };
}
/**
 * The stages after the plain hash: compress, encrypt, and the stored bytes'
 * hash. None at all when the stored bytes are the plain ones.
 */
function storedStages(spec) {
    const transforms = encodeTransforms(spec, compression/* compressor */.e);
    if (!transforms.length)
        return { stages: [] };
    const stored = new HashCounter();
    return { stages: [...transforms, stored], stored };
}
/**
 * What the encode worker runs on the PIPELINE_CHUNK blocks it is handed:
 * compress (zlib fed the blocks as they are) and encrypt. The hashes are not
 * here: the worker hashes the plain bytes as they arrive, the main thread the
 * stored bytes as they come back (worker-encoder.ts).
 */
function blockTransforms(spec) {
    return encodeTransforms(spec, blockCompressor);
}
/** Compress (with the given kind of compressor), then encrypt: whichever of the two the spec asks for. */
function encodeTransforms(spec, compress) {
    const transforms = [];
    if (spec.compression !== 'none')
        transforms.push(compress(spec.compression, spec.level));
    if (spec.encryption.scheme !== 'none')
        transforms.push(encryptor(spec.encryption, spec.keys));
    return transforms;
}

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
;// CONCATENATED MODULE: ./src/util/gc.ts


let collect;
/**
 * V8's collector, reachable without starting node with --expose-gc (the
 * action's runtime takes no flags): the flag is set now and read when the new
 * context is made. Null where that fails; callers then simply do without.
 * The one place that asks for it (util/scavenge.ts takes it from here too).
 */
function collector() {
    if (collect !== undefined)
        return collect;
    try {
        external_node_v8_namespaceObject.setFlagsFromString('--expose-gc');
        const gc = external_node_vm_namespaceObject.runInNewContext('gc');
        collect = typeof gc === 'function' ? gc : null;
    }
    catch {
        collect = null;
    }
    return collect;
}
/**
 * Starts a full collection in the background (concurrent marking; the main
 * thread only finalizes). Why: stream chunks that died are old-generation
 * ArrayBuffers by the time they die, and V8 collects those on its own only
 * after ~64 MiB of them have piled up. When one backup goes to several
 * stores, that pile sits on top of every store's part buffers and the three
 * SDKs (bench/README.md: 224 MB peak without, 181 MB with a collection per
 * 16 MiB, same speed).
 */
function collectGarbageSoon() {
    collector()?.({ type: 'major', execution: 'async' });
}

;// CONCATENATED MODULE: ./src/util/scavenge.ts

/**
 * Why bakup asks V8 for a minor GC now and then. A backup or restore moves
 * gigabytes through Buffers that are finished with almost as soon as they are
 * made (a file read, a compressed block, a sealed age chunk). Their memory is
 * outside V8's heap, and V8 frees a young Buffer's memory only at a scavenge,
 * which it starts when its young generation fills with JavaScript objects, or
 * when external memory has grown by ~64 MiB. A stream of large buffers with
 * little JavaScript around them (a worker thread that only compresses, a
 * pipeline of 256 KiB blocks) therefore keeps tens of MiB of dead buffers
 * resident. A scavenge every SCAVENGE_STEP bytes frees them young: measured on
 * a 1 GiB zstd backup, peak RSS 178 → 126 MiB, and no slower (bench/README.md).
 *
 * `gc` exists only under --expose-gc, which neither the action's runtime nor a
 * worker can be given; set at run time, the flag applies to contexts created
 * afterwards, so one new context hands out the function. Where that does not
 * work, nothing is collected early and everything else is the same.
 */
const SCAVENGE_STEP = 8 << 20;
/**
 * A backup's write half makes more dead buffers per plain byte than a read (a file read, then with the encode
 * worker a compressed piece, a sealed chunk and a block sent back): it scavenges twice as often. Measured at
 * 2 GiB (bench/README.md, files): zstd + age 111–117 MiB against 123–125, none 86 against 90, no major GCs.
 * Not more: a further scavenge per 8 MiB of stored bytes, run as they came back from the worker, caught them in
 * flight, promoted them, and V8 ran major GCs in every run (1.7–1.9 CPU-seconds, 1–2 s slower).
 */
const WRITE_SCAVENGE_STEP = SCAVENGE_STEP / 2;
let cached;
function minorGc() {
    if (cached !== undefined)
        return cached;
    const gc = process.env.BAKUP_SCAVENGE === '0' ? null : collector();
    cached = gc ? () => gc({ type: 'minor' }) : null;
    return cached;
}
/** Counts the bytes of buffers this thread is done with and runs a minor GC every SCAVENGE_STEP of them. */
class Scavenger {
    step;
    since = 0;
    gc = minorGc();
    constructor(step = SCAVENGE_STEP) {
        this.step = step;
    }
    add(n) {
        if (!this.gc)
            return;
        this.since += n;
        if (this.since >= this.step) {
            this.since = 0;
            this.gc();
        }
    }
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(75919);
// EXTERNAL MODULE: ./src/util/worker-script.ts
var worker_script = __nccwpck_require__(46902);
// EXTERNAL MODULE: ./src/pipeline/buffers.ts
var buffers = __nccwpck_require__(51189);
;// CONCATENATED MODULE: ./src/pipeline/worker-protocol.ts
/**
 * Messages between an artifact's writer (worker-encoder.ts, main thread) and
 * the encode worker (encode-worker.ts). Buffers move, they are not copied.
 * Flow control: the main thread keeps at most IN_WINDOW input blocks that the
 * worker has not yet given back ('took': its first stage is done with them); the worker sends at
 * most OUT_WINDOW output chunks that the main thread has not yet handed on
 * ('ack'). Memory in flight is therefore a few blocks whatever the size.
 */
const IN_WINDOW = 4;
const OUT_WINDOW = 4;

;// CONCATENATED MODULE: ./src/pipeline/worker-encoder.ts








/**
 * Whether a backup's encode stages are worth the worker thread (its isolate alone costs ~20 MiB): only when there is
 * something to encode, one destination (a backup to several moves at its slowest store's pace, and the thread's
 * memory would sit on top of every store's part buffers), and a second CPU to run it on. On one CPU (measured with
 * `taskset -c 0`, 2 GiB, zstd + age) the thread made the backup slower, 8.95–8.98 s against 8.03–8.12 s in-thread,
 * and bigger, 115.5 against 98.2 MiB (bench/README.md, files).
 */
function encodeOnWorker(o) {
    return o.encodes && o.destinations === 1 && (o.cpus ?? (0,external_node_os_.availableParallelism)()) > 1;
}
/** The encode worker's script (dist/encode-worker/index.js, lib/pipeline/encode-worker.js), if this build has one. */
function encodeWorkerScript(env = process.env) {
    return (0,worker_script/* workerScript */.w)(import.meta.url, 'encode-worker', 'BAKUP_ENCODE_WORKER', env);
}
function rebuild(m) {
    switch (m.exitCode) {
        case errors/* ExitCode */.yU.USAGE:
            return new errors/* UsageError */.eb(m.message);
        case errors/* ExitCode */.yU.VERIFICATION:
            return new errors/* VerificationError */.mk(m.message);
        case errors/* ExitCode */.yU.OPERATIONAL:
            return new errors/* OperationalError */.LE(m.message);
        default: {
            const e = new Error(m.message);
            e.name = m.name;
            return e;
        }
    }
}
/**
 * Plain bytes in, stored bytes out, like the in-thread encode stages, with the
 * work done by the encode worker. Input is gathered into PIPELINE_CHUNK blocks
 * (one copy into a block the worker then owns); output chunks arrive owned by
 * this thread, which hashes them (the worker hashes the plain bytes). The
 * digests are known once the readable side has ended.
 */
class WorkerEncoder extends external_node_stream_.Duplex {
    worker;
    block;
    fill = 0;
    /** Blocks the worker gave back: reused, so plain bytes cost no garbage on either thread. */
    free = [];
    inFlight = 0;
    /** A write waiting for the worker to take a block. */
    waitingWrite;
    /** Output chunks pushed while the readable side was full: acknowledged when it is read. */
    owedAcks = 0;
    finalCb;
    /** The stored bytes are hashed here as they arrive: this thread waits on the worker and reads far more than it computes. */
    storedHash = (0,external_node_crypto_.createHash)('sha256');
    storedSize = 0;
    result;
    settled = false;
    constructor(script, spec, onPlainBytes) {
        super({ readableHighWaterMark: buffers/* PIPELINE_CHUNK */.D, writableHighWaterMark: buffers/* PIPELINE_CHUNK */.D });
        // No flags from the main thread's command line: the worker is plain code, whatever ran the CLI.
        this.worker = new external_node_worker_threads_.Worker(script, { workerData: { spec }, execArgv: [] });
        this.worker.on('message', (m) => {
            switch (m.t) {
                case 'took': {
                    onPlainBytes?.(m.n);
                    this.inFlight--;
                    if (this.free.length < IN_WINDOW)
                        this.free.push(Buffer.from(m.buf));
                    const w = this.waitingWrite;
                    this.waitingWrite = undefined;
                    w?.();
                    break;
                }
                case 'out': {
                    const chunk = Buffer.from(m.buf, 0, m.len);
                    this.storedHash.update(chunk);
                    this.storedSize += m.len;
                    if (this.push(chunk))
                        this.send({ t: 'ack' });
                    else
                        this.owedAcks++;
                    break;
                }
                case 'done':
                    this.result = { plain: m.plain, stored: { size: this.storedSize, sha256: this.storedHash.digest('hex') } };
                    this.settled = true;
                    this.push(null);
                    this.finalCb?.();
                    void this.worker.terminate();
                    break;
                case 'error':
                    this.fail(rebuild(m));
                    break;
            }
        });
        this.worker.on('error', (err) => this.fail(err));
        this.worker.on('exit', (code) => {
            if (!this.settled)
                this.fail(new errors/* OperationalError */.LE(`the encode worker stopped (exit code ${code}) before the artifact was complete`));
        });
    }
    get digests() {
        if (!this.result)
            throw new Error('WorkerEncoder: digests read before the end of the stream');
        return this.result;
    }
    send(m, transfer) {
        this.worker.postMessage(m, transfer);
    }
    fail(err) {
        if (this.settled)
            return;
        this.settled = true;
        const cb = this.finalCb;
        this.finalCb = undefined;
        void this.worker.terminate();
        if (cb)
            cb(err);
        else
            this.destroy(err);
    }
    /** Hands the current block to the worker (it owns it from here). */
    flushBlock() {
        if (!this.block || this.fill === 0)
            return;
        const ab = this.block.buffer;
        const len = this.fill;
        this.block = undefined;
        this.fill = 0;
        this.inFlight++;
        this.send({ t: 'in', buf: ab, len }, [ab]);
    }
    _write(chunk, _enc, cb) {
        let off = 0;
        const go = () => {
            while (off < chunk.length) {
                if (!this.block) {
                    if (this.inFlight >= IN_WINDOW) {
                        this.waitingWrite = go;
                        return;
                    }
                    // A block of its own (not from Buffer's shared pool): its ArrayBuffer moves to the worker whole.
                    this.block = this.free.pop() ?? Buffer.allocUnsafeSlow(buffers/* PIPELINE_CHUNK */.D);
                }
                const n = chunk.copy(this.block, this.fill, off);
                this.fill += n;
                off += n;
                if (this.fill === buffers/* PIPELINE_CHUNK */.D)
                    this.flushBlock();
            }
            cb();
        };
        go();
    }
    _final(cb) {
        if (this.settled) {
            cb(this.result ? null : new Error('the encode worker failed'));
            return;
        }
        this.finalCb = cb;
        this.flushBlock();
        this.send({ t: 'end' });
    }
    _read() {
        while (this.owedAcks > 0) {
            this.owedAcks--;
            this.send({ t: 'ack' });
        }
    }
    _destroy(err, cb) {
        this.settled = true;
        void this.worker.terminate();
        cb(err);
    }
}

;// CONCATENATED MODULE: ./src/pipeline/fanout.ts




/**
 * With several destinations (and the cloud SDKs loaded: RSS above the floor), a
 * background collection per this many bytes keeps dead chunks from piling up
 * on top of every destination's part buffers (util/gc.ts). A fan-out to local
 * folders stays far below the floor and never pays for it.
 */
const COLLECT_EVERY = 16 << 20;
const COLLECT_ABOVE_RSS = 128 << 20;
/** The fan-out's own failure: every consumer has failed (their errors are in results()). */
class EveryDestinationFailed extends Error {
    constructor() {
        super('every destination failed');
    }
}
/**
 * Writes one stream to several consumers, reading the input once. Backpressure
 * follows the slowest live consumer. A consumer that fails is dropped and
 * reported; the others go on. The writable fails only when every consumer has
 * failed.
 */
class FanOut extends external_node_stream_.Writable {
    branches;
    constructor(targets) {
        super({ highWaterMark: buffers/* STREAM_CHUNK */.W });
        this.branches = targets.map((t) => {
            const body = new external_node_stream_.PassThrough({ highWaterMark: buffers/* STREAM_CHUNK */.W });
            const branch = { label: t.label, body, failed: false, done: undefined };
            branch.done = t.consume(body).then((value) => ({ label: t.label, ok: true, value }), (err) => {
                branch.failed = true;
                body.destroy();
                return { label: t.label, ok: false, error: (0,errors/* errorMessage */.gJ)(err) };
            });
            return branch;
        });
    }
    live() {
        return this.branches.filter((b) => !b.failed && !b.body.destroyed);
    }
    /** Bytes written since the last collection (several destinations only; util/gc.ts says why). */
    sinceCollect = 0;
    _write(chunk, _enc, cb) {
        const live = this.live();
        if (live.length > 1 && (this.sinceCollect += chunk.length) >= COLLECT_EVERY) {
            this.sinceCollect = 0;
            if (process.memoryUsage.rss() > COLLECT_ABOVE_RSS)
                collectGarbageSoon();
        }
        if (live.length === 0) {
            cb(new EveryDestinationFailed());
            return;
        }
        let waiting = 0;
        const release = () => {
            if (--waiting === 0)
                cb();
        };
        for (const b of live) {
            if (!b.body.write(chunk)) {
                waiting++;
                // A branch that fails while we wait must not stall the others.
                const onDone = () => {
                    b.body.off('drain', onDone);
                    b.body.off('close', onDone);
                    release();
                };
                b.body.once('drain', onDone);
                b.body.once('close', onDone);
            }
        }
        if (waiting === 0)
            cb();
    }
    _final(cb) {
        for (const b of this.live())
            b.body.end();
        cb();
    }
    _destroy(err, cb) {
        if (err)
            for (const b of this.branches)
                b.body.destroy(err);
        cb(err);
    }
    /** Settles when every consumer has finished or failed. */
    results() {
        return Promise.all(this.branches.map((b) => b.done));
    }
}

;// CONCATENATED MODULE: ./src/pipeline/artifact.ts











function storedName(spec) {
    return `${spec.baseName}${(0,compression/* extensionOf */.je)(spec.compression)}${spec.encryption.scheme === 'age' ? '.age' : ''}`;
}
/**
 * The write half of the data flow: plain bytes go through the encode stages
 * (hash, compress, encrypt, hash; encode.ts) and are fanned out to every
 * destination. Memory stays bounded by the stream buffers whatever the size.
 * Where the build has the encode worker, the stages run on its thread, beside
 * the source's own work (reading, tar, per-file hashes) on this one; without
 * it (TypeScript sources, BAKUP_ENCODE_WORKER=0), with several destinations or on one CPU, they run here, with the
 * same bytes out.
 */
async function writeArtifact(body, spec, targets, onPlainBytes) {
    checkEncodeSpec(spec);
    const scavenger = new Scavenger(WRITE_SCAVENGE_STEP);
    const plainBytes = (n) => {
        scavenger.add(n);
        onPlainBytes?.(n);
    };
    // Plain bytes stored as they are need only their hash: not worth a thread. Nor is a backup to several stores (a
    // 3-store backup peaked at 207 MiB with it, 184 without; bench/README.md, storage), nor one CPU.
    const encodes = spec.compression !== 'none' || spec.encryption.scheme !== 'none';
    const script = encodeOnWorker({ encodes, destinations: targets.length }) ? encodeWorkerScript() : undefined;
    let encoder;
    let digests;
    if (script) {
        const w = new WorkerEncoder(script, { compression: spec.compression, level: spec.level, encryption: spec.encryption, keys: spec.keys }, plainBytes);
        encoder = [w];
        digests = () => w.digests;
    }
    else {
        const s = encodeStages(spec, plainBytes);
        encoder = s.stages;
        digests = s.digests;
    }
    const fan = new FanOut(targets);
    let pipeError;
    try {
        await (0,promises_.pipeline)([body, ...encoder, fan]);
    }
    catch (err) {
        pipeError = err;
    }
    const destinations = await fan.results();
    if (pipeError)
        throw pipeError;
    const { plain, stored } = digests();
    return {
        record: {
            name: storedName(spec),
            kind: spec.kind,
            size: stored.size,
            sha256: stored.sha256,
            plain,
            compression: spec.compression,
            encryption: spec.encryption,
            ...(spec.contentType ? { contentType: spec.contentType } : {}),
            ...(spec.meta ? { meta: spec.meta } : {}),
        },
        destinations,
    };
}
function openArtifactStream(raw, record, what, opts = {}) {
    const encryption = record.encryption;
    const decoders = [];
    if (!opts.storedOnly) {
        if (encryption.scheme !== 'none')
            decoders.push(decryptor(encryption, opts.keys));
        if (record.compression !== 'none')
            decoders.push((0,compression/* decompressor */.ni)(record.compression));
    }
    let decodeError;
    for (const d of decoders)
        d.once('error', (err) => (decodeError ??= err));
    // Stored bytes that are the plain ones (no decoder) need one check, not two.
    const samePlain = decoders.length === 0 && record.plain.size === record.size && record.plain.sha256 === record.sha256;
    const scavenger = new Scavenger();
    const storedBytes = (n) => {
        scavenger.add(n);
        opts.onStoredBytes?.(n);
    };
    const stages = [
        raw,
        new ExpectDigest({ size: record.size, sha256: record.sha256 }, what, storedBytes),
        ...decoders,
        ...(opts.storedOnly || samePlain ? [] : [new ExpectDigest(record.plain, `${what} (decoded)`)]),
    ];
    const out = new external_node_stream_.PassThrough({ highWaterMark: buffers/* STREAM_CHUNK */.W });
    stages[stages.length - 1].pipe(out);
    // A consumer that gives up early (a refused archive entry) must release the stored object, not leave it paused.
    out.once('close', () => {
        for (const s of stages)
            if (!s.destroyed)
                s.destroy();
    });
    (0,promises_.pipeline)(stages).catch((err) => {
        // A decoder choking on the bytes means they are corrupt, even before the digest check at the end sees it.
        const mapped = err instanceof errors/* BakupError */.uv ? err : err === decodeError ? new errors/* VerificationError */.mk(`${what}: corrupt data (${(0,errors/* errorMessage */.gJ)(err)})`, { cause: err }) : err;
        out.destroy(mapped);
    });
    return out;
}

;// CONCATENATED MODULE: ./src/progress/progress.ts

/**
 * Counts bytes and items of a long operation and reports them at a steady pace:
 * every second on a TTY (a live line), every `intervalMs` elsewhere (periodic
 * log lines that stay readable in a CI log).
 */
class Progress {
    log;
    label;
    bytes = 0;
    items = 0;
    started = Date.now();
    timer;
    lastBytes = 0;
    lastAt = Date.now();
    constructor(log, label, intervalMs = Number(process.env.BAKUP_PROGRESS_INTERVAL_MS) || 10_000) {
        this.log = log;
        this.label = label;
        const every = log.live ? 1000 : intervalMs;
        this.timer = setInterval(() => this.report(), every);
        this.timer.unref();
    }
    addBytes(n) {
        this.bytes += n;
    }
    addItems(n = 1) {
        this.items += n;
    }
    get totalBytes() {
        return this.bytes;
    }
    report() {
        const now = Date.now();
        const rate = ((this.bytes - this.lastBytes) / Math.max(1, now - this.lastAt)) * 1000;
        this.lastBytes = this.bytes;
        this.lastAt = now;
        const items = this.items ? `, ${this.items} items` : '';
        const secs = Math.round((now - this.started) / 1000);
        this.log.status(`${this.label}: ${(0,format/* formatBytes */.z3)(this.bytes)}${items}, ${(0,format/* formatBytes */.z3)(rate)}/s, ${secs} s`);
    }
    stop() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __nccwpck_require__(78474);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(14006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __nccwpck_require__(98697);
// EXTERNAL MODULE: ./src/formats/file-index/format.ts
var file_index_format = __nccwpck_require__(46135);
// EXTERNAL MODULE: ./src/formats/file-index/reader.ts
var file_index_reader = __nccwpck_require__(98883);
// EXTERNAL MODULE: ./src/catalog/fingerprint.ts
var fingerprint = __nccwpck_require__(56987);
;// CONCATENATED MODULE: ./src/sources/files/fingerprint.ts






const MOD = 1n << 256n;
/** Items per top-level name, at most: beyond, the fingerprint has none. */
const MAX_ITEMS = 1000;
/** The item an entry counts in: its first path component, with a `/` when that is a folder. */
function itemOf(e) {
    const slash = e.path.indexOf('/');
    if (slash >= 0)
        return `${e.path.slice(0, slash)}/`;
    return e.type === 'd' ? `${e.path}/` : e.path;
}
class TreeFingerprint {
    sum = 0n;
    items = new Map();
    files = 0;
    dirs = 0;
    symlinks = 0;
    bytes = 0;
    add(e) {
        const record = `${e.type}\0${e.path}\0${(e.mode & 0o7777).toString(8)}\0${e.mtimeSec}\0${e.size}\0${e.content}`;
        const h = BigInt(`0x${(0,external_node_crypto_.createHash)('sha256').update(record).digest('hex')}`);
        this.sum = (this.sum + h) % MOD;
        if (this.items) {
            const key = itemOf(e);
            const it = this.items.get(key);
            if (it) {
                it.count++;
                it.sum = (it.sum + h) % MOD;
            }
            else if (this.items.size < MAX_ITEMS)
                this.items.set(key, { count: 1, sum: h });
            else
                this.items = undefined;
        }
        if (e.type === 'f') {
            this.files++;
            this.bytes += e.size;
        }
        else if (e.type === 'd')
            this.dirs++;
        else
            this.symlinks++;
    }
    get empty() {
        return this.files + this.dirs + this.symlinks === 0;
    }
    result() {
        const fp = {
            kind: 'files',
            summary: { files: this.files, dirs: this.dirs, symlinks: this.symlinks, bytes: this.bytes },
            digest: this.sum.toString(16).padStart(64, '0'),
        };
        if (this.items && this.items.size > 0) {
            const items = {};
            for (const key of [...this.items.keys()].sort()) {
                const it = this.items.get(key);
                // 128 bits of the item's sum: enough to tell two subtrees apart, half the manifest space.
                items[key] = { count: it.count, digest: it.sum.toString(16).padStart(64, '0').slice(32) };
            }
            fp.items = items;
        }
        return fp;
    }
}
/**
 * Where two fingerprints of a tree disagree, for an error line: the differing
 * items (at most `max`), or the counts when there are no items to compare.
 */
function describeTreeDifference(recorded, found, foundAs, max = 5) {
    const r = recorded.items;
    const f = found.items;
    if (r && f) {
        const diffs = (0,fingerprint/* itemDifferences */.E)(r, f).map(({ item: key, recorded: a, found: b }) => {
            if (!a)
                return `'${key}' is not in the backup (${b.count} entries ${foundAs})`;
            if (!b)
                return `'${key}' is missing (${a.count} entries recorded)`;
            return `'${key}' differs (${a.count} entries recorded, ${b.count} ${foundAs}${a.count === b.count ? ', digests differ' : ''})`;
        });
        if (diffs.length)
            return diffs.length > max ? `${diffs.slice(0, max).join('; ')}; and ${diffs.length - max} more` : diffs.join('; ');
    }
    const counts = (fp) => {
        const s = fp.summary;
        return `${s.files ?? 0} files, ${s.dirs ?? 0} dirs, ${s.symlinks ?? 0} links, ${s.bytes ?? 0} bytes`;
    };
    return `${counts(found)} ${foundAs}, ${counts(recorded)} recorded`;
}
/** A file index record as the fingerprint counts it (a hard link is a file with the same content). */
function indexEntry(r) {
    const type = r.t === 'h' ? 'f' : r.t;
    return {
        type,
        path: r.p,
        mode: r.m,
        mtimeSec: (0,file_index_format/* nsToSeconds */.Wi)(BigInt(r.mt)),
        size: type === 'f' ? (r.s ?? 0) : 0,
        content: type === 'f' ? (r.sha ?? '') : type === 'l' ? (r.to ?? '') : '',
    };
}
/** Normalises a tar path (`./a/b/`) to the fingerprint form (`a/b`); '' is the root. */
function normalizeTarPath(p) {
    let s = p.replace(/\\/g, '/');
    while (s.startsWith('./'))
        s = s.slice(2);
    if (s === '.')
        s = '';
    return s.replace(/\/+$/, '');
}
/** Hashes a file through one reused buffer: reading a whole tree back leaves no garbage for the GC to chase. */
async function sha256File(file, buf) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    const fh = await external_node_fs_promises_.open(file, 'r');
    try {
        for (;;) {
            const { bytesRead } = await fh.read(buf, 0, buf.length, null);
            if (bytesRead === 0)
                break;
            h.update(buf.subarray(0, bytesRead));
        }
    }
    finally {
        await fh.close();
    }
    return h.digest('hex');
}
/**
 * Walks a tree on disk and fingerprints it the same way the backup did.
 * `skip` excludes top-level names (a restore's staging folder).
 */
async function fingerprintTree(root, accept = () => true) {
    const fp = new TreeFingerprint();
    const buf = Buffer.allocUnsafe(buffers/* STREAM_CHUNK */.W * 4);
    async function walk(dir, rel) {
        const handle = await external_node_fs_promises_.opendir(dir);
        for await (const d of handle) {
            const childRel = rel ? `${rel}/${d.name}` : d.name;
            const full = external_node_path_.join(dir, d.name);
            const st = await external_node_fs_promises_.lstat(full);
            if (!accept(childRel, st.isDirectory()))
                continue;
            const base = { path: childRel, mode: st.mode, mtimeSec: Math.floor(st.mtimeMs / 1000) };
            if (st.isDirectory()) {
                fp.add({ ...base, type: 'd', size: 0, content: '' });
                await walk(full, childRel);
            }
            else if (st.isSymbolicLink()) {
                fp.add({ ...base, type: 'l', size: 0, content: await external_node_fs_promises_.readlink(full) });
            }
            else if (st.isFile()) {
                fp.add({ ...base, type: 'f', size: st.size, content: await sha256File(full, buf) });
            }
        }
    }
    await walk(root, '');
    return fp.result();
}

// EXTERNAL MODULE: ./src/sources/files/tar-stream.ts
var tar_stream = __nccwpck_require__(64366);
;// CONCATENATED MODULE: ./src/sources/files/chain-restore.ts








const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);
function indexArtifact(artifacts) {
    return artifacts.find((a) => a.record.kind === file_index_format/* FILE_INDEX_KIND */.pB);
}
/** Opens a link's file index and checks it is that backup's own (its header names the backup). */
async function openIndex(link) {
    const art = indexArtifact(link.artifacts);
    if (!art)
        throw new errors/* VerificationError */.mk(`backup ${link.manifest.id} has no file index`);
    const reader = new file_index_reader.FileIndexReader(await art.open(), `${link.manifest.name}/${link.manifest.id}/${art.record.name}`);
    const header = await reader.header();
    if (header.backup !== link.manifest.id) {
        reader.close();
        throw new errors/* VerificationError */.mk(`${link.manifest.id}/${art.record.name} is the file index of another backup (${header.backup})`);
    }
    return reader;
}
/** The records a restore selects: include/exclude as the plain restore applies them; an unselected directory hides its subtree. */
async function* selectedRecords(reader, accept, every) {
    let hidden;
    for await (const r of reader.records()) {
        every?.(r);
        if (hidden !== undefined && (0,file_index_format/* isInside */.FK)(r.p, hidden))
            continue;
        hidden = undefined;
        if (r.p !== '' && !accept(r.p, r.t === 'd')) {
            if (r.t === 'd')
                hidden = r.p;
            continue;
        }
        yield r;
    }
}
async function writeAll(fh, chunk) {
    let off = 0;
    while (off < chunk.length)
        off += (await fh.write(chunk, off, chunk.length - off)).bytesWritten;
}
/**
 * Rebuilds the tree of the chain's last point in `staging`, from that point's
 * file index and the tars of the links that hold its content:
 * 1. one pass over the index checks it and creates directories and empty files;
 * 2. each link's tar (full backup first) is read alongside the index (two
 *    sorted streams) and only the files whose content the index assigns to
 *    that link are extracted, each checked against its size and SHA-256;
 * 3. a last pass creates hard links and symlinks and sets owners, modes and
 *    times, each directory's once everything inside it is done.
 * Deleted files are never written (they are not in the index); every path's
 * parent is a directory of the index, created here, so nothing is written
 * through a symlink, and symlinks come last.
 */
async function restoreChain(spec) {
    const { links, staging } = spec;
    const tip = links[links.length - 1];
    const ids = new Set(links.map((l) => l.manifest.id));
    const needed = new Map();
    const warnings = [];
    const result = { topDirs: [], entries: 0, external: 0, warnings };
    // 1. Check the index; directories (owner-only until their final mode is set) and empty files.
    // The index is checked against the manifest's fingerprint as it is read: once it matches, every file's
    // size and SHA-256 in it are the backup's own, and a file whose content differs is named by its path.
    const indexed = new TreeFingerprint();
    const fingerprintIndex = (r) => {
        if (r.p !== '')
            indexed.add(indexEntry(r));
    };
    for await (const r of selectedRecords(await openIndex(tip), spec.accept, fingerprintIndex)) {
        if (r.p === '') {
            result.root = r;
            continue;
        }
        result.entries++;
        spec.onEntry();
        const dest = external_node_path_.join(staging, r.p);
        if (r.t === 'd')
            await external_node_fs_promises_.mkdir(dest, { mode: 0o700 });
        else if (r.t === 'f') {
            if (r.s === 0)
                await (await external_node_fs_promises_.open(dest, 'wx', 0o600)).close();
            else if (!ids.has(r.in)) {
                throw new errors/* VerificationError */.mk(`the file index of ${tip.manifest.id} puts the content of '${r.p}' in backup ${r.in}, which is not in its chain`);
            }
            else
                needed.set(r.in, (needed.get(r.in) ?? 0) + 1);
        }
        else if (r.t === 'l' && spec.escapes(r.p, r.to)) {
            if (!spec.allowExternalLinks) {
                throw new errors/* VerificationError */.mk(`symlink '${r.p}' points outside the target ('${r.to}'); restore with --allow-external-links to create it anyway`);
            }
            result.external++;
        }
    }
    const recorded = tip.manifest.fingerprint;
    const fromIndex = indexed.result();
    if (fromIndex.digest !== recorded.digest) {
        throw new errors/* VerificationError */.mk(`the file index of ${tip.manifest.id} does not match the backup's fingerprint (it was altered after the backup): ${describeTreeDifference(recorded, fromIndex, 'in the index')}`);
    }
    // 2. Content, link by link.
    for (const link of links) {
        const count = needed.get(link.manifest.id) ?? 0;
        if (count === 0)
            continue;
        await extractFromLink(spec, link, tip, count);
    }
    // 3. Links, owners, modes, times; directories when their subtree is complete.
    const asRoot = process.getuid?.() === 0;
    const open = [];
    const finishDir = (r) => setMeta(external_node_path_.join(staging, r.p), r, false, asRoot);
    for await (const r of selectedRecords(await openIndex(tip), spec.accept)) {
        if (r.p === '')
            continue;
        while (open.length && !(0,file_index_format/* isInside */.FK)(r.p, open[open.length - 1].p))
            await finishDir(open.pop());
        const dest = external_node_path_.join(staging, r.p);
        if (r.t === 'd') {
            open.push(r);
            if (!r.p.includes('/'))
                result.topDirs.push({ p: r.p, mt: r.mt });
        }
        else if (r.t === 'f') {
            await setMeta(dest, r, false, asRoot);
        }
        else if (r.t === 'l') {
            await external_node_fs_promises_.symlink(r.to, dest);
            await setMeta(dest, r, true, asRoot);
        }
        else {
            try {
                await external_node_fs_promises_.link(external_node_path_.join(staging, r.to), dest);
            }
            catch (err) {
                if ((0,errors/* errorCode */.CA)(err) !== 'ENOENT')
                    throw err;
                warnings.push(`hard link '${r.p}' not restored: its first name '${r.to}' is not selected`);
            }
        }
    }
    while (open.length)
        await finishDir(open.pop());
    return result;
}
/** Reads one link's tar beside the restored point's index and extracts the files whose content it holds. */
async function extractFromLink(spec, link, tip, count) {
    const id = link.manifest.id;
    const art = link.artifacts.find((a) => a.record.kind === 'tar');
    if (!art)
        throw new errors/* VerificationError */.mk(`backup ${id} has no tar artifact`);
    const what = `${link.manifest.name}/${id}/${art.record.name}`;
    // The index's records whose content is in this link, as a cursor.
    const wanted = (async function* () {
        for await (const r of selectedRecords(await openIndex(tip), spec.accept))
            if (r.t === 'f' && r.in === id)
                yield r;
    })();
    let want = (await wanted.next()).value ?? undefined;
    const missing = (r) => new errors/* VerificationError */.mk(`${what}: '${r.p}' is not in this tar, but the file index of ${tip.manifest.id} puts its content there`);
    let prev;
    let extracted = 0;
    try {
        for await (const e of (0,tar_stream/* tarEntries */.O_)(await art.open())) {
            const rel = normalizeTarPath(e.path);
            const problem = spec.unsafeEntry(rel, e);
            if (problem)
                throw new errors/* VerificationError */.mk(problem);
            if (prev !== undefined && (0,file_index_format/* comparePaths */.cD)(prev, rel) >= 0)
                throw new errors/* VerificationError */.mk(`${what}: entry '${rel}' is out of file-index order (after '${prev}')`);
            prev = rel;
            if (want && (0,file_index_format/* comparePaths */.cD)(want.p, rel) < 0)
                throw missing(want);
            if (want && want.p === rel) {
                if (!FILE_TYPES.has(e.type))
                    throw new errors/* VerificationError */.mk(`${what}: '${rel}' is a ${e.type} entry, but the file index records a file`);
                await extract(e, external_node_path_.join(spec.staging, rel), want, what);
                extracted++;
                want = (await wanted.next()).value ?? undefined;
            }
            else
                await (0,tar_stream/* skipEntry */.wK)(e);
        }
    }
    catch (err) {
        if ((0,errors/* errorCode */.CA)(err)?.startsWith('TAR_'))
            throw new errors/* VerificationError */.mk(`${what}: tar archive is corrupt: ${(0,errors/* errorMessage */.gJ)(err)}`, { cause: err });
        throw err;
    }
    finally {
        await wanted.return(undefined);
    }
    if (want)
        throw missing(want);
    if (extracted !== count)
        throw new errors/* VerificationError */.mk(`${what}: extracted ${extracted} file(s), the file index expects ${count}`);
}
async function extract(e, dest, r, what) {
    if (e.size !== r.s)
        throw new errors/* VerificationError */.mk(`${what}: '${r.p}' is ${e.size} bytes in the tar, the file index records ${r.s}`);
    // 'wx': never through an existing name (a symlink planted by anything else would be refused here).
    const fh = await external_node_fs_promises_.open(dest, 'wx', 0o600);
    const h = (0,external_node_crypto_.createHash)('sha256');
    let n = 0;
    try {
        await (0,tar_stream/* readEntry */.hB)(e, (chunk) => {
            h.update(chunk);
            n += chunk.length;
            return writeAll(fh, chunk);
        });
    }
    finally {
        await fh.close();
    }
    const sha = h.digest('hex');
    if (n !== r.s || sha !== r.sha) {
        throw new errors/* VerificationError */.mk(`restored tree does not match the backup's fingerprint: '${r.p}' from ${what} has ${n} bytes with SHA-256 ${sha.slice(0, 16)}…, the file index records ${r.s} bytes with ${r.sha.slice(0, 16)}…`);
    }
}
/** Owner (when running as root, like tar), then mode (chown clears setuid/setgid), then times. */
async function setMeta(dest, r, isLink, asRoot) {
    if (asRoot && r.uid !== undefined && r.gid !== undefined)
        await (isLink ? external_node_fs_promises_.lchown : external_node_fs_promises_.chown)(dest, r.uid, r.gid);
    if (!isLink)
        await external_node_fs_promises_.chmod(dest, r.m);
    const t = (0,file_index_format/* nsToUtime */.Vl)(BigInt(r.mt));
    await (isLink ? external_node_fs_promises_.lutimes : external_node_fs_promises_.utimes)(dest, t, t);
}

;// CONCATENATED MODULE: ./src/formats/file-index/writer.ts


/** Writes a file index: the header, records in path order (checked here, so a walk bug cannot write a bad index), the end line. */
class FileIndexWriter {
    out;
    prev;
    count = 0;
    constructor(out) {
        this.out = out;
    }
    async start(h) {
        const header = { format: file_index_format/* FILE_INDEX_FORMAT */.i5, version: file_index_format/* FILE_INDEX_VERSION */.N5, backup: h.backup, parent: h.parent, started: h.started };
        await (0,streams/* writeWithBackpressure */.cd)(this.out, `${JSON.stringify(header)}\n`);
    }
    async add(r) {
        if (this.prev !== undefined && (0,file_index_format/* comparePaths */.cD)(this.prev, r.p) >= 0)
            throw new Error(`file index written out of order: '${r.p}' after '${this.prev}'`);
        this.prev = r.p;
        this.count++;
        await (0,streams/* writeWithBackpressure */.cd)(this.out, (0,file_index_format/* encodeRecord */.Ym)(r));
    }
    /** Writes the end line and ends the stream. */
    async finish() {
        await (0,streams/* writeWithBackpressure */.cd)(this.out, `${JSON.stringify({ end: true, entries: this.count })}\n`);
        await new Promise((resolve, reject) => {
            this.out.once('error', reject);
            this.out.end(() => resolve());
        });
        return this.count;
    }
}

;// CONCATENATED MODULE: ./src/sources/files/walk.ts




/**
 * A depth-first walk that visits each directory's names sorted by their UTF-8
 * bytes, so entries come in the file index's path order (comparePaths) and a
 * walk can be merged with an index as two sorted streams. Memory holds the
 * names of the directories on the current path, never the whole tree.
 * `accept` filters (a rejected directory is not entered); entries that vanish
 * or cannot be read are reported through `warn` and skipped.
 */
async function* walkSorted(root, accept, warn) {
    // The root itself may be a symlink to the directory to back up (as `--source` accepts): follow it, and only it.
    const st = await external_node_fs_promises_.stat(root, { bigint: true });
    yield { rel: '', abs: root, st };
    yield* walkDir(root, '', accept, warn);
}
async function* walkDir(dir, rel, accept, warn) {
    let names;
    try {
        names = await external_node_fs_promises_.readdir(dir);
    }
    catch (err) {
        warn(`cannot read directory '${rel || '.'}' (${(0,errors/* errorCode */.CA)(err) ?? (0,errors/* errorMessage */.gJ)(err)}); its contents are not in the backup`);
        return;
    }
    names.sort(file_index_format/* compareNames */.MP);
    for (const name of names) {
        const childRel = rel ? `${rel}/${name}` : name;
        const abs = external_node_path_.join(dir, name);
        let st;
        try {
            st = await external_node_fs_promises_.lstat(abs, { bigint: true });
        }
        catch (err) {
            if ((0,errors/* errorCode */.CA)(err) !== 'ENOENT')
                warn(`cannot stat '${childRel}' (${(0,errors/* errorCode */.CA)(err) ?? (0,errors/* errorMessage */.gJ)(err)}); skipped`);
            continue;
        }
        if (!accept(childRel, st.isDirectory()))
            continue;
        yield { rel: childRel, abs, st };
        if (st.isDirectory())
            yield* walkDir(abs, childRel, accept, warn);
    }
}

;// CONCATENATED MODULE: ./src/sources/files/snapshot.ts










/**
 * Files whose recorded mtime is this close to (or after) the start of the backup that recorded them are
 * "racily clean", as git calls it: a write right after that backup read them can leave size and mtime
 * unchanged (mtime granularity is 1–2 s on some filesystems, a clock tick on others), so the next
 * incremental compares their SHA-256 instead of trusting size and mtime. 2 s covers FAT's granularity
 * and the usual coarse clocks.
 */
const RACY_WINDOW_NS = 2000000000n;
/**
 * Whether a file's content must be stored again, compared by SHA-256, or can be taken from the parent's
 * index. Changed size or mtime (or a new path, or another type before): store. Same size and mtime but
 * racily clean, or a changed ctime (a write that put the mtime back, `touch -d`, a file replaced by
 * another with the same times, a mode change): hash and compare. Otherwise: reuse.
 */
function contentDecision(prev, st, racyFrom) {
    if (!prev || prev.t !== 'f')
        return 'store';
    if (BigInt(prev.s ?? -1) !== st.size || BigInt(prev.mt) !== st.mtimeNs)
        return 'store';
    if (st.size === 0n)
        return 'reuse';
    if (BigInt(prev.mt) >= racyFrom)
        return 'hash';
    if (prev.ct === undefined || BigInt(prev.ct) !== st.ctimeNs)
        return 'hash';
    return 'reuse';
}
/** The parent's index as a cursor that the walk advances in step. */
class Cursor {
    cur;
    it;
    deleted = 0;
    async open(reader) {
        this.it = reader.records();
        await this.next();
    }
    async next() {
        const r = await this.it.next();
        this.cur = r.done ? undefined : r.value;
    }
    /** The parent's record for `rel`, counting the parent's entries passed over as deleted. */
    async seek(rel) {
        if (!this.it)
            return undefined;
        while (this.cur && (0,file_index_format/* comparePaths */.cD)(this.cur.p, rel) < 0) {
            this.deleted++;
            await this.next();
        }
        if (this.cur && this.cur.p === rel) {
            const r = this.cur;
            await this.next();
            return r;
        }
        return undefined;
    }
    /** Reads to the end, so the parent's index is checked completely (trailer and digest). */
    async finish() {
        if (!this.it)
            return;
        while (this.cur) {
            this.deleted++;
            await this.next();
        }
    }
}
const EXCLUSIVE_READ = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
/** Opens a file to read it, refusing to follow a symlink that replaced it since the walk saw it. */
async function openRegular(abs, rel, warn) {
    let fh;
    try {
        fh = await external_node_fs_promises_.open(abs, EXCLUSIVE_READ);
    }
    catch (err) {
        const code = (0,errors/* errorCode */.CA)(err);
        if (code === 'ENOENT')
            warn(`'${rel}' was removed while the backup ran; not in the backup`);
        else if (code === 'ELOOP')
            warn(`'${rel}' turned into a symlink while the backup ran; not in the backup`);
        else
            warn(`cannot read '${rel}' (${code ?? (0,errors/* errorMessage */.gJ)(err)}); not in the backup`);
        return undefined;
    }
    const st = await fh.stat({ bigint: true });
    if (!st.isFile()) {
        await fh.close();
        warn(`'${rel}' is no longer a regular file; not in the backup`);
        return undefined;
    }
    return { fh, st };
}
/** SHA-256 of an open file through one reused buffer (nothing read here leaves this function). */
async function hashOpen(fh, buf) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (;;) {
        const { bytesRead } = await fh.read(buf, 0, buf.length, null);
        if (bytesRead === 0)
            break;
        h.update(buf.subarray(0, bytesRead));
    }
    return h.digest('hex');
}
/**
 * One pass over the tree: walks it in index order, merges the walk with the
 * parent's index (when there is one), writes the tar (every entry for a full
 * backup; only the content of new and changed files for an incremental) and
 * the complete index of this point, and fingerprints the whole tree from the
 * walk and the index, so unchanged files are never read again.
 */
async function writeSnapshot(spec) {
    const full = !spec.parent;
    const tar = new tar_stream/* TarWriter */.rW(spec.tarOut);
    const index = new FileIndexWriter(spec.indexOut);
    const fp = new TreeFingerprint();
    const warnings = [];
    const warn = (m) => warnings.push(m);
    const externalLinks = [];
    const stats = { files: 0, dirs: 0, symlinks: 0, bytes: 0, storedFiles: 0, storedBytes: 0, reusedFiles: 0, hashedFiles: 0, deleted: 0 };
    // Files with several names: the first name met (in path order) holds the content, the others link to it.
    // Memory grows with the number of multiply-linked files only, as in every tar.
    const firstNames = new Map();
    const cursor = new Cursor();
    const racyFrom = spec.parent ? BigInt(Date.parse(spec.parent.header.started)) * 1000000n - RACY_WINDOW_NS : 0n;
    const hashBuf = Buffer.allocUnsafe(buffers/* STREAM_CHUNK */.W * 4);
    if (spec.parent)
        await cursor.open(spec.parent.reader);
    await index.start({ backup: spec.backupId, parent: spec.parent?.id ?? null, started: spec.started.toISOString() });
    const meta = (st) => ({ m: Number(st.mode & 4095n), mt: st.mtimeNs.toString(), uid: Number(st.uid), gid: Number(st.gid) });
    const tarMeta = (st) => ({ mode: Number(st.mode & 4095n), uid: Number(st.uid), gid: Number(st.gid), mtime: new Date(Number(st.mtimeNs / 1000000n)) });
    const add = async (r) => {
        await index.add(r);
        // The root's own mode and times are restored, but (as in every fingerprint) not counted.
        if (r.p === '')
            return;
        const e = indexEntry(r);
        const type = e.type;
        fp.add(e);
        if (type === 'f') {
            stats.files++;
            stats.bytes += r.s ?? 0;
        }
        else if (type === 'd')
            stats.dirs++;
        else
            stats.symlinks++;
    };
    /** Reads the file into the tar (header first, from the open file's own stat), hashing what it writes. */
    const store = async (w) => {
        const opened = await openRegular(w.abs, w.rel, warn);
        if (!opened)
            return undefined;
        const { fh, st } = opened;
        try {
            const size = Number(st.size);
            const intoTar = full || size > 0;
            if (intoTar)
                await tar.header({ path: w.rel, type: 'File', size, ...tarMeta(st) });
            const h = (0,external_node_crypto_.createHash)('sha256');
            let left = size;
            while (left > 0) {
                // PIPELINE_CHUNK reads: each read is a round trip to the libuv pool, and 64 KiB ones made a
                // backup without compression spend a quarter of its time waiting for them.
                const buf = Buffer.allocUnsafe(Math.min(buffers/* PIPELINE_CHUNK */.D, left));
                const { bytesRead } = await fh.read(buf, 0, buf.length, null);
                if (bytesRead === 0)
                    break;
                const chunk = bytesRead === buf.length ? buf : buf.subarray(0, bytesRead);
                h.update(chunk);
                await tar.data(chunk);
                left -= bytesRead;
            }
            if (left > 0) {
                // The header promised `size` bytes: a file that shrank is padded with zeros (as GNU tar does) and said so.
                warn(`'${w.rel}' shrank while it was read; the backup holds it padded with zeros (the next incremental stores it again)`);
                while (left > 0) {
                    const z = Buffer.alloc(Math.min(buffers/* STREAM_CHUNK */.W, left));
                    h.update(z);
                    await tar.data(z);
                    left -= z.length;
                }
            }
            if (intoTar)
                await tar.pad(size);
            const after = await fh.stat({ bigint: true });
            if (after.size !== st.size || after.mtimeNs !== st.mtimeNs) {
                warn(`'${w.rel}' changed while it was read; the backup holds what was read (the next incremental stores it again)`);
            }
            stats.storedFiles++;
            stats.storedBytes += size;
            const sha = h.digest('hex');
            // The stat taken before reading is recorded: a change during the read leaves a newer mtime, which the next incremental sees.
            return { p: w.rel, t: 'f', ...meta(st), s: size, sha, ...(size > 0 ? { in: spec.backupId } : {}), ct: st.ctimeNs.toString() };
        }
        finally {
            await fh.close();
        }
    };
    for await (const w of walkSorted(spec.root, spec.accept, warn)) {
        spec.onEntry();
        const prev = await cursor.seek(w.rel);
        const st = w.st;
        if (st.isDirectory()) {
            // An incremental's tar holds only content, plus the root entry: a tar with no entry at all is not a tar to most readers.
            if (full || w.rel === '')
                await tar.header({ path: w.rel, type: 'Directory', size: 0, ...tarMeta(st) });
            await add({ p: w.rel, t: 'd', ...meta(st) });
        }
        else if (st.isSymbolicLink()) {
            let target;
            try {
                target = await external_node_fs_promises_.readlink(w.abs);
            }
            catch (err) {
                warn(`cannot read symlink '${w.rel}' (${(0,errors/* errorCode */.CA)(err) ?? (0,errors/* errorMessage */.gJ)(err)}); skipped`);
                continue;
            }
            if (spec.escapes(w.rel, target))
                externalLinks.push(w.rel);
            if (full)
                await tar.header({ path: w.rel, type: 'SymbolicLink', size: 0, linkpath: target, ...tarMeta(st) });
            await add({ p: w.rel, t: 'l', ...meta(st), to: target });
        }
        else if (st.isFile()) {
            const key = st.nlink > 1n ? `${st.dev}:${st.ino}` : undefined;
            const first = key ? firstNames.get(key) : undefined;
            if (first) {
                if (full)
                    await tar.header({ path: w.rel, type: 'Link', size: 0, linkpath: first.p, ...tarMeta(st) });
                await add({ p: w.rel, t: 'h', ...meta(st), s: first.s, sha: first.sha, to: first.p });
                continue;
            }
            let decision = full ? 'store' : contentDecision(prev, st, racyFrom);
            let rec;
            if (decision === 'hash') {
                stats.hashedFiles++;
                const opened = await openRegular(w.abs, w.rel, warn);
                if (!opened)
                    continue;
                try {
                    const sha = await hashOpen(opened.fh, hashBuf);
                    const same = sha === prev.sha && opened.st.size === st.size && opened.st.mtimeNs === st.mtimeNs;
                    decision = same ? 'reuse' : 'store';
                }
                finally {
                    await opened.fh.close();
                }
            }
            if (decision === 'reuse') {
                stats.reusedFiles++;
                rec = { p: w.rel, t: 'f', ...meta(st), s: Number(st.size), sha: prev.sha, ...(prev.in ? { in: prev.in } : {}), ct: st.ctimeNs.toString() };
            }
            else {
                rec = await store(w);
                if (!rec)
                    continue;
            }
            if (key)
                firstNames.set(key, { p: rec.p, s: rec.s, sha: rec.sha });
            await add(rec);
        }
        else {
            const kind = st.isSocket() ? 'socket' : st.isFIFO() ? 'FIFO' : 'device';
            warn(`'${w.rel}' is a ${kind}: skipped (sockets, FIFOs and devices are not backed up)`);
        }
    }
    await cursor.finish();
    stats.deleted = cursor.deleted;
    await tar.finish();
    await index.finish();
    return { fingerprint: fp.result(), warnings, stats, empty: fp.empty, externalLinks };
}

;// CONCATENATED MODULE: ./src/sources/files/files-source.ts
















/** Prefix of the folder a restore extracts into before moving entries into place. */
const STAGING_PREFIX = '.bakup-restore-';
/**
 * A directory tree. A backup is a tar (POSIX ustar with pax headers where
 * needed, readable by any tar) plus a file index of the tree at that point
 * (src/formats/file-index/SPEC.md). A full backup's tar holds every entry; an
 * incremental's holds only the content of new and changed files, and its
 * index says, for every file, which backup of the chain holds the content.
 * Restore rebuilds the point's tree in a staging folder inside the target,
 * checks it against the manifest's fingerprint, and only then moves entries
 * into place, so a failed restore leaves the target as it was.
 */
class FilesSource {
    root;
    opts;
    kind = 'files';
    location;
    include;
    exclude;
    constructor(root, opts = {}) {
        this.root = root;
        this.opts = opts;
        this.location = root;
        const globOpts = { dot: true };
        if (opts.include?.length)
            this.include = picomatch_default()(opts.include, globOpts);
        if (opts.exclude?.length)
            this.exclude = picomatch_default()(opts.exclude, globOpts);
    }
    defaultName() {
        const base = external_node_path_.basename(this.root).replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
        return base || 'files';
    }
    /** Include patterns select files and links; directories are kept unless excluded, so the structure survives. */
    selected(rel, isDir) {
        if (rel === '')
            return true;
        if (this.exclude && (this.exclude(rel) || (isDir && this.exclude(`${rel}/`))))
            return false;
        if (this.include && !isDir && !this.include(rel))
            return false;
        return true;
    }
    async statRoot(flag) {
        try {
            const st = await external_node_fs_promises_.stat(this.root);
            if (!st.isDirectory())
                throw new errors/* UsageError */.eb(`${flag}: '${this.root}' is not a directory`);
            return st;
        }
        catch (err) {
            if ((0,errors/* errorCode */.CA)(err) === 'ENOENT')
                return undefined;
            if (err instanceof errors/* UsageError */.eb)
                throw err;
            throw new errors/* UsageError */.eb(`${flag}: cannot read '${this.root}': ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    /**
     * An incremental needs the parent's file index: a backup written before indexes existed, or one this job
     * cannot decrypt (recipient-encrypted without --identity-file), cannot be continued.
     */
    async planIncremental(_ctx, base) {
        const link = base.chain[base.chain.length - 1];
        const art = indexArtifact(link.artifacts);
        if (!art) {
            return { incremental: false, reason: `the newest backup (${link.manifest.id}) has no file index (it predates incremental directory backups); a full backup starts a chain` };
        }
        try {
            (await openIndex(link)).close();
        }
        catch (err) {
            return { incremental: false, reason: `cannot read the file index of ${link.manifest.id} (an incremental compares with it): ${(0,errors/* errorMessage */.gJ)(err)}` };
        }
        return { incremental: true };
    }
    /**
     * Two artifacts: the tar (every entry for a full backup; the content of new and changed files for an
     * incremental) and the file index of the whole tree at this point. The index is written to a temporary
     * file while the tar streams out (its digests are known only once the files are read), then streamed
     * from there; the file is unlinked as soon as it is open for reading.
     */
    async *backup(ctx, base) {
        if (!(await this.statRoot('--source')))
            throw new errors/* UsageError */.eb(`--source: directory '${this.root}' does not exist`);
        if (!ctx.backupId)
            throw new Error('a files backup needs its backup id (SourceContext.backupId)');
        const started = new Date();
        let parent;
        if (base) {
            const link = base.chain[base.chain.length - 1];
            if (!indexArtifact(link.artifacts))
                throw new errors/* VerificationError */.mk(`backup ${link.manifest.id} has no file index to build an incremental on`);
            const reader = await openIndex(link);
            parent = { reader, header: await reader.header(), id: link.manifest.id };
        }
        const tmp = await external_node_fs_promises_.mkdtemp(external_node_path_.join(external_node_os_.tmpdir(), 'bakup-index-'));
        const removeTmp = () => external_node_fs_promises_.rm(tmp, { recursive: true, force: true }).catch(() => undefined);
        const indexFile = external_node_path_.join(tmp, 'index.jsonl');
        const indexOut = (0,external_node_fs_.createWriteStream)(indexFile, { mode: 0o600, highWaterMark: buffers/* STREAM_CHUNK */.W });
        const tarOut = new external_node_stream_.PassThrough({ highWaterMark: buffers/* STREAM_CHUNK */.W });
        try {
            const work = writeSnapshot({
                root: this.root,
                backupId: ctx.backupId,
                started,
                accept: (rel, isDir) => this.selected(rel, isDir),
                parent,
                tarOut,
                indexOut,
                onEntry: () => ctx.progress.addItems(1),
                escapes,
            }).catch(async (err) => {
                // The consumer sees the failure on the tar stream; nothing is left behind.
                tarOut.destroy(err);
                indexOut.destroy();
                parent?.reader.close();
                await removeTmp();
                throw err;
            });
            work.catch(() => undefined);
            yield { baseName: 'files.tar', kind: 'tar', contentType: 'application/x-tar', stream: tarOut };
            const snap = await work;
            const indexIn = (0,external_node_fs_.createReadStream)(indexFile, { highWaterMark: buffers/* STREAM_CHUNK */.W });
            try {
                await (0,external_node_events_.once)(indexIn, 'open');
            }
            finally {
                // Unlinked while open (POSIX): a crash from here on leaves no temporary file. Elsewhere it goes on close.
                await external_node_fs_promises_.rm(tmp, { recursive: true, force: true }).catch(() => indexIn.once('close', () => void removeTmp()));
            }
            yield { baseName: file_index_format/* FILE_INDEX_BASENAME */.VV, kind: file_index_format/* FILE_INDEX_KIND */.pB, contentType: 'application/x-ndjson', stream: indexIn };
            const warnings = [...snap.warnings];
            if (snap.empty)
                warnings.push(`source directory '${this.root}' is empty: the backup holds nothing (wrong path?)`);
            if (snap.externalLinks.length) {
                warnings.push(`${snap.externalLinks.length} symlink(s) point outside the source tree (e.g. '${snap.externalLinks[0]}'); they are stored as links, and restoring them needs --allow-external-links`);
            }
            const st = snap.stats;
            if (parent) {
                ctx.log.info(`incremental: ${st.storedFiles} new or changed file(s) stored (${st.storedBytes} bytes), ${st.reusedFiles} unchanged, ${st.deleted} gone since ${parent.id}, ${st.hashedFiles} compared by SHA-256`);
            }
            return {
                fingerprint: snap.fingerprint,
                warnings,
                stats: { ...snap.fingerprint.summary, storedFiles: st.storedFiles, storedBytes: st.storedBytes, reusedFiles: st.reusedFiles, hashedFiles: st.hashedFiles, deleted: st.deleted },
                // The tree is read after this moment: every change made before it is in the backup.
                span: { to: { time: started.toISOString() }, replayable: false },
            };
        }
        finally {
            // A backup that stops early (every destination failed) returns this generator: the snapshot, if still
            // running, fails on its tar stream, and the temporary index (every file name) does not stay behind.
            if (!tarOut.writableFinished)
                tarOut.destroy();
            await removeTmp();
        }
    }
    async restore(ctx, manifest, artifacts, chain) {
        const links = chain?.chain ?? [{ manifest, artifacts }];
        const indexed = !!indexArtifact(artifacts);
        const tarArtifact = artifacts.find((a) => a.record.kind === 'tar');
        if (!indexed && links.length > 1)
            throw new errors/* VerificationError */.mk(`backup ${manifest.id} is an incremental without a file index`);
        if (!indexed && !tarArtifact)
            throw new errors/* VerificationError */.mk(`backup ${manifest.id} has no tar artifact`);
        const target = this.root;
        const existed = await this.prepareTarget();
        const staging = external_node_path_.join(target, `${STAGING_PREFIX}${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        await external_node_fs_promises_.mkdir(staging, { mode: 0o700 });
        const warnings = [];
        try {
            let placed;
            if (indexed) {
                const r = await restoreChain({
                    links,
                    staging,
                    accept: (rel, isDir) => this.selected(rel, isDir),
                    allowExternalLinks: !!this.opts.allowExternalLinks,
                    escapes,
                    unsafeEntry: (rel, e) => unsafeEntry(rel, e, !!this.opts.allowExternalLinks),
                    onEntry: () => ctx.progress.addItems(1),
                });
                warnings.push(...r.warnings);
                placed = {
                    root: r.root ? { mode: r.root.m, time: (0,file_index_format/* nsToUtime */.Vl)(BigInt(r.root.mt)) } : undefined,
                    topDirs: r.topDirs.map((d) => ({ rel: d.p, time: (0,file_index_format/* nsToUtime */.Vl)(BigInt(d.mt)) })),
                    entries: r.entries,
                    external: r.external,
                };
            }
            else {
                // Backups written before file indexes: one tar, extracted as a whole.
                const meta = await this.extract(await tarArtifact.open(), staging, ctx);
                await applyTimes(staging, meta);
                placed = {
                    root: meta.root ? { mode: meta.root.mode, time: meta.root.mtimeSec } : undefined,
                    topDirs: meta.dirs.filter((d) => !d.rel.includes('/')).map((d) => ({ rel: d.rel, time: d.mtimeSec })),
                    entries: meta.entries,
                    external: meta.external.length,
                };
            }
            const selective = !!(this.include || this.exclude);
            let fingerprint;
            if (!selective) {
                fingerprint = await fingerprintTree(staging);
                if (fingerprint.digest !== manifest.fingerprint.digest) {
                    throw new errors/* VerificationError */.mk(`restored tree does not match the backup's fingerprint: ${describeTreeDifference(manifest.fingerprint, fingerprint, 'restored')}`);
                }
            }
            await moveIntoPlace(staging, target);
            // Removing the (now empty) staging folder touches the target: before its own time is set.
            await external_node_fs_promises_.rmdir(staging);
            // Renames touch the moved folders' parents: put the recorded times back.
            for (const d of placed.topDirs)
                await external_node_fs_promises_.utimes(external_node_path_.join(target, d.rel), d.time, d.time);
            if (placed.root && (!existed || this.opts.overwrite)) {
                await external_node_fs_promises_.chmod(target, placed.root.mode & 0o7777);
                await external_node_fs_promises_.utimes(target, placed.root.time, placed.root.time);
            }
            if (placed.external)
                warnings.push(`${placed.external} symlink(s) pointing outside the target were restored as asked`);
            return {
                summary: fingerprint ? { ...fingerprint.summary } : { entries: placed.entries },
                ...(fingerprint ? { fingerprint } : {}),
                warnings,
            };
        }
        finally {
            await discard(staging);
        }
    }
    /** Creates the target if needed; refuses a non-empty one unless overwrite was asked. Returns whether it existed. */
    async prepareTarget() {
        const st = await this.statRoot('--target');
        if (!st) {
            await external_node_fs_promises_.mkdir(this.root, { recursive: true });
            return false;
        }
        const names = (await external_node_fs_promises_.readdir(this.root)).filter((n) => !n.startsWith(STAGING_PREFIX));
        if (names.length > 0 && !this.opts.overwrite) {
            throw new errors/* UsageError */.eb(`--target: directory '${this.root}' is not empty (${names.length} entries); use --overwrite to restore over it`);
        }
        return true;
    }
    async extract(input, staging, ctx) {
        const meta = { dirs: [], links: [], external: [], entries: 0 };
        let violation;
        const unpack = index_min.x({
            cwd: staging,
            chmod: true,
            processUmask: 0,
            maxDepth: Infinity,
            strict: true,
            filter: (p, entry) => {
                const e = entry;
                const rel = normalizeTarPath(p);
                const problem = unsafeEntry(rel, e, !!this.opts.allowExternalLinks);
                if (problem) {
                    violation ??= new errors/* VerificationError */.mk(problem);
                    unpack.abort(violation);
                    return false;
                }
                if (rel === '') {
                    meta.root = { mode: e.mode ?? 0o755, mtimeSec: mtimeSec(e) };
                    return false;
                }
                if (!this.selected(rel, e.type === 'Directory'))
                    return false;
                meta.entries++;
                ctx.progress.addItems(1);
                if (e.type === 'Directory')
                    meta.dirs.push({ rel, mtimeSec: mtimeSec(e) });
                if (e.type === 'SymbolicLink') {
                    const link = { rel, target: e.linkpath ?? '', mtimeSec: mtimeSec(e) };
                    meta.links.push(link);
                    // Links that leave the tree are created after every file is written, so nothing is written through them.
                    if (escapes(rel, link.target)) {
                        meta.external.push(link);
                        return false;
                    }
                }
                return true;
            },
        });
        try {
            await (0,promises_.pipeline)(input, unpack);
        }
        catch (err) {
            if (violation)
                throw violation;
            // tar rejecting its input before the digest check at the end of the stream: the bytes are corrupt.
            if ((0,errors/* errorCode */.CA)(err)?.startsWith('TAR_'))
                throw new errors/* VerificationError */.mk(`tar archive is corrupt: ${(0,errors/* errorMessage */.gJ)(err)}`, { cause: err });
            throw err;
        }
        if (violation)
            throw violation;
        for (const link of meta.external)
            await external_node_fs_promises_.symlink(link.target, external_node_path_.join(staging, link.rel));
        return meta;
    }
    async fingerprint() {
        if (!(await this.statRoot('--target')))
            throw new errors/* UsageError */.eb(`--target: directory '${this.root}' does not exist`);
        return fingerprintTree(this.root, (rel, isDir) => !rel.startsWith(STAGING_PREFIX) && this.selected(rel, isDir));
    }
}
function mtimeSec(e) {
    return e.mtime ? Math.floor(e.mtime.getTime() / 1000) : 0;
}
/** True when a symlink at `rel` with this target resolves outside the tree (absolute, or climbing above the root). */
function escapes(rel, target) {
    if (external_node_path_.posix.isAbsolute(target) || /^[a-zA-Z]:[\\/]/.test(target))
        return true;
    const resolved = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(rel), target));
    return resolved === '..' || resolved.startsWith('../');
}
/** Why an archive entry must not be extracted, whatever the archive says; undefined when it is safe. */
function unsafeEntry(rel, e, allowExternalLinks) {
    const raw = e.path;
    if (external_node_path_.posix.isAbsolute(raw) || /^[a-zA-Z]:[\\/]/.test(raw))
        return `archive entry '${raw}' has an absolute path; refusing to restore it`;
    if (rel.split('/').includes('..'))
        return `archive entry '${raw}' climbs out of the target with '..'; refusing to restore it`;
    if (e.type === 'Link' && e.linkpath) {
        const lp = normalizeTarPath(e.linkpath);
        if (external_node_path_.posix.isAbsolute(e.linkpath) || lp.split('/').includes('..'))
            return `hard link '${raw}' points outside the target ('${e.linkpath}')`;
    }
    if (e.type === 'SymbolicLink' && e.linkpath !== undefined && escapes(rel, e.linkpath) && !allowExternalLinks) {
        return `symlink '${rel}' points outside the target ('${e.linkpath}'); restore with --allow-external-links to create it anyway`;
    }
    if (!['File', 'OldFile', 'ContiguousFile', 'Directory', 'SymbolicLink', 'Link'].includes(e.type)) {
        return `archive entry '${raw}' has unsupported type ${e.type}`;
    }
    return undefined;
}
/** Sets recorded mtimes on links and directories (deepest first, since writing into a folder changes its mtime). */
async function applyTimes(base, meta) {
    for (const l of meta.links) {
        await external_node_fs_promises_.lutimes(external_node_path_.join(base, l.rel), l.mtimeSec, l.mtimeSec).catch(() => undefined);
    }
    const dirs = [...meta.dirs].sort((a, b) => b.rel.split('/').length - a.rel.split('/').length);
    for (const d of dirs)
        await external_node_fs_promises_.utimes(external_node_path_.join(base, d.rel), d.mtimeSec, d.mtimeSec);
}
/**
 * Removes a staging folder. tar may still have file operations in flight after a
 * failure; renaming the folder first makes them fail (their paths no longer
 * resolve) instead of recreating entries behind the removal.
 */
async function discard(staging) {
    const trash = `${staging}-discard`;
    await external_node_fs_promises_.rename(staging, trash).catch(() => undefined);
    await external_node_fs_promises_.rm(trash, { recursive: true, force: true });
    await external_node_fs_promises_.rm(staging, { recursive: true, force: true });
}
async function moveIntoPlace(staging, target) {
    for (const name of await external_node_fs_promises_.readdir(staging)) {
        const dest = external_node_path_.join(target, name);
        await external_node_fs_promises_.rm(dest, { recursive: true, force: true });
        await external_node_fs_promises_.rename(external_node_path_.join(staging, name), dest);
    }
}

;// CONCATENATED MODULE: ./src/sources/open.ts





/** Source kinds by URI scheme. Database sources are imported lazily (their drivers are large). */
const BY_SCHEME = {
    'file:': { kind: 'files', open: async (raw, opts) => new FilesSource((0,external_node_url_.fileURLToPath)(raw), opts) },
    'mongodb:': { kind: 'mongodb', open: async (raw, opts) => new (await Promise.all(/* import() */[__nccwpck_require__.e(245), __nccwpck_require__.e(737), __nccwpck_require__.e(589), __nccwpck_require__.e(978)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3978))).MongoSource(raw, opts) },
    'mongodb+srv:': { kind: 'mongodb', open: async (raw, opts) => new (await Promise.all(/* import() */[__nccwpck_require__.e(245), __nccwpck_require__.e(737), __nccwpck_require__.e(589), __nccwpck_require__.e(978)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3978))).MongoSource(raw, opts) },
    'redis:': { kind: 'redis', open: async (raw, opts) => new (await Promise.all(/* import() */[__nccwpck_require__.e(830), __nccwpck_require__.e(796), __nccwpck_require__.e(424), __nccwpck_require__.e(156), __nccwpck_require__.e(195)]).then(__nccwpck_require__.bind(__nccwpck_require__, 88195))).RedisSource(raw, opts) },
    'rediss:': { kind: 'redis', open: async (raw, opts) => new (await Promise.all(/* import() */[__nccwpck_require__.e(830), __nccwpck_require__.e(796), __nccwpck_require__.e(424), __nccwpck_require__.e(156), __nccwpck_require__.e(195)]).then(__nccwpck_require__.bind(__nccwpck_require__, 88195))).RedisSource(raw, opts) },
    'n8n+http:': { kind: 'n8n', open: async (raw, opts) => new (await __nccwpck_require__.e(/* import() */ 741).then(__nccwpck_require__.bind(__nccwpck_require__, 3741))).N8nSource(raw, opts) },
    'n8n+https:': { kind: 'n8n', open: async (raw, opts) => new (await __nccwpck_require__.e(/* import() */ 741).then(__nccwpck_require__.bind(__nccwpck_require__, 3741))).N8nSource(raw, opts) },
    'n8n-cli:': { kind: 'n8n', open: async (raw, opts) => new (await __nccwpck_require__.e(/* import() */ 741).then(__nccwpck_require__.bind(__nccwpck_require__, 3741))).N8nSource(raw, opts) },
    // mongodb:, mongodb+srv:, redis:, rediss:, n8n+http:, n8n+https:, n8n-cli: register here.
};
/** The kinds a manifest may name, mapped to the scheme used to open a restore target of that kind. */
const BY_KIND = {
    files: async (raw, opts) => new FilesSource(raw.startsWith('file:') ? (0,external_node_url_.fileURLToPath)(raw) : external_node_path_.resolve(raw), opts),
    mongodb: async (raw, opts) => (await Promise.all(/* import() */[__nccwpck_require__.e(245), __nccwpck_require__.e(737), __nccwpck_require__.e(589), __nccwpck_require__.e(978)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3978))).openMongoTarget(raw, opts),
    redis: async (raw, opts) => new (await Promise.all(/* import() */[__nccwpck_require__.e(830), __nccwpck_require__.e(796), __nccwpck_require__.e(424), __nccwpck_require__.e(156), __nccwpck_require__.e(195)]).then(__nccwpck_require__.bind(__nccwpck_require__, 88195))).RedisSource(raw, opts),
    n8n: async (raw, opts) => new (await __nccwpck_require__.e(/* import() */ 741).then(__nccwpck_require__.bind(__nccwpck_require__, 3741))).N8nSource(raw, opts, '--target'),
};
const SOURCE_FORMS = 'a directory path, file:///dir, mongodb://…, mongodb+srv://…, redis://…, rediss://…, n8n+https://…, n8n+http://… or n8n-cli:/path/to/n8n';
/** Opens a source from what the user wrote: a directory path or a URI. */
async function openSource(raw, flag, opts = {}) {
    const text = raw.trim();
    if (!text)
        throw new errors/* UsageError */.eb(`${flag}: empty; expected ${SOURCE_FORMS}`);
    const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(text);
    if (!m || m[1].length === 1)
        return new FilesSource(external_node_path_.resolve(text), opts);
    const entry = BY_SCHEME[`${m[1].toLowerCase()}:`];
    if (!entry)
        throw new errors/* UsageError */.eb(`${flag}: unknown source scheme '${m[1]}:' in '${(0,redact/* redact */.E)(text)}'; expected ${SOURCE_FORMS}`);
    return entry.open(text, opts);
}
/** Opens a restore/drill target for a backup of `kind` (from its manifest). */
async function openTarget(kind, raw, flag, opts = {}) {
    const text = raw.trim();
    if (!text)
        throw new errors/* UsageError */.eb(`${flag}: empty; expected a ${kind} target`);
    const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(text);
    if (m && m[1].length > 1) {
        const entry = BY_SCHEME[`${m[1].toLowerCase()}:`];
        if (entry && entry.kind !== kind) {
            throw new errors/* UsageError */.eb(`${flag}: '${(0,redact/* redact */.E)(text)}' is a ${entry.kind} location, but the backup is of kind '${kind}'`);
        }
    }
    const open = BY_KIND[kind];
    if (!open)
        throw new errors/* UsageError */.eb(`backup kind '${kind}' cannot be restored by this build`);
    return open(text, opts);
}

;// CONCATENATED MODULE: ./src/commands/artifacts.ts




function artifactKey(manifest, record) {
    return (0,storage_storage/* joinKey */.ID)((0,catalog/* backupFolder */.j0)(manifest.name, manifest.id), record.name);
}
/** Opens one stored artifact as a verified, decoded stream (see openArtifactStream). */
async function openArtifact(storage, manifest, record, opts = {}) {
    const key = artifactKey(manifest, record);
    let raw;
    try {
        raw = await storage.get(key);
    }
    catch (err) {
        if (err instanceof storage_storage/* NotFoundError */.m_)
            throw new errors/* VerificationError */.mk(`backup ${manifest.id}: artifact '${record.name}' is missing from ${storage.location}`);
        throw err;
    }
    try {
        return openArtifactStream(raw, record, `${manifest.name}/${manifest.id}/${record.name}`, opts);
    }
    catch (err) {
        // No key for it (a usage error raised before any byte flows): release the object we opened.
        raw.destroy();
        throw err;
    }
}
/** Checks that every artifact exists with its recorded size before any byte is trusted. */
async function checkArtifactsPresent(storage, manifest) {
    for (const record of manifest.artifacts) {
        const info = await storage.stat(artifactKey(manifest, record));
        if (!info)
            throw new errors/* VerificationError */.mk(`backup ${manifest.id}: artifact '${record.name}' is missing from ${storage.location}`);
        if (info.size !== record.size) {
            throw new errors/* VerificationError */.mk(`backup ${manifest.id}: artifact '${record.name}' is ${info.size} bytes, the manifest records ${record.size}`);
        }
    }
}
function artifactInputs(storage, manifest, opts = {}) {
    return manifest.artifacts.map((record) => ({ record, open: () => openArtifact(storage, manifest, record, opts) }));
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/commands/backup.ts















/** Backups wait this long by default for a running prune to finish. */
const DEFAULT_LOCK_WAIT_MS = 2 * 60_000;
/**
 * Reads the source once and writes one backup to every destination: artifacts
 * first, the manifest last. A destination that fails is dropped and reported;
 * the others complete. Only destinations that stored every artifact get a manifest.
 */
async function backup(opts, ctx) {
    if (opts.to.length === 0)
        throw new errors/* UsageError */.eb('--to: at least one storage URL is required');
    const encryption = encryptionFor(opts.keys ?? {});
    const source = await openSource(opts.source, '--source', { ...opts.sourceOptions, encrypted: encryption.scheme === 'age' });
    const storages = await Promise.all(opts.to.map((u) => openStorage(u, '--to', opts.storageOptions)));
    const name = opts.name ?? source.defaultName();
    if (!catalog_manifest/* NAME_PATTERN */.Vh.test(name)) {
        throw new errors/* UsageError */.eb(`--name: '${name}' is not a valid backup name; expected letters, digits, '.', '_' or '-' (no path separators), at most 100`);
    }
    const base = opts.incremental
        ? await incrementalBase(source, storages, name, opts.incremental, opts.keys, ctx).catch(async (err) => {
            await source.close?.().catch(() => undefined);
            for (const s of storages)
                await s.close?.('discard').catch(() => undefined);
            throw err;
        })
        : undefined;
    const parent = base?.chain[base.chain.length - 1]?.manifest;
    const started = new Date();
    const id = (0,catalog_manifest/* newBackupId */._H)(base ? 'incremental' : 'full', started);
    const folder = (0,catalog/* backupFolder */.j0)(name, id);
    const failed = new Map();
    const written = new Map();
    const artifacts = [];
    const progress = new Progress(ctx.log, `backup ${name}`);
    const live = () => storages.filter((s) => !failed.has(s));
    const locks = [];
    const destinations = [];
    let threw = false;
    try {
        // A shared lock per destination keeps a prune from sweeping this backup's artifacts before its manifest lands.
        for (const s of storages) {
            try {
                locks.push(await acquireLock(s, name, 'shared', { command: 'backup', waitMs: opts.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS, log: ctx.log }));
            }
            catch (err) {
                failed.set(s, (0,errors/* errorMessage */.gJ)(err));
                ctx.log.error(`destination ${s.location} failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
            }
        }
        const everyDestinationFailed = () => new errors/* OperationalError */.LE(`backup failed on every destination: ${[...failed.entries()].map(([s, e]) => `${s.location}: ${e}`).join('; ')}`);
        // Not a byte read from the source when no destination is left to take it.
        if (live().length === 0)
            throw everyDestinationFailed();
        const gen = source.backup({ log: ctx.log, progress, signal: ctx.signal, backupId: id }, base);
        let step = await gen.next();
        ctx.log.info(`${base ? `incremental (parent ${parent.id}) ` : ''}backup ${name} (${source.kind}) from ${source.location} to ${storages.map((s) => s.location).join(', ')} as ${id}`);
        try {
            while (!step.done) {
                const art = step.value;
                const spec = {
                    baseName: art.baseName,
                    kind: art.kind,
                    contentType: art.contentType,
                    meta: art.meta,
                    compression: opts.compression,
                    level: opts.compressionLevel,
                    encryption,
                    keys: opts.keys,
                };
                const key = (0,storage_storage/* joinKey */.ID)(folder, storedName(spec));
                const targets = live().map((s) => ({
                    label: s.location,
                    consume: async (body) => {
                        await s.put(key, body, { contentType: art.contentType, signal: ctx.signal });
                        written.set(s, [...(written.get(s) ?? []), key]);
                    },
                }));
                if (targets.length === 0)
                    break;
                const result = await writeArtifact(art.stream, spec, targets, (n) => progress.addBytes(n));
                for (const d of result.destinations) {
                    if (!d.ok) {
                        const s = storages.find((x) => x.location === d.label);
                        failed.set(s, d.error ?? 'failed');
                        ctx.log.error(`destination ${d.label} failed: ${d.error}`);
                    }
                }
                artifacts.push(result.record);
                step = await gen.next();
            }
        }
        finally {
            // Stopped early (a write threw, or no destination is left): the source ends its work and removes what it
            // keeps aside (a files backup's temporary index).
            if (!step.done)
                await gen.return(undefined).catch(() => undefined);
        }
        if (live().length === 0)
            throw everyDestinationFailed();
        const outcome = step.done ? step.value : undefined;
        if (!outcome)
            throw new errors/* OperationalError */.LE('backup ended before the source finished');
        const finished = new Date();
        const manifest = {
            format: catalog_manifest/* MANIFEST_FORMAT */.Sn,
            version: catalog_manifest/* MANIFEST_VERSION */.hh,
            id,
            name,
            type: base ? 'incremental' : 'full',
            parent: parent?.id ?? null,
            source: { kind: source.kind, location: source.location },
            startedAt: started.toISOString(),
            finishedAt: finished.toISOString(),
            durationMs: finished.getTime() - started.getTime(),
            consistency: outcome.consistency ?? null,
            size: artifacts.reduce((n, a) => n + a.size, 0),
            artifacts,
            fingerprint: outcome.fingerprint,
            options: { compression: opts.compression, encryption: encryption.scheme === 'age' ? { scheme: 'age', keyId: encryption.keyId, recipients: encryption.recipients, passphrase: encryption.passphrase } : { scheme: 'none' } },
            warnings: outcome.warnings,
            tool: version/* TOOL */.j,
            ...(outcome.span ? { span: outcome.span } : {}),
            ...(parent ? { chain: { full: parent.chain?.full ?? parent.id, depth: (parent.chain?.depth ?? 0) + 1 } } : {}),
        };
        for (const w of outcome.warnings)
            ctx.log.warn(w);
        const body = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
        for (const s of storages) {
            if (failed.has(s)) {
                destinations.push({ location: s.location, ok: false, error: failed.get(s) });
                continue;
            }
            try {
                // The commit: until this object exists, the backup does not.
                await s.put((0,catalog/* manifestKey */.Rn)(name, id), external_node_stream_.Readable.from([body]), { contentType: 'application/json' });
                destinations.push({ location: s.location, ok: true, manifestKey: (0,catalog/* manifestKey */.Rn)(name, id) });
            }
            catch (err) {
                failed.set(s, (0,errors/* errorMessage */.gJ)(err));
                destinations.push({ location: s.location, ok: false, error: `writing the manifest: ${(0,errors/* errorMessage */.gJ)(err)}` });
                ctx.log.error(`destination ${s.location} failed writing the manifest: ${(0,errors/* errorMessage */.gJ)(err)}`);
            }
        }
        ctx.log.info(`backup ${id}: ${artifacts.length} artifact(s), ${(0,format/* formatBytes */.z3)(manifest.size)} stored (${(0,format/* formatBytes */.z3)(artifacts.reduce((n, a) => n + a.plain.size, 0))} before compression) in ${(0,format/* formatDuration */.a3)(manifest.durationMs)}`);
        return { manifest, destinations };
    }
    catch (err) {
        threw = true;
        await cleanup(written, ctx);
        throw err;
    }
    finally {
        progress.stop();
        for (const l of locks)
            await l.release();
        for (const s of storages) {
            await s.close?.(threw || failed.has(s) ? 'discard' : 'commit').catch((e) => {
                // A store that publishes on close (the GitHub artifact) can still fail here: that destination failed.
                failed.set(s, (0,errors/* errorMessage */.gJ)(e));
                const d = destinations.find((x) => x.location === s.location);
                if (d)
                    Object.assign(d, { ok: false, error: `closing the store: ${(0,errors/* errorMessage */.gJ)(e)}` });
                ctx.log.error(`destination ${s.location} failed on close: ${(0,errors/* errorMessage */.gJ)(e)}`);
            });
        }
        await source.close?.().catch(() => undefined);
    }
}
/**
 * The chain a new incremental builds on: the newest backup of `name` on the first destination, complete back to
 * its full backup, of the same source, and present on every other destination (each store must hold the whole
 * chain to restore from it). When any of that fails, 'on' is an error and 'auto' takes a full backup.
 */
async function incrementalBase(source, storages, name, mode, keys, ctx) {
    const fallBack = (why, err = (m) => new errors/* UsageError */.eb(m)) => {
        if (mode === 'on')
            throw err(`--incremental: ${why}`);
        ctx.log.warn(`${why}: taking a full backup instead (--incremental auto)`);
        return undefined;
    };
    if (!source.planIncremental)
        return fallBack(`${source.kind} sources have no incremental backups (directories and MongoDB replica sets have)`);
    const primary = storages[0];
    const entries = await (0,catalog/* listBackups */.Cw)(primary, name);
    const last = entries[entries.length - 1];
    if (!last)
        return fallBack(`there is no previous backup named '${name}' in ${primary.location} to build on (take a full backup first)`);
    const parent = await (0,catalog/* readManifest */.WI)(primary, last);
    if (parent.source.kind !== source.kind || parent.source.location !== source.location) {
        return fallBack(`the newest backup of '${name}' (${parent.id}) is of ${parent.source.kind} ${parent.source.location}, not of ${source.location}`);
    }
    let chain;
    try {
        chain = await (0,catalog_chain/* readChain */.UM)(primary, parent);
    }
    catch (err) {
        return fallBack(`cannot build on ${parent.id}: ${(0,errors/* errorMessage */.gJ)(err)}`, (m) => new errors/* OperationalError */.LE(m));
    }
    for (const s of storages.slice(1)) {
        if (!(await (0,catalog/* manifestExists */.uK)(s, name, parent.id)))
            return fallBack(`${s.location} does not hold the parent backup ${parent.id}`);
    }
    const base = { chain: chain.map((manifest) => ({ manifest, artifacts: artifactInputs(primary, manifest, { keys }) })) };
    const progress = new Progress(ctx.log, `incremental ${name}`);
    const plan = await source.planIncremental({ log: ctx.log, progress, signal: ctx.signal }, base).finally(() => progress.stop());
    if (!plan.incremental)
        return fallBack(plan.reason ?? `cannot continue the chain of ${parent.id}`, (m) => new errors/* OperationalError */.LE(m));
    return base;
}
/** Removes the artifacts of a backup that will never get a manifest; best effort, prune sweeps what is left. */
async function cleanup(written, ctx) {
    for (const [s, keys] of written) {
        for (const k of keys)
            await s.delete(k).catch((e) => ctx.log.debug(`cleanup of ${k} failed: ${(0,errors/* errorMessage */.gJ)(e)}`));
    }
}

// EXTERNAL MODULE: ./src/config/options.ts
var config_options = __nccwpck_require__(6856);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(57975);
;// CONCATENATED MODULE: ./src/commands/copy.ts















const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
/** Counts the bytes that pass, for the progress line. */
class Counter extends external_node_stream_.Transform {
    onBytes;
    constructor(onBytes) {
        super();
        this.onBytes = onBytes;
    }
    _transform(chunk, _enc, cb) {
        this.onBytes(chunk.length);
        cb(null, chunk);
    }
}
/**
 * Copies committed backups from one store to others, byte for byte: every
 * artifact is streamed from the source to every target that lacks the backup
 * (read once, fanned out), its size and SHA-256 checked against the manifest as
 * the bytes flow, and the source's manifest is written on a target, unchanged
 * and last, only once every artifact arrived there whole. Encrypted and
 * compressed artifacts stay as they are: nothing is decoded. A source artifact
 * that does not match its manifest fails that backup everywhere (exit 3) and
 * leaves nothing listed; a target that already holds an identical backup is
 * skipped; incrementals go after their parents.
 */
async function copy(opts, ctx) {
    const started = Date.now();
    if (opts.to.length === 0)
        throw new errors/* UsageError */.eb('--to: at least one storage URL is required');
    const opened = [];
    const locks = [];
    const progress = new Progress(ctx.log, `copy ${opts.name}`);
    const targetFailure = new Map();
    const copiedTo = new Set();
    let source;
    try {
        source = await openStorage(opts.from, '--from', opts.storageOptions);
        opened.push(source);
        const targets = [];
        for (const url of opts.to) {
            const t = await openStorage(url, '--to', opts.storageOptions);
            opened.push(t);
            if (t.location === source.location)
                throw new errors/* UsageError */.eb(`--to: '${t.location}' is the --from storage itself`);
            if (targets.some((x) => x.location === t.location))
                throw new errors/* UsageError */.eb(`--to: '${t.location}' is given twice`);
            targets.push(t);
        }
        const waitMs = opts.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS;
        // Shared on the source: a prune there must not delete what we read. A role that may only read still copies, unguarded.
        try {
            locks.push(await acquireLock(source, opts.name, 'shared', { command: 'copy', waitMs, log: ctx.log }));
        }
        catch (err) {
            if (err instanceof LockHeldError)
                throw err;
            ctx.log.warn(`reading ${source.location} without a lock (${(0,errors/* errorMessage */.gJ)(err)})`);
        }
        const entries = opts.backupId === 'all' ? await (0,catalog/* listBackups */.Cw)(source, opts.name) : [await (0,catalog/* resolveBackup */.p2)(source, opts.name, opts.backupId)];
        if (entries.length === 0)
            throw new errors/* UsageError */.eb(`--name: no backups named '${opts.name}' in ${source.location}`);
        const planned = [];
        for (const entry of entries) {
            try {
                planned.push({ entry, ...(await (0,catalog/* readManifestBytes */.DK)(source, entry)) });
            }
            catch (err) {
                if (err instanceof storage_storage/* NotFoundError */.m_)
                    throw new errors/* OperationalError */.LE(`${source.location}: backup ${entry.id} disappeared while the copy started (was it pruned?)`);
                planned.push({ entry, error: (0,errors/* asBakupError */.KX)(err) });
            }
        }
        const ordered = parentsFirst(planned);
        const selected = new Set(ordered.map((p) => p.entry.id));
        // Shared on each target, as a backup takes: a prune there must not sweep artifacts whose manifest is not written yet.
        for (const t of targets) {
            try {
                locks.push(await acquireLock(t, opts.name, 'shared', { command: 'copy', waitMs, log: ctx.log }));
            }
            catch (err) {
                targetFailure.set(t, (0,errors/* errorMessage */.gJ)(err));
                ctx.log.error(`destination ${t.location} failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
            }
        }
        // An incremental is useless without its parent: refuse before a byte moves unless the parent is there or comes along.
        for (const p of ordered) {
            const parent = p.manifest?.type === 'incremental' ? p.manifest.parent : null;
            if (!parent || selected.has(parent))
                continue;
            for (const t of targets) {
                if (targetFailure.has(t))
                    continue;
                if (!(await t.stat((0,catalog/* manifestKey */.Rn)(opts.name, parent)))) {
                    throw new errors/* UsageError */.eb(`--backup-id: ${p.entry.id} is an incremental backup on top of ${parent}, which ${t.location} does not have; copy ${parent} first (--backup-id ${parent}) or copy them together (--backup-id all)`);
                }
            }
        }
        ctx.log.info(`copy ${opts.name}: ${ordered.length} backup(s) from ${source.location} to ${targets.map((t) => t.location).join(', ')}`);
        const present = new Map(targets.map((t) => [t, new Set()]));
        const backups = [];
        for (const p of ordered) {
            const row = await copyOne(source, targets, p, { opts, ctx, progress, targetFailure, present, selected });
            for (const d of row.destinations) {
                if (d.status === 'copied')
                    copiedTo.add(targets.find((t) => t.location === d.location));
            }
            backups.push(row);
        }
        const failures = backups.flatMap((b) => b.destinations.filter((d) => d.status === 'failed'));
        const exitCode = failures.some((f) => f.exitCode === errors/* ExitCode */.yU.VERIFICATION) ? errors/* ExitCode */.yU.VERIFICATION : failures.length ? errors/* ExitCode */.yU.OPERATIONAL : errors/* ExitCode */.yU.OK;
        const durationMs = Date.now() - started;
        ctx.log.info(`copy ${opts.name}: ${(0,format/* formatBytes */.z3)(progress.totalBytes)} read from ${source.location} in ${(0,format/* formatDuration */.a3)(durationMs)}`);
        return { from: source.location, name: opts.name, to: targets.map((t) => t.location), backups, bytesRead: progress.totalBytes, durationMs, exitCode };
    }
    finally {
        progress.stop();
        for (const l of locks)
            await l.release();
        for (const s of opened) {
            // A store that publishes on close (the GitHub artifact) publishes only what was copied to it.
            await s.close?.(s === source || copiedTo.has(s) ? 'commit' : 'discard').catch((e) => {
                ctx.log.error(`${s.location}: closing the store failed: ${(0,errors/* errorMessage */.gJ)(e)}`);
            });
        }
    }
}
/** Copies one backup to every target that needs it; one row of the result. */
async function copyOne(source, targets, p, c) {
    const { opts, ctx } = c;
    const id = p.entry.id;
    const row = { id, destinations: [] };
    const fail = (t, err) => {
        const e = (0,errors/* asBakupError */.KX)(err);
        row.destinations.push({ location: t.location, status: 'failed', reason: e.message, exitCode: e.exitCode });
        ctx.log.error(`copy of ${opts.name}/${id} to ${t.location} failed: ${e.message}`);
    };
    if (p.error) {
        for (const t of targets)
            fail(t, p.error);
        return row;
    }
    const m = p.manifest;
    Object.assign(row, { type: m.type, parent: m.parent, size: m.size, artifacts: m.artifacts.length });
    const key = (0,catalog/* manifestKey */.Rn)(opts.name, id);
    const needy = [];
    for (const t of targets) {
        const whole = c.targetFailure.get(t);
        if (whole !== undefined) {
            fail(t, new errors/* OperationalError */.LE(whole));
            continue;
        }
        const parent = m.type === 'incremental' ? m.parent : null;
        if (parent && c.selected.has(parent) && !c.present.get(t).has(parent)) {
            fail(t, new errors/* OperationalError */.LE(`its parent ${parent} is not on ${t.location} (its copy failed)`));
            continue;
        }
        try {
            const state = await stateOn(t, m, p.bytes, key);
            if (state.kind === 'identical') {
                row.destinations.push({ location: t.location, status: 'skipped', reason: 'an identical backup is already there', manifestKey: key });
                c.present.get(t).add(id);
                ctx.log.info(`${t.location} already has ${opts.name}/${id} with an identical manifest: skipped`);
            }
            else if (state.kind === 'different') {
                fail(t, new errors/* OperationalError */.LE(`${t.location} already holds a different backup ${opts.name}/${id}; it was left as it is`));
            }
            else {
                if (state.kind === 'damaged') {
                    // Unlist it first: while its artifacts are rewritten it must not look complete.
                    ctx.log.warn(`${t.location} has ${opts.name}/${id} but ${state.detail}; copying it again`);
                    await t.delete(key);
                }
                needy.push(t);
            }
        }
        catch (err) {
            fail(t, err);
        }
    }
    if (needy.length === 0)
        return row;
    const written = new Map(needy.map((t) => [t, []]));
    const failed = new Map();
    let sourceError;
    for (const record of m.artifacts) {
        const live = needy.filter((t) => !failed.has(t));
        if (live.length === 0)
            break;
        const akey = artifactKey(m, record);
        let raw;
        try {
            raw = await source.get(akey);
        }
        catch (err) {
            sourceError = err instanceof storage_storage/* NotFoundError */.m_ ? new errors/* VerificationError */.mk(`backup ${id}: artifact '${record.name}' is missing from ${source.location}`) : err;
            break;
        }
        const fan = new FanOut(live.map((t) => ({
            label: t.location,
            consume: async (body) => {
                const info = await t.put(akey, body, { contentType: record.contentType, signal: ctx.signal });
                written.get(t).push(akey);
                if (info.size !== record.size)
                    throw new errors/* OperationalError */.LE(`${t.location} stored ${info.size} bytes of '${record.name}', ${record.size} were sent`);
            },
        })));
        try {
            // The check sits before the fan-out: bytes that do not match the manifest fail every put before it completes.
            await (0,promises_.pipeline)(raw, new Counter((n) => c.progress.addBytes(n)), new ExpectDigest({ size: record.size, sha256: record.sha256 }, `${source.location}/${akey}`), fan);
        }
        catch (err) {
            if (!(err instanceof EveryDestinationFailed))
                sourceError = err;
        }
        for (const r of await fan.results()) {
            if (!r.ok && sourceError === undefined)
                failed.set(live.find((t) => t.location === r.label), new errors/* OperationalError */.LE(r.error ?? 'failed'));
        }
        if (sourceError !== undefined)
            break;
    }
    for (const t of needy) {
        if (sourceError === undefined && !failed.has(t)) {
            try {
                // The puts reported their sizes; ask the store once more before the commit.
                for (const record of m.artifacts) {
                    const info = await t.stat(artifactKey(m, record));
                    if (!info || info.size !== record.size) {
                        throw new errors/* OperationalError */.LE(`after the copy, '${record.name}' on ${t.location} is ${info ? `${info.size} bytes` : 'missing'}; the manifest records ${record.size}`);
                    }
                }
                // The commit: the source's manifest, byte for byte, written last.
                await t.put(key, external_node_stream_.Readable.from([p.bytes]), { contentType: 'application/json', signal: ctx.signal });
                row.destinations.push({ location: t.location, status: 'copied', manifestKey: key });
                c.present.get(t).add(id);
                ctx.log.info(`copied ${opts.name}/${id} to ${t.location} (${m.artifacts.length} artifact(s), ${(0,format/* formatBytes */.z3)(m.size)})`);
                continue;
            }
            catch (err) {
                failed.set(t, err);
            }
        }
        fail(t, sourceError ?? failed.get(t));
        // Best effort: whatever is left without a manifest is swept by a later prune.
        for (const k of written.get(t))
            await t.delete(k).catch((e) => ctx.log.debug(`cleanup of ${k} on ${t.location} failed: ${(0,errors/* errorMessage */.gJ)(e)}`));
    }
    return row;
}
/** What a target holds under a backup's id: nothing, the same backup (whole or not), or something else. */
async function stateOn(t, m, bytes, key) {
    let theirs;
    try {
        theirs = await (0,streams/* readSmall */.o5)(await t.get(key), MAX_MANIFEST_BYTES, `${t.location}/${key}`);
    }
    catch (err) {
        if (err instanceof storage_storage/* NotFoundError */.m_)
            return { kind: 'absent' };
        throw err;
    }
    let same = false;
    try {
        same = (0,external_node_util_.isDeepStrictEqual)(JSON.parse(theirs.toString('utf8')), JSON.parse(bytes.toString('utf8')));
    }
    catch {
        same = false;
    }
    if (!same)
        return { kind: 'different' };
    for (const record of m.artifacts) {
        const info = await t.stat(artifactKey(m, record));
        if (!info)
            return { kind: 'damaged', detail: `its artifact '${record.name}' is missing` };
        if (info.size !== record.size)
            return { kind: 'damaged', detail: `its artifact '${record.name}' is ${info.size} bytes, not ${record.size}` };
    }
    return { kind: 'identical' };
}
/** Backups in an order where every incremental comes after its parent (when both are copied); otherwise oldest first. */
function parentsFirst(items) {
    const byId = new Map(items.map((p) => [p.entry.id, p]));
    const out = [];
    const placed = new Set();
    const place = (p, path) => {
        if (placed.has(p.entry.id))
            return;
        const parent = p.manifest?.parent;
        // `path` stops a cycle that edited manifests could make.
        if (parent && byId.has(parent) && !path.has(parent))
            place(byId.get(parent), new Set([...path, p.entry.id]));
        if (placed.has(p.entry.id))
            return;
        placed.add(p.entry.id);
        out.push(p);
    };
    for (const p of [...items].sort((a, b) => a.entry.id.localeCompare(b.entry.id)))
        place(p, new Set([p.entry.id]));
    return out;
}

;// CONCATENATED MODULE: ./src/notify/summary.ts

/** GitHub caps a step's summary near 1 MiB; long tables are cut well before that. */
const MAX_ROWS = 500;
function esc(s) {
    return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function table(head, rows) {
    const shown = rows.slice(0, MAX_ROWS);
    const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...shown.map((r) => `| ${r.map(esc).join(' | ')} |`)];
    if (rows.length > shown.length)
        lines.push(`\n_${rows.length - shown.length} more rows not shown_`);
    return lines.join('\n');
}
/**
 * A mermaid chart (GitHub renders it in summaries) of stored size (bars, MiB)
 * and duration (line, s) of the newest backups of one name.
 */
function historyChart(backups, max = 30) {
    const rows = backups.filter((b) => b.size !== undefined && b.finishedAt).slice(-max);
    if (rows.length < 2)
        return '';
    const label = (b) => `"${b.finishedAt.slice(5, 16).replace('T', ' ')}"`;
    const mib = rows.map((b) => ((b.size ?? 0) / 1048576).toFixed(2));
    const secs = rows.map((b) => ((b.durationMs ?? 0) / 1000).toFixed(1));
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${esc(rows[0].name)}: stored size (MiB, bars) and duration (s, line)"`,
        `  x-axis [${rows.map(label).join(', ')}]`,
        `  bar [${mib.join(', ')}]`,
        `  line [${secs.join(', ')}]`,
        '```',
    ].join('\n');
}
/** Chains with incrementals (their restorable range) and broken ones; nothing when every backup is a plain full. */
function chainsTable(backups) {
    const chains = backups.filter((b) => b.restorable?.incrementals);
    const broken = backups.filter((b) => b.orphan);
    if (!chains.length && !broken.length)
        return [];
    return [
        '### Chains',
        table(['name', 'full backup', 'incrementals', 'restorable from', 'restorable to', 'points'], chains.map((b) => [b.name, b.id, String(b.restorable.incrementals), b.restorable.from, b.restorable.to, b.restorable.continuous ? 'any moment' : 'backup points only'])),
        ...(broken.length ? ['', '### Broken chains (cannot be restored)', ...broken.map((b) => `- ${b.name} ${b.id}: ${esc(b.orphan)}`)] : []),
        '',
    ];
}
/** Markdown for the job summary: what, where, sizes, durations. */
function renderSummary(input) {
    switch (input.command) {
        case 'backup': {
            const { manifest: m, destinations } = input.result;
            const failed = destinations.filter((d) => !d.ok);
            return [
                `## ${failed.length ? '⚠️' : '✅'} bakup backup \`${m.name}\``,
                '',
                table(['backup id', 'source', 'stored', 'before compression', 'duration'], [[m.id, `${m.source.kind}: ${m.source.location}`, (0,format/* formatBytes */.z3)(m.size), (0,format/* formatBytes */.z3)(m.artifacts.reduce((n, a) => n + a.plain.size, 0)), (0,format/* formatDuration */.a3)(m.durationMs)]]),
                '',
                '### Contents',
                table(['what', 'count'], Object.entries(m.fingerprint.summary).map(([k, v]) => [k, String(v)])),
                '',
                '### Artifacts',
                table(['artifact', 'size', 'sha256', 'compression'], m.artifacts.map((a) => [a.name, (0,format/* formatBytes */.z3)(a.size), `\`${a.sha256.slice(0, 16)}…\``, a.compression])),
                '',
                '### Destinations',
                table(['storage', 'result'], destinations.map((d) => [d.location, d.ok ? 'ok' : `FAILED: ${d.error ?? ''}`])),
                ...(m.warnings.length ? ['', '### Warnings', ...m.warnings.map((w) => `- ${esc(w)}`)] : []),
                '',
            ].join('\n');
        }
        case 'restore': {
            const r = input.result;
            return [
                `## ✅ bakup restore \`${r.manifest.name}\``,
                '',
                table(['backup id', 'from', 'into', 'duration'], [[r.manifest.id, r.storage, r.target, (0,format/* formatDuration */.a3)(r.durationMs)]]),
                '',
                table(['restored', 'count'], Object.entries(r.report.summary).map(([k, v]) => [k, String(v)])),
                ...checkLines(r.report.checks?.compared, r.report.checks?.notCompared),
                ...(r.report.warnings.length ? ['', '### Warnings', ...r.report.warnings.map((w) => `- ${esc(w)}`)] : []),
                '',
            ].join('\n');
        }
        case 'verify': {
            const r = input.result;
            const rows = r.backups.flatMap((b) => b.artifacts.length ? b.artifacts.map((a) => [b.id, a.name, a.ok ? 'ok' : `FAILED: ${a.error ?? ''}`]) : [[b.id, '(manifest)', b.ok ? 'ok' : `FAILED: ${b.error ?? ''}`]]);
            return [`## ${r.ok ? '✅' : '❌'} bakup verify \`${r.name}\` in ${r.storage}`, '', table(['backup id', 'artifact', 'result'], rows), ''].join('\n');
        }
        case 'prune': {
            const r = input.result;
            return [
                `## bakup prune \`${r.name}\` in ${r.storage}${r.dryRun ? ' (dry run)' : ''}`,
                '',
                table(['backup id', 'finished', 'decision', 'kept by'], r.plan.map((p) => [p.id, p.finishedAt ?? '?', p.keep ? 'keep' : r.dryRun ? 'would remove' : 'removed', p.reasons.join(', ')])),
                ...(r.orphans.length ? ['', '### Orphaned folders swept', ...r.orphans.map((o) => `- ${o.folder} (${o.objects} objects)`)] : []),
                '',
            ].join('\n');
        }
        case 'drill': {
            const r = input.result;
            const objective = (v, max) => 
            // Unknown (the restore failed before it could be measured) is not "missed": the failure says what happened.
            `${v === undefined ? '?' : (0,format/* formatDuration */.a3)(v)}${max === undefined ? '' : ` (objective ${(0,format/* formatDuration */.a3)(max)}${v === undefined ? '' : v <= max ? ': met' : ': MISSED'})`}`;
            const names = [...new Set((input.history ?? []).map((b) => b.name))];
            return [
                `## ${r.ok ? '✅' : '❌'} bakup restore drill \`${r.name}\`: ${r.ok ? 'passed' : 'FAILED'}`,
                '',
                table(['backup id', 'from', 'throwaway target', 'RPO (backup age)', 'RTO (restore time)'], [[r.backupId ?? '?', r.storage, r.target, objective(r.rpoMs, r.maxAgeMs), objective(r.rtoMs, r.maxRestoreMs)]]),
                '',
                ...(r.restored ? [table(['restored', 'count'], Object.entries(r.restored).map(([k, v]) => [k, String(v)])), ''] : []),
                ...checkLines(r.compared, r.notCompared),
                ...(r.differences.length ? ['### Differences from the backup\'s fingerprint', table(['item', 'backup', 'restored'], r.differences.map((d) => [d.item, d.expected, d.actual])), ''] : []),
                ...(r.failures.length ? ['### Failures', ...r.failures.map((f) => `- ${esc(f)}`), ''] : []),
                ...names.map((n) => historyChart((input.history ?? []).filter((b) => b.name === n))),
                '',
            ].join('\n');
        }
        case 'copy': {
            const r = input.result;
            const rows = r.backups.flatMap((b) => b.destinations.map((d) => [
                b.id,
                b.type ?? '?',
                b.size === undefined ? '?' : (0,format/* formatBytes */.z3)(b.size),
                d.location,
                d.status === 'copied' ? 'copied' : d.status === 'skipped' ? 'skipped: identical backup already there' : `FAILED: ${d.reason ?? ''}`,
            ]));
            const failed = r.backups.some((b) => b.destinations.some((d) => d.status === 'failed'));
            return [
                `## ${failed ? '❌' : '✅'} bakup copy \`${r.name}\` from ${r.from}`,
                '',
                table(['backup id', 'type', 'stored size', 'to', 'result'], rows),
                '',
                `${(0,format/* formatBytes */.z3)(r.bytesRead)} read in ${(0,format/* formatDuration */.a3)(r.durationMs)}; every artifact checked against its size and SHA-256 on the way.`,
                '',
            ].join('\n');
        }
        case 'list': {
            const r = input.result;
            const names = [...new Set(r.backups.map((b) => b.name))];
            return [
                `## bakup list: ${r.storage}`,
                '',
                table(['name', 'backup id', 'type', 'kind', 'size', 'duration', 'finished'], r.backups.map((b) => [b.name, b.id, b.type ?? '?', b.kind ?? '?', b.size === undefined ? '?' : (0,format/* formatBytes */.z3)(b.size), b.durationMs === undefined ? '?' : (0,format/* formatDuration */.a3)(b.durationMs), b.error ? `UNREADABLE: ${b.error}` : (b.finishedAt ?? '')])),
                '',
                ...chainsTable(r.backups),
                ...names.slice(0, 10).map((n) => historyChart(r.backups.filter((b) => b.name === n))),
                '',
            ].join('\n');
        }
    }
}
/** What a restore compared with the backup, and what it could not (incremental chains, replayed oplogs). */
function checkLines(compared, notCompared) {
    if (!compared && !notCompared)
        return [];
    return [
        '',
        '### Compared with the backup',
        ...(compared ?? []).map((c) => `- ✔ ${esc(c)}`),
        ...(notCompared ?? []).map((c) => `- not compared: ${esc(c)}`),
        '',
    ];
}

;// CONCATENATED MODULE: ./src/commands/restore.ts













/** Restores one committed backup into a target; every byte is checked against the manifest on the way. */
async function restore(opts, ctx) {
    const started = Date.now();
    const storage = opts.storage ?? (await openStorage(opts.from, '--from', opts.storageOptions));
    // Shared: a prune must not delete what we are reading. Exclusive when we overwrite, as the issue's "restore with drop".
    const destructive = !!(opts.sourceOptions?.overwrite || opts.sourceOptions?.drop);
    let lock;
    try {
        lock = await acquireLock(storage, opts.name, destructive ? 'exclusive' : 'shared', {
            command: 'restore',
            waitMs: opts.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS,
            log: ctx.log,
        });
    }
    catch (err) {
        // A disaster-recovery role often may only read: restoring must still work, unguarded, when the lock cannot be written.
        if (err instanceof LockHeldError || destructive)
            throw err;
        ctx.log.warn(`restoring without a lock (${(0,errors/* errorMessage */.gJ)(err)})`);
    }
    try {
        let manifest;
        let chain;
        let stopAt;
        let landsAt;
        if (opts.at) {
            if (opts.backupId !== 'latest')
                throw new errors/* UsageError */.eb('--at: cannot be combined with --backup-id (the time picks the backup)');
            const all = await (0,catalog_chain/* readAllManifests */.Cb)(storage, opts.name);
            if (all.length === 0)
                throw new errors/* UsageError */.eb(`--name: no backups named '${opts.name}' in ${storage.location}`);
            const r = (0,catalog_chain/* resolveAt */.ip)(all, opts.at, '--at');
            manifest = r.tip;
            // resolveAt built the chain from the manifests just read and judged every link as readChain would.
            chain = r.chain;
            stopAt = r.stopAt;
            landsAt = r.landsAt;
            ctx.log.info(`--at ${opts.at.time.toISOString()}: ${chain.length === 1 ? `full backup ${manifest.id}` : `full backup ${chain[0].id} and ${chain.length - 1} incremental(s) up to ${manifest.id}`}, landing at ${landsAt.toISOString()}`);
        }
        else {
            manifest = opts.manifest ?? (await (0,catalog/* readManifest */.WI)(storage, await (0,catalog/* resolveBackup */.p2)(storage, opts.name, opts.backupId)));
            chain = manifest.type === 'incremental' ? await (0,catalog_chain/* readChain */.UM)(storage, manifest) : [manifest];
        }
        for (const m of chain) {
            await checkArtifactsPresent(storage, m);
            // Fail before touching the target when the backup cannot be decrypted with what we were given.
            for (const a of m.artifacts)
                decryptor(a.encryption, opts.keys).destroy();
        }
        const target = await openTarget(manifest.source.kind, opts.target, '--target', opts.sourceOptions);
        ctx.log.info(`restore ${manifest.name}/${manifest.id} (${manifest.source.kind}, ${(0,format/* formatBytes */.z3)(manifest.size)}) from ${storage.location} into ${target.location}`);
        const progress = new Progress(ctx.log, `restore ${manifest.name}`);
        try {
            let report;
            try {
                const read = { onStoredBytes: (n) => progress.addBytes(n), keys: opts.keys };
                const links = chain.map((m) => ({ manifest: m, artifacts: artifactInputs(storage, m, read) }));
                // A source that knows nothing of chains would restore only the last link's changes: refuse instead.
                if (links.length > 1 && !target.planIncremental) {
                    throw new errors/* VerificationError */.mk(`${manifest.id} is an incremental backup, but ${manifest.source.kind} sources cannot restore chains`);
                }
                report = await target.restore({ log: ctx.log, progress, signal: ctx.signal }, manifest, links[links.length - 1].artifacts, links.length > 1 || stopAt ? { chain: links, stopAt } : undefined);
            }
            catch (err) {
                // Corrupt bytes can make a parser fail before the digest check at the end of the stream sees them;
                // name the real cause when that is what happened.
                if (!(err instanceof errors/* VerificationError */.mk))
                    for (const m of chain)
                        await findCorruption(storage, m, opts.keys);
                throw err;
            }
            for (const w of report.warnings)
                ctx.log.warn(w);
            const durationMs = Date.now() - started;
            ctx.log.info(`restored ${manifest.id} into ${target.location} in ${(0,format/* formatDuration */.a3)(durationMs)}`);
            return { manifest, chain: chain.map((m) => m.id), landsAt: landsAt?.toISOString(), target: target.location, report, durationMs, storage: storage.location };
        }
        finally {
            progress.stop();
            await target.close?.().catch(() => undefined);
        }
    }
    finally {
        await lock?.release();
        if (!opts.storage)
            await storage.close?.().catch(() => undefined);
    }
}
/** Re-reads every artifact; throws the VerificationError of the first one that does not match its manifest entry. */
async function findCorruption(storage, manifest, keys) {
    for (const record of manifest.artifacts) {
        try {
            await (0,streams/* drain */.Ze)(await openArtifact(storage, manifest, record, { keys }));
        }
        catch (e) {
            if (e instanceof errors/* VerificationError */.mk)
                throw e;
        }
    }
}

;// CONCATENATED MODULE: ./src/commands/drill.ts








/** The first 12 hex digits of a digest, after its scheme prefix (`sha256sum8:…`), enough to tell two apart. */
const shortDigest = (d) => d.replace(/^(sha256sum8|sha256):/, '').slice(0, 12);
/** Lists where two fingerprints disagree: counts, per-item digests and counts, the overall digest. */
function compareFingerprints(expected, actual) {
    const diffs = [];
    for (const key of new Set([...Object.keys(expected.summary), ...Object.keys(actual.summary)])) {
        const e = expected.summary[key];
        const a = actual.summary[key];
        if (e !== a)
            diffs.push({ item: key, expected: String(e ?? '—'), actual: String(a ?? '—') });
    }
    // A fingerprint recorded without items (an older backup, a flat tree of too many names) is compared by its
    // counts and digest only: the restored side's items have nothing to meet.
    for (const { item, recorded: e, found: a } of (0,fingerprint/* itemDifferences */.E)(expected.items, expected.items ? actual.items : undefined)) {
        if (!e || !a)
            diffs.push({ item, expected: e ? `present (${e.count ?? '?'})` : 'absent', actual: a ? `present (${a.count ?? '?'})` : 'absent' });
        else
            diffs.push({ item, expected: `${e.count ?? '?'} / ${shortDigest(e.digest)}`, actual: `${a.count ?? '?'} / ${shortDigest(a.digest)}` });
    }
    if (expected.digest !== actual.digest && diffs.length === 0)
        diffs.push({ item: 'digest', expected: expected.digest.slice(0, 16), actual: actual.digest.slice(0, 16) });
    return diffs;
}
/**
 * The restore drill: restore a backup into a throwaway target, fingerprint
 * what landed there independently of the restore, compare it with what the
 * backup recorded, and hold the achieved RPO/RTO against the objectives.
 * It reports rather than throws, so the report reaches the summary and Slack
 * even when the drill fails.
 */
async function drill(opts, ctx) {
    const startedAt = new Date();
    const report = {
        ok: false,
        name: opts.name,
        storage: opts.from,
        target: opts.target,
        maxAgeMs: opts.maxAgeMs,
        maxRestoreMs: opts.maxRestoreMs,
        differences: [],
        failures: [],
        startedAt: startedAt.toISOString(),
    };
    // Which backup, first: its id, kind and age (the RPO) belong in the report even when its restore fails.
    let manifest;
    let checks;
    // A step that fails goes into the report (the drill's outcome); bad input stays the user's error.
    const failed = (step, err) => {
        if (err instanceof errors/* BakupError */.uv && err.exitCode === errors/* ExitCode */.yU.USAGE)
            throw err;
        report.failures.push(`${step} failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
        report.restoreExitCode = (0,errors/* asBakupError */.KX)(err).exitCode;
        return report;
    };
    // One handle for the manifest and the restore: a GitHub artifact store downloads once.
    let storage;
    try {
        try {
            storage = await openStorage(opts.from, '--from', opts.storageOptions);
            manifest = await (0,catalog/* readManifest */.WI)(storage, await (0,catalog/* resolveBackup */.p2)(storage, opts.name, opts.backupId));
            Object.assign(report, { backupId: manifest.id, kind: manifest.source.kind, storage: storage.location, rpoMs: startedAt.getTime() - Date.parse(manifest.finishedAt) });
        }
        catch (err) {
            return failed('reading the backup', err);
        }
        try {
            const r = await restore({ from: opts.from, name: opts.name, backupId: manifest.id, manifest, storage, target: opts.target, sourceOptions: opts.sourceOptions, storageOptions: opts.storageOptions, keys: opts.keys }, ctx);
            Object.assign(report, { storage: r.storage, target: r.target, rtoMs: r.durationMs, restored: r.report.summary });
            checks = r.report.checks;
        }
        catch (err) {
            return failed('restore', err);
        }
    }
    finally {
        await storage?.close?.().catch(() => undefined);
    }
    if (checks) {
        // The target holds data the manifest has no fingerprint of; the restore compared what could be compared.
        report.compared = checks.compared;
        report.notCompared = checks.notCompared;
        return finish(report, opts);
    }
    const target = await openTarget(manifest.source.kind, opts.target, '--target', opts.sourceOptions);
    try {
        const progress = new Progress(ctx.log, `drill fingerprint ${opts.name}`);
        try {
            report.differences = compareFingerprints(manifest.fingerprint, await target.fingerprint({ log: ctx.log, progress }, manifest));
        }
        finally {
            progress.stop();
        }
    }
    catch (err) {
        report.failures.push(`fingerprinting the target failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    finally {
        await target.close?.().catch(() => undefined);
    }
    if (report.differences.length)
        report.failures.push(`restored data differs from the backup's fingerprint in ${report.differences.length} place(s)`);
    return finish(report, opts);
}
/** Holds the achieved RPO and RTO against the objectives and sets the verdict. */
function finish(report, opts) {
    if (opts.maxAgeMs !== undefined && (report.rpoMs ?? 0) > opts.maxAgeMs) {
        report.failures.push(`RPO missed: the backup is ${(0,format/* formatDuration */.a3)(report.rpoMs)} old, the objective is ${(0,format/* formatDuration */.a3)(opts.maxAgeMs)}`);
    }
    if (opts.maxRestoreMs !== undefined && (report.rtoMs ?? 0) > opts.maxRestoreMs) {
        report.failures.push(`RTO missed: the restore took ${(0,format/* formatDuration */.a3)(report.rtoMs)}, the objective is ${(0,format/* formatDuration */.a3)(opts.maxRestoreMs)}`);
    }
    report.ok = report.failures.length === 0;
    return report;
}

;// CONCATENATED MODULE: ./src/commands/list.ts





/** Committed backups, oldest first per name, with each chain's restorable range and broken chains flagged. */
async function list(opts, _ctx) {
    const storage = await openStorage(opts.from, '--from', opts.storageOptions);
    try {
        const backups = [];
        const manifests = [];
        for (const entry of await (0,catalog/* listBackups */.Cw)(storage, opts.name)) {
            try {
                const m = await (0,catalog/* readManifest */.WI)(storage, entry);
                manifests.push(m);
                backups.push({
                    name: m.name,
                    id: m.id,
                    type: m.type,
                    kind: m.source.kind,
                    finishedAt: m.finishedAt,
                    durationMs: m.durationMs,
                    size: m.size,
                    artifacts: m.artifacts.length,
                    parent: m.parent,
                    ...(m.chain ? { chain: m.chain } : {}),
                });
            }
            catch (err) {
                backups.push({ name: entry.name, id: entry.id, error: (0,errors/* errorMessage */.gJ)(err) });
            }
        }
        const entries = new Map(backups.map((b) => [`${b.name}/${b.id}`, b]));
        for (const name of new Set(manifests.map((m) => m.name))) {
            const ofName = manifests.filter((m) => m.name === name);
            const byId = new Map(ofName.map((m) => [m.id, m]));
            const entry = (id) => entries.get(`${name}/${id}`);
            const { chains, orphans } = (0,catalog_chain/* chainsOf */.My)(ofName);
            for (const c of chains) {
                entry(c.full.id).restorable = { from: c.from.time, to: c.to.time, incrementals: c.links.length, continuous: c.continuous };
            }
            for (const o of orphans)
                entry(o.id).orphan = (0,catalog_chain/* orphanReason */.Bl)(o, byId);
        }
        return { storage: storage.location, backups };
    }
    finally {
        await storage.close?.().catch(() => undefined);
    }
}
/** The text `bakup list` prints: a line per backup, then a line per chain with incrementals and per broken one. */
function listLines(r, name) {
    if (!r.backups.length)
        return [`no backups in ${r.storage}${name ? ` named '${name}'` : ''}`];
    const lines = r.backups.map((b) => b.error
        ? `${b.name}  ${b.id}  UNREADABLE: ${b.error}`
        : `${b.name}  ${b.id}  ${b.type}  ${b.kind}  ${(0,format/* formatBytes */.z3)(b.size ?? 0)}  ${(0,format/* formatDuration */.a3)(b.durationMs ?? 0)}${b.orphan ? `  BROKEN CHAIN: ${b.orphan}` : ''}`);
    for (const b of r.backups) {
        if (b.restorable?.incrementals)
            lines.push(`${b.name}  chain ${b.id}: ${describeRange(b.restorable)}`);
    }
    return lines;
}
function describeRange(r) {
    const span = `${r.from} … ${r.to}`;
    return r.continuous
        ? `restorable at any moment ${span} (full + ${r.incrementals} incremental(s))`
        : `restorable at ${r.incrementals + 1} backup point(s) ${span} (full + ${r.incrementals} incremental(s))`;
}

;// CONCATENATED MODULE: ./src/formats/readers.ts


async function readTar(stream, what) {
    let entries = 0;
    let bytes = 0;
    const parser = new index_min/* Parser */.iX({
        strict: true,
        onReadEntry: (e) => {
            entries++;
            bytes += e.size ?? 0;
            e.resume();
        },
    });
    await new Promise((resolve, reject) => {
        parser.on('error', (err) => reject(new errors/* VerificationError */.mk(`${what}: not a valid tar (${(0,errors/* errorMessage */.gJ)(err)})`)));
        stream.on('error', reject);
        parser.on('end', () => resolve());
        stream.pipe(parser);
    });
    return { summary: { entries, bytes } };
}
const READERS = {
    tar: readTar,
    'file-index': async (stream, what) => {
        const { FileIndexReader } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 98883));
        const reader = new FileIndexReader(stream, what);
        const summary = { entries: 0, files: 0, dirs: 0, symlinks: 0, hardlinks: 0, bytes: 0 };
        for await (const r of reader.records()) {
            summary.entries++;
            if (r.t === 'f') {
                summary.files++;
                summary.bytes += r.s ?? 0;
            }
            else if (r.t === 'd')
                summary.dirs++;
            else if (r.t === 'l')
                summary.symlinks++;
            else
                summary.hardlinks++;
        }
        return { summary };
    },
    'mongo-archive': async (stream, what) => {
        const { verifyArchive } = await __nccwpck_require__.e(/* import() */ 737).then(__nccwpck_require__.bind(__nccwpck_require__, 94737));
        const s = await verifyArchive(stream, what);
        return { summary: { namespaces: s.namespaces.length, documents: s.namespaces.reduce((n, x) => n + x.count, 0) } };
    },
    'mongo-oplog': async (stream, what) => {
        const { bsonDocuments } = await __nccwpck_require__.e(/* import() */ 339).then(__nccwpck_require__.bind(__nccwpck_require__, 43339));
        const docs = bsonDocuments(stream, what, { validate: true });
        for (;;) {
            const r = await docs.next();
            if (r.done)
                return { summary: { entries: r.value } };
        }
    },
    'redis-records': async (stream, what) => {
        const { readRedisRecords } = await __nccwpck_require__.e(/* import() */ 156).then(__nccwpck_require__.bind(__nccwpck_require__, 34156));
        const records = readRedisRecords(stream, what);
        let n = 0;
        for (;;) {
            const r = await records.next();
            if (r.done)
                return { summary: { records: n, keys: r.value.keys } };
            n++;
        }
    },
    'redis-rdb': async (stream, what) => {
        const { RdbParser } = await __nccwpck_require__.e(/* import() */ 424).then(__nccwpck_require__.bind(__nccwpck_require__, 79424));
        const parser = new RdbParser();
        const events = [];
        let keys = 0;
        try {
            for await (const chunk of stream) {
                parser.push(chunk, events);
                keys += events.filter((e) => e.type === 'key').length;
                events.length = 0;
            }
            parser.finish(events);
        }
        catch (err) {
            if (err instanceof errors/* VerificationError */.mk)
                throw err;
            throw new errors/* VerificationError */.mk(`${what}: not a valid RDB file (${(0,errors/* errorMessage */.gJ)(err)})`);
        }
        return { summary: { keys } };
    },
};
function deepReaderFor(kind) {
    return READERS[kind];
}

;// CONCATENATED MODULE: ./src/commands/verify.ts









/**
 * Re-reads every artifact of the chosen backups and checks stored size and
 * SHA-256, decodes it, and checks the decoded size and SHA-256. An incremental
 * is only as good as its chain: verifying one checks every link from its full
 * backup (a missing or unreadable parent fails it); `all` checks every backup
 * once and fails incrementals whose chain is broken (orphans). Reports every
 * problem rather than stopping at the first.
 */
async function verify(opts, ctx) {
    const storage = await openStorage(opts.from, '--from', opts.storageOptions);
    const progress = new Progress(ctx.log, `verify ${opts.name}`);
    const checkArtifacts = async (check, manifest) => {
        for (const record of manifest.artifacts) {
            try {
                // Without a key, an encrypted artifact is still checked byte for byte against its stored digest.
                const storedOnly = !canDecrypt(record.encryption, opts.keys);
                if (opts.deep && storedOnly) {
                    throw new errors/* UsageError */.eb(`--deep: ${record.name} is encrypted; give --identity-file or the passphrase to parse it`);
                }
                const stream = await openArtifact(storage, manifest, record, { onStoredBytes: (n) => progress.addBytes(n), keys: opts.keys, storedOnly });
                const reader = opts.deep ? deepReaderFor(record.kind) : undefined;
                if (opts.deep && !reader)
                    ctx.log.warn(`${record.name}: no reader for kind '${record.kind}'; checked its digests only`);
                const contents = reader ? (await reader(stream, `${manifest.id}/${record.name}`)).summary : undefined;
                if (!reader)
                    await (0,streams/* drain */.Ze)(stream);
                check.artifacts.push({ name: record.name, ok: true, size: record.size, depth: storedOnly ? 'stored' : reader ? 'parsed' : 'decoded', ...(contents ? { contents } : {}) });
                if (storedOnly)
                    ctx.log.info(`${manifest.id}/${record.name}: encrypted; stored bytes checked, decryption not attempted (no identity or passphrase given)`);
                progress.addItems(1);
            }
            catch (err) {
                if (err instanceof errors/* UsageError */.eb)
                    throw err;
                check.ok = false;
                check.artifacts.push({ name: record.name, ok: false, error: (0,errors/* errorMessage */.gJ)(err) });
                ctx.log.error(`${manifest.id}: ${(0,errors/* errorMessage */.gJ)(err)}`);
            }
        }
        if (check.ok)
            ctx.log.info(`${manifest.id}: ok (${manifest.artifacts.length} artifact(s))${check.chainOf ? ` in the chain of ${check.chainOf}` : ''}`);
    };
    const fail = (check, error) => {
        check.ok = false;
        check.error = check.error ? `${check.error}; ${error}` : error;
        ctx.log.error(`${check.id}: ${error}`);
    };
    try {
        const backups = [];
        if (opts.backupId === 'all') {
            const entries = await (0,catalog/* listBackups */.Cw)(storage, opts.name);
            if (entries.length === 0)
                throw new errors/* UsageError */.eb(`--name: no backups named '${opts.name}' in ${storage.location}`);
            const manifests = new Map();
            for (const entry of entries) {
                const check = { id: entry.id, ok: true, artifacts: [] };
                backups.push(check);
                try {
                    manifests.set(entry.id, await (0,catalog/* readManifest */.WI)(storage, entry));
                }
                catch (err) {
                    fail(check, (0,errors/* errorMessage */.gJ)(err));
                }
            }
            const { orphans } = (0,catalog_chain/* chainsOf */.My)([...manifests.values()]);
            for (const o of orphans)
                fail(backups.find((b) => b.id === o.id), (0,catalog_chain/* orphanReason */.Bl)(o, manifests));
            for (const check of backups) {
                const m = manifests.get(check.id);
                if (m)
                    await checkArtifacts(check, m);
            }
        }
        else {
            const entry = await (0,catalog/* resolveBackup */.p2)(storage, opts.name, opts.backupId);
            const tip = { id: entry.id, ok: true, artifacts: [] };
            let manifest;
            try {
                manifest = await (0,catalog/* readManifest */.WI)(storage, entry);
            }
            catch (err) {
                fail(tip, (0,errors/* errorMessage */.gJ)(err));
                return { storage: storage.location, name: opts.name, ok: false, backups: [tip] };
            }
            const ancestors = manifest.type === 'incremental' ? await chainAbove(storage, manifest, (e) => fail(tip, e)) : [];
            for (const m of ancestors) {
                const check = { id: m.id, ok: true, artifacts: [], chainOf: manifest.id };
                backups.push(check);
                await checkArtifacts(check, m);
                if (!check.ok)
                    fail(tip, `its chain is broken: ${m.id} failed verification`);
            }
            backups.push(tip);
            await checkArtifacts(tip, manifest);
        }
        return { storage: storage.location, name: opts.name, ok: backups.every((b) => b.ok), backups };
    }
    finally {
        progress.stop();
        await storage.close?.().catch(() => undefined);
    }
}
/** The links an incremental needs, full first (without itself); a broken chain is reported and what exists is returned. */
async function chainAbove(storage, tip, report) {
    try {
        return (await (0,catalog_chain/* readChain */.UM)(storage, tip)).slice(0, -1);
    }
    catch (err) {
        if (!(err instanceof errors/* VerificationError */.mk))
            throw err;
        report(err.message);
        return [];
    }
}

;// CONCATENATED MODULE: ./src/commands/run.ts






/** Manifest-less folders younger than this are left alone by prune (a backup may still be writing them). */
const DEFAULT_GRACE_MS = 24 * 3_600_000;













async function runCommand(command, inputs, ctx, label = (o) => `--${o}`) {
    const storageOptions = storageOptionsOf(inputs, label);
    warnUnusedStorageOptions(inputs, label, ctx.log);
    switch (command) {
        case 'backup': {
            const i = inputs;
            const policy = (0,schema/* retentionPolicy */.$Y)(i, label);
            const pruneAfter = !policyIsEmpty(policy) || i['allow-empty'];
            if (pruneAfter)
                checkPolicy(policy, i['allow-empty']);
            const r = await backup({
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
            }, ctx);
            const m = r.manifest;
            const pruned = [];
            if (pruneAfter) {
                for (const d of r.destinations.filter((x) => x.ok)) {
                    try {
                        pruned.push(await prune({ from: d.location, name: m.name, policy, dryRun: false, allowEmpty: i['allow-empty'], graceMs: DEFAULT_GRACE_MS, lockWaitMs: i['lock-wait'] ?? DEFAULT_LOCK_WAIT_MS, storageOptions }, ctx));
                    }
                    catch (err) {
                        // The backup itself succeeded; a failed prune is reported, and fails the run, without hiding that.
                        d.ok = false;
                        d.error = `backup stored, but retention failed: ${(0,errors/* errorMessage */.gJ)(err)}`;
                        ctx.log.error(`${d.location}: ${d.error}`);
                    }
                }
            }
            const ok = r.destinations.filter((d) => d.ok);
            const failed = r.destinations.filter((d) => !d.ok);
            return {
                command,
                exitCode: failed.length ? errors/* ExitCode */.yU.OPERATIONAL : errors/* ExitCode */.yU.OK,
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
                    `${m.id}  ${(0,format/* formatBytes */.z3)(m.size)}  ${(0,format/* formatDuration */.a3)(m.durationMs)}  ${summaryCounts(m.fingerprint.summary)}`,
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
                        ['Size', (0,format/* formatBytes */.z3)(m.size)],
                        ['Duration', (0,format/* formatDuration */.a3)(m.durationMs)],
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
            const i = inputs;
            if (i['from-archive'])
                return restoreFromArchive(i, ctx);
            const r = await restore({
                from: i.from,
                name: i.name,
                backupId: i['backup-id'],
                at: i.at === undefined ? undefined : (0,catalog_chain/* parseAt */.Ze)(i.at, label('at')),
                target: i.target,
                sourceOptions: { ...restoreSourceOptions(i), overwrite: i.overwrite, include: i.include, exclude: i.exclude, allowExternalLinks: i['allow-external-links'], activate: i.activate, dryRun: i['dry-run'] },
                lockWaitMs: i['lock-wait'],
                storageOptions,
                keys: decryptKeys(i),
            }, ctx);
            return {
                command,
                exitCode: errors/* ExitCode */.yU.OK,
                json: { id: r.manifest.id, name: r.manifest.name, chain: r.chain, landsAt: r.landsAt, target: r.target, durationMs: r.durationMs, summary: r.report.summary, ...(r.report.checks ? { checks: r.report.checks } : {}), warnings: r.report.warnings },
                text: [
                    `restored ${r.chain.length > 1 ? `${r.chain[0]} + ${r.chain.length - 1} incremental(s) up to ` : ''}${r.manifest.id}${r.landsAt ? ` at ${r.landsAt}` : ''} into ${r.target} in ${(0,format/* formatDuration */.a3)(r.durationMs)}  ${summaryCounts(r.report.summary)}`,
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
                        ['Duration', (0,format/* formatDuration */.a3)(r.durationMs)],
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
            const i = inputs;
            const r = await verify({ from: i.from, name: i.name, backupId: i['backup-id'], keys: decryptKeys(i), deep: i.deep, storageOptions }, ctx);
            const last = r.backups[r.backups.length - 1];
            return {
                command,
                exitCode: r.ok ? errors/* ExitCode */.yU.OK : errors/* ExitCode */.yU.VERIFICATION,
                json: r,
                text: r.backups.flatMap((b) => [
                    `${b.ok ? 'ok    ' : 'FAILED'} ${b.id}${b.chainOf ? `  (in the chain of ${b.chainOf})` : ''}${b.ok ? '' : `  ${b.error ?? b.artifacts.filter((a) => !a.ok).map((a) => a.error).join('; ')}`}`,
                    ...b.artifacts.filter((a) => a.ok && a.contents).map((a) => `         ${a.name}: parsed, ${summaryCounts(a.contents)}`),
                ]),
                summary: renderSummary({ command: 'verify', result: r }),
                facts: {
                    command,
                    ok: r.ok,
                    name: r.name,
                    headline: r.ok ? `${r.backups.length} backup(s) verified` : `${r.backups.filter((b) => !b.ok).length} of ${r.backups.length} backup(s) FAILED verification`,
                    fields: [['Storage', r.storage], ...r.backups.filter((b) => !b.ok).slice(0, 5).map((b) => [b.id, b.error ?? b.artifacts.filter((a) => !a.ok).map((a) => a.error).join('; ')])],
                },
                outputs: last ? { 'backup-id': last.id } : {},
            };
        }
        case 'list': {
            const i = inputs;
            const r = await list({ from: i.from, name: i.name, storageOptions }, ctx);
            const newest = r.backups[r.backups.length - 1];
            return {
                command,
                exitCode: errors/* ExitCode */.yU.OK,
                json: r.backups,
                text: listLines(r, i.name),
                summary: renderSummary({ command: 'list', result: r }),
                outputs: newest ? { 'backup-id': newest.id, 'size-bytes': String(newest.size ?? 0) } : {},
            };
        }
        case 'drill': {
            const i = inputs;
            const r = await drill({
                from: i.from,
                name: i.name,
                backupId: i['backup-id'],
                target: i.target,
                maxAgeMs: i['max-age'],
                maxRestoreMs: i['max-restore-time'],
                sourceOptions: { ...restoreSourceOptions(i), overwrite: i.overwrite },
                storageOptions,
                keys: decryptKeys(i),
            }, ctx);
            const history = await list({ from: i.from, name: i.name, storageOptions }, ctx).catch(() => undefined);
            const verdict = r.ok ? 'PASSED' : 'FAILED';
            return {
                command,
                // Data that differs is a verification failure (3); a restore that failed keeps its own code; a missed objective is 1.
                exitCode: r.ok ? errors/* ExitCode */.yU.OK : r.differences.length ? errors/* ExitCode */.yU.VERIFICATION : (r.restoreExitCode ?? errors/* ExitCode */.yU.OPERATIONAL),
                json: r,
                text: [
                    `drill ${verdict}: ${r.name} ${r.backupId ?? ''} → ${r.target}`,
                    `  RPO (backup age) ${r.rpoMs === undefined ? '?' : (0,format/* formatDuration */.a3)(r.rpoMs)}${r.maxAgeMs !== undefined ? ` (objective ${(0,format/* formatDuration */.a3)(r.maxAgeMs)})` : ''}, RTO (restore time) ${r.rtoMs === undefined ? '?' : (0,format/* formatDuration */.a3)(r.rtoMs)}${r.maxRestoreMs !== undefined ? ` (objective ${(0,format/* formatDuration */.a3)(r.maxRestoreMs)})` : ''}`,
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
                        ['RPO (backup age)', `${r.rpoMs === undefined ? '?' : (0,format/* formatDuration */.a3)(r.rpoMs)}${r.maxAgeMs !== undefined ? ` / objective ${(0,format/* formatDuration */.a3)(r.maxAgeMs)}` : ''}`],
                        ['RTO (restore time)', `${r.rtoMs === undefined ? '?' : (0,format/* formatDuration */.a3)(r.rtoMs)}${r.maxRestoreMs !== undefined ? ` / objective ${(0,format/* formatDuration */.a3)(r.maxRestoreMs)}` : ''}`],
                        ['Verdict', verdict],
                    ],
                },
            };
        }
        case 'prune': {
            const i = inputs;
            const r = await prune({
                from: i.from,
                name: i.name,
                policy: (0,schema/* retentionPolicy */.$Y)(i, label),
                dryRun: i['dry-run'],
                allowEmpty: i['allow-empty'],
                graceMs: i.grace ?? DEFAULT_GRACE_MS,
                lockWaitMs: i['lock-wait'] ?? 0,
                storageOptions,
            }, ctx);
            return {
                command,
                exitCode: errors/* ExitCode */.yU.OK,
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
            const i = inputs;
            const r = await unlock({ from: i.from, name: i.name, all: i.all, storageOptions }, ctx);
            return {
                command,
                exitCode: errors/* ExitCode */.yU.OK,
                json: r,
                text: [...r.removed.map((l) => `removed ${l}`), ...r.kept.map((l) => `kept (not expired; --all removes it) ${l}`), ...(r.removed.length + r.kept.length ? [] : ['no locks'])],
                summary: `## bakup unlock \`${i.name}\`\n\n${r.removed.length} lock(s) removed, ${r.kept.length} kept\n`,
                outputs: {},
            };
        }
        case 'copy': {
            const i = inputs;
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
                    ...rows.map(({ b, d }) => d.status === 'copied'
                        ? `copied  ${b.id}  ${(0,format/* formatBytes */.z3)(b.size ?? 0)}  to ${d.location}`
                        : d.status === 'skipped'
                            ? `skipped ${b.id}  already in ${d.location} (identical manifest)`
                            : `FAILED  ${b.id}  to ${d.location}: ${d.reason}`),
                    `${copied.length} copied, ${skipped.length} skipped, ${failed.length} failed; ${(0,format/* formatBytes */.z3)(r.bytesRead)} read in ${(0,format/* formatDuration */.a3)(r.durationMs)}`,
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
                        ['Read', (0,format/* formatBytes */.z3)(r.bytesRead)],
                        ['Duration', (0,format/* formatDuration */.a3)(r.durationMs)],
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
function storageOptionsOf(inputs, label) {
    const out = {};
    const labels = {};
    for (const o of config_options/* OPTIONS */.lw) {
        if (!o.storage)
            continue;
        labels[o.storage] = label(o.name);
        if (inputs[o.name] !== undefined)
            out[o.storage] = inputs[o.name];
    }
    out.labels = labels;
    return out;
}
const SCHEME_OF_PREFIX = { s3: 's3:', gcs: 'gs:', azure: 'azblob:', artifact: 'artifact:' };
/** A flag for a kind of store that the command does not use is most likely a mistake: say so. */
function warnUnusedStorageOptions(inputs, label, log) {
    const urls = [inputs.to, inputs.from].flat().filter((u) => typeof u === 'string');
    const schemes = new Set(urls.map((u) => /^([a-z][a-z0-9+.-]*:)\/\//i.exec(u.trim())?.[1]?.toLowerCase()));
    for (const o of config_options/* OPTIONS */.lw) {
        if (!o.storage || inputs[o.name] === undefined)
            continue;
        const scheme = SCHEME_OF_PREFIX[o.name.split('-')[0]];
        if (scheme && !schemes.has(scheme))
            log.warn(`${label(o.name)} has no effect: no ${scheme}// storage is used`);
    }
}
/**
 * Options of every source kind, by the names the sources define (MongoSourceOptions,
 * RedisSourceOptions, N8nSourceOptions); each source reads those that apply to it.
 */
function backupSourceOptions(i) {
    const o = {
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
    return o;
}
function restoreSourceOptions(i) {
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
async function restoreFromArchive(i, ctx) {
    const started = Date.now();
    const { restoreArchiveFile } = await Promise.all(/* import() */[__nccwpck_require__.e(245), __nccwpck_require__.e(737), __nccwpck_require__.e(589)]).then(__nccwpck_require__.bind(__nccwpck_require__, 589));
    const progress = new Progress(ctx.log, `restore ${i['from-archive']}`);
    try {
        const report = await restoreArchiveFile(i['from-archive'], i.target, restoreSourceOptions(i), { log: ctx.log, progress });
        for (const w of report.warnings)
            ctx.log.warn(w);
        const durationMs = Date.now() - started;
        return {
            command: 'restore',
            exitCode: errors/* ExitCode */.yU.OK,
            json: { archive: i['from-archive'], target: (0,redact/* redact */.E)(i.target), durationMs, summary: report.summary, warnings: report.warnings },
            text: [`restored ${i['from-archive']} into ${(0,redact/* redact */.E)(i.target)} in ${(0,format/* formatDuration */.a3)(durationMs)}  ${summaryCounts(report.summary)}`],
            summary: `## ✅ bakup restore of \`${i['from-archive']}\`\n\n${Object.entries(report.summary).map(([k, v]) => `- ${k}: ${v}`).join('\n')}\n`,
            outputs: { 'duration-seconds': (durationMs / 1000).toFixed(3) },
            facts: { command: 'restore', ok: true, headline: `restored ${i['from-archive']} into ${(0,redact/* redact */.E)(i.target)}`, fields: [['Duration', (0,format/* formatDuration */.a3)(durationMs)]] },
        };
    }
    finally {
        progress.stop();
    }
}
function decryptKeys(i) {
    return loadKeys({ identityFiles: i['identity-file'], identity: i.identity, passphraseFile: i['passphrase-file'], passphrase: i.passphrase });
}
function summaryCounts(summary) {
    return Object.entries(summary)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ');
}


/***/ }),

/***/ 6856:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ optionsFor),
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   lw: () => (/* binding */ OPTIONS),
/* harmony export */   rB: () => (/* binding */ inputNameOf)
/* harmony export */ });
/**
 * Every option of every command, in one table. The CLI builds its parser and
 * its --help from it; the action reads inputs of the same names (the
 * exceptions: the action's `storage` input is `--to` for backup and `--from`
 * for the other commands, and copy's `--to` is the input `copy-to`).
 * Validation lives in schema.ts.
 */
const COMMANDS = ['backup', 'restore', 'verify', 'list', 'prune', 'unlock', 'drill', 'copy'];
const ALL = COMMANDS;
const OPTIONS = [
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
function optionsFor(command) {
    return OPTIONS.filter((o) => o.commands.includes(command));
}
/** `s3-part-size` → `s3PartSize`. */
function camel(name) {
    return name.replace(/-([a-z0-9])/g, (_m, c) => c.toUpperCase());
}
/** A cloud store setting: every command opens a store, so every command takes it. */
function store(name, value, help) {
    return { name, type: 'string', commands: ALL, value, help, storage: camel(name) };
}
/**
 * The action input that carries an option: `storage` for --to (backup) and
 * --from (every other command), `copy-to` for copy's --to.
 */
function inputNameOf(option, command) {
    if (option === 'to' && command === 'copy')
        return 'copy-to';
    return option === 'to' || option === 'from' ? 'storage' : option;
}


/***/ }),

/***/ 90131:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ retentionPolicy),
/* harmony export */   tf: () => (/* binding */ validate)
/* harmony export */ });
/* unused harmony exports storageFields, BackupSchema, RestoreSchema, VerifySchema, ListSchema, PruneSchema, UnlockSchema, DrillSchema, CopySchema, SCHEMAS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(38816);
/* harmony import */ var _catalog_manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(35394);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(83916);
/* harmony import */ var _pipeline_compression_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(85568);
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(32693);
/* harmony import */ var _notify_slack_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(47569);






/**
 * One zod schema per command, shared by the CLI, the action and (later) a
 * config file: whatever the front end, a command gets the same validated
 * options and the same error wording.
 */
const nonEmpty = zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().trim().min(1, 'must not be empty');
const name = zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
    .trim()
    .regex(_catalog_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .NAME_PATTERN */ .Vh, "expected letters, digits, '.', '_' or '-', starting with a letter or digit, no path separators, at most 100");
const backupId = zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
    .trim()
    .regex(/^(latest|\d{8}T\d{6}Z-(full|incremental)-[0-9a-f]{4,})$/, "expected 'latest' or a backup id like 20261126T021500Z-full-3f9c");
const globs = zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(nonEmpty).default([]);
const encryptFields = {
    'encryption-recipients': zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(nonEmpty).default([]),
    'passphrase-file': nonEmpty.optional(),
    passphrase: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
};
const decryptFields = {
    'identity-file': zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(nonEmpty).default([]),
    identity: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    'passphrase-file': nonEmpty.optional(),
    passphrase: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
};
const posInt = zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
    .trim()
    .regex(/^[1-9]\d{0,5}$/, 'expected a whole number of at least 1')
    .transform(Number)
    .optional();
/** A byte size with an optional binary unit, within [min, max]. */
const size = (min, max) => zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
    .trim()
    .refine((t) => {
    const n = (0,_util_format_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSize */ .DB)(t);
    return n !== undefined && n >= min && n <= max;
}, `expected a size from ${min >> 10}KiB to ${max >> 20}MiB, e.g. 4MiB`)
    .transform((t) => (0,_util_format_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSize */ .DB)(t))
    .optional();
const redisBatchBytes = size(64 << 10, 1 << 30);
const serverSelectionTimeout = zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
    .trim()
    .refine((t) => {
    const ms = (0,_util_format_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(t);
    return ms !== undefined && ms >= 1 && ms <= 3_600_000;
}, 'expected a duration from 1ms to 1h, like 5s or 2m')
    .transform((t) => (0,_util_format_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(t))
    .optional();
const dbList = zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().trim().regex(/^\d{1,3}$/, 'expected a database number').transform(Number)).default([]);
/** Source-specific options a backup reads. */
const sourceBackupFields = {
    'ns-include': globs,
    'ns-exclude': globs,
    'parallel-collections': posInt,
    query: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    'read-preference': zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['primary', 'primaryPreferred', 'secondary', 'secondaryPreferred', 'nearest']).optional(),
    'include-system-dbs': zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    oplog: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().optional(),
    'no-oplog': zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    'server-selection-timeout': serverSelectionTimeout,
    'redis-batch-bytes': redisBatchBytes,
    'redis-format': zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['dump', 'portable', 'rdb']).default('dump'),
    db: dbList,
    'scan-count': posInt,
    'key-include': globs,
    'key-exclude': globs,
    workflow: globs,
    tag: globs,
    'active-only': zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    decrypted: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
};
/** Source-specific options a restore (and a drill) reads. */
const sourceRestoreFields = {
    'allow-older-target': zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    'ns-include': globs,
    'ns-exclude': globs,
    'ns-from': globs,
    'ns-to': globs,
    drop: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    'no-index-restore': zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    'insert-workers': posInt,
    'batch-size': posInt,
    'server-selection-timeout': serverSelectionTimeout,
    'stop-on-error': zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    'write-concern': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    'no-oplog-replay': zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    db: dbList,
    'key-include': globs,
    'key-exclude': globs,
    replace: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    flush: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    'db-map': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    'redis-batch-bytes': redisBatchBytes,
    workflow: globs,
    tag: globs,
    'active-only': zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
};
const notifyFields = {
    'slack-webhook-url': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().trim().url('expected an https:// Slack incoming webhook URL').optional(),
    notify: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(_notify_slack_js__WEBPACK_IMPORTED_MODULE_4__/* .NOTIFY_MODES */ .x5).default('always'),
};
const level = zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
    .trim()
    .regex(/^\d{1,2}$/, 'expected a whole number')
    .transform(Number)
    .optional();
const count = zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
    .trim()
    .regex(/^\d{1,6}$/, 'expected a whole number of backups')
    .transform(Number)
    .optional();
const duration = zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
    .trim()
    .refine((t) => (0,_util_format_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(t) !== undefined, 'expected a duration like 90s, 15m, 24h, 7d or 1h30m')
    .transform((t) => (0,_util_format_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(t))
    .optional();
/**
 * Cloud store settings (options.ts `storage`): passed to the backends as text,
 * which check them and name the flag in errors (storage/options.ts optionLabel).
 */
const setting = nonEmpty.optional();
const storageFields = {
    'retry-attempts': setting,
    'retry-base-ms': setting,
    'retry-max-ms': setting,
    'list-page-size': setting,
    's3-region': setting,
    's3-endpoint': setting,
    's3-force-path-style': setting,
    's3-part-size': setting,
    's3-concurrency': setting,
    's3-max-attempts': setting,
    's3-checksum-calculation': setting,
    's3-sse': setting,
    's3-sse-kms-key-id': setting,
    's3-storage-class': setting,
    's3-object-lock-mode': setting,
    's3-object-lock-days': setting,
    's3-object-lock-retain-until': setting,
    'gcs-endpoint': setting,
    'gcs-endpoint-auth': setting,
    'gcs-storage-class': setting,
    'gcs-chunk-size': setting,
    'azure-account': setting,
    'azure-endpoint': setting,
    'azure-access-tier': setting,
    'azure-block-size': setting,
    'azure-concurrency': setting,
    'artifact-retention-days': setting,
    'artifact-run-id': setting,
    'artifact-repository': setting,
    'artifact-staging-dir': setting,
};
const n8nFields = { 'n8n-api-key': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().trim().optional(), 'n8n-command': nonEmpty.optional(), 'n8n-timeout': duration };
const retentionFields = {
    'keep-last': count,
    'keep-hourly': count,
    'keep-daily': count,
    'keep-weekly': count,
    'keep-monthly': count,
    'keep-yearly': count,
    'keep-within': duration,
    retention: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    'allow-empty': zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
};
const RULE_NAMES = ['keep-last', 'keep-hourly', 'keep-daily', 'keep-weekly', 'keep-monthly', 'keep-yearly', 'keep-within'];
/**
 * The retention policy from the keep-* options and the one-string `retention`
 * form (`keep-daily=7 keep-weekly=4`, also `keep-daily: 7` lines); an option
 * given both ways takes the explicit value.
 */
function retentionPolicy(v, label) {
    const merged = {};
    if (typeof v.retention === 'string' && v.retention.trim()) {
        for (const token of v.retention.split(/[\s,]+(?=keep-)|\n/).map((t) => t.trim()).filter(Boolean)) {
            const m = /^(keep-[a-z]+)\s*[=:\s]\s*(\S+)$/.exec(token);
            if (!m || !RULE_NAMES.includes(m[1])) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${label('retention')}: cannot read '${token}'; expected rules like keep-daily=7 keep-weekly=4 (${RULE_NAMES.join(', ')})`);
            }
            merged[m[1]] = m[2];
        }
    }
    const parsed = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc(Object.fromEntries(RULE_NAMES.map((r) => [r, r === 'keep-within' ? duration : count]))).safeParse(merged);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${label('retention')}: ${String(issue.path[0])}: ${issue.message}`);
    }
    const get = (r) => v[r] ?? parsed.data[r];
    return {
        last: get('keep-last'),
        hourly: get('keep-hourly'),
        daily: get('keep-daily'),
        weekly: get('keep-weekly'),
        monthly: get('keep-monthly'),
        yearly: get('keep-yearly'),
        withinMs: get('keep-within'),
    };
}
const BackupSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    source: nonEmpty,
    incremental: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
        .trim()
        .toLowerCase()
        .transform((v) => (v === '' || v === 'true' ? 'on' : v === 'false' ? 'off' : v))
        .pipe(zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['on', 'auto', 'off'], { message: 'expected on, auto or off' }))
        .optional(),
    'identity-file': zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(nonEmpty).default([]),
    identity: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    to: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(nonEmpty).min(1, 'at least one storage URL is required'),
    name: name.optional(),
    include: globs,
    exclude: globs,
    compression: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(_pipeline_compression_js__WEBPACK_IMPORTED_MODULE_2__/* .COMPRESSIONS */ ._7).default((0,_pipeline_compression_js__WEBPACK_IMPORTED_MODULE_2__/* .zstdAvailable */ .xE)() ? 'zstd' : 'gzip'),
    'compression-level': level,
    'lock-wait': duration,
    ...retentionFields,
    ...encryptFields,
    ...n8nFields,
    ...sourceBackupFields,
    ...storageFields,
    json: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    ...notifyFields,
})
    .superRefine((v, ctx) => {
    if (v.oplog && v['no-oplog'])
        ctx.addIssue({ code: 'custom', path: ['no-oplog'], message: 'cannot be combined with oplog; give one of them' });
    const lvl = v['compression-level'];
    if (lvl === undefined)
        return;
    const [lo, hi] = v.compression === 'zstd' ? [1, 22] : v.compression === 'gzip' ? [1, 9] : [0, 0];
    if (lvl < lo || lvl > hi) {
        ctx.addIssue({ code: 'custom', path: ['compression-level'], message: v.compression === 'none' ? 'no level applies to compression none' : `expected ${lo}-${hi} for ${v.compression}` });
    }
});
const RestoreSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    from: nonEmpty.optional(),
    name: name.optional(),
    'from-archive': nonEmpty.optional(),
    'backup-id': backupId.default('latest'),
    at: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().trim().min(1, 'must not be empty').optional(),
    target: nonEmpty,
    overwrite: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    include: globs,
    exclude: globs,
    'allow-external-links': zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    'lock-wait': duration,
    ...decryptFields,
    ...n8nFields,
    ...sourceRestoreFields,
    activate: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    'dry-run': zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    ...storageFields,
    json: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    ...notifyFields,
}).superRefine((v, ctx) => {
    // Either a stored backup (--from and --name) or a mongodump archive file (--from-archive).
    if (v['from-archive'] !== undefined)
        return;
    if (v.from === undefined)
        ctx.addIssue({ code: 'custom', path: ['from'], message: 'is required (or --from-archive FILE)' });
    else if (v.name === undefined)
        ctx.addIssue({ code: 'custom', path: ['name'], message: 'is required' });
});
const VerifySchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    from: nonEmpty,
    name,
    'backup-id': zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz('all'), backupId]).default('latest'),
    deep: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    ...decryptFields,
    ...storageFields,
    json: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    ...notifyFields,
});
const ListSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    from: nonEmpty,
    name: name.optional(),
    ...storageFields,
    json: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    ...notifyFields,
});
const PruneSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    from: nonEmpty,
    name,
    ...retentionFields,
    'dry-run': zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    grace: duration,
    'lock-wait': duration,
    ...storageFields,
    json: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    ...notifyFields,
});
const UnlockSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    from: nonEmpty,
    name,
    all: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    ...storageFields,
    json: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    ...notifyFields,
});
const DrillSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    from: nonEmpty,
    name,
    'backup-id': backupId.default('latest'),
    target: nonEmpty,
    overwrite: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    'max-age': duration,
    'max-restore-time': duration,
    ...decryptFields,
    ...n8nFields,
    ...sourceRestoreFields,
    ...storageFields,
    json: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    ...notifyFields,
});
const CopySchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    from: nonEmpty,
    to: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(nonEmpty).min(1, 'at least one storage URL is required'),
    name,
    'backup-id': zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz('all'), backupId]).default('latest'),
    'lock-wait': duration,
    ...storageFields,
    json: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(false),
    ...notifyFields,
});
const SCHEMAS = { backup: BackupSchema, restore: RestoreSchema, verify: VerifySchema, list: ListSchema, prune: PruneSchema, unlock: UnlockSchema, drill: DrillSchema, copy: CopySchema };
/**
 * Validates raw options; the first problem becomes one UsageError line that
 * names the option as the user wrote it (`--name` on the CLI, `input 'name'`
 * in the action).
 */
function validate(command, raw, label) {
    const res = SCHEMAS[command].safeParse(raw);
    if (res.success)
        return res.data;
    const issue = res.error.issues[0];
    const option = String(issue.path[0] ?? '');
    const given = raw[option];
    let message = issue.message;
    if (given === undefined && (issue.code === 'invalid_type' || /required/i.test(message)))
        message = 'is required';
    else if (issue.code === 'invalid_value' && 'values' in issue)
        message = `expected one of ${issue.values.join(', ')}`;
    const shown = typeof given === 'string' && given.length < 200 ? ` (got '${given}')` : '';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${label(option)}: ${message}${given === undefined ? '' : shown}`);
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   KX: () => (/* binding */ asBakupError),
/* harmony export */   LE: () => (/* binding */ OperationalError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   mk: () => (/* binding */ VerificationError),
/* harmony export */   uv: () => (/* binding */ BakupError),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/**
 * Exit codes are part of the CLI contract (README "Exit codes"): scripts and the
 * action branch on them, so every failure is classified once, here.
 */
const ExitCode = {
    OK: 0,
    OPERATIONAL: 1,
    USAGE: 2,
    VERIFICATION: 3,
};
/** An error whose message is written for the user: printed as one line, never with a stack. */
class BakupError extends Error {
    exitCode;
    constructor(message, exitCode, options) {
        super(message, options);
        this.name = new.target.name;
        this.exitCode = exitCode;
    }
}
/** Invalid input or usage: a bad flag, a malformed URL, a missing source. Exit 2. */
class UsageError extends BakupError {
    constructor(message, options) {
        super(message, ExitCode.USAGE, options);
    }
}
/** Something failed while doing the work: I/O, network, a peer refusing. Exit 1. */
class OperationalError extends BakupError {
    constructor(message, options) {
        super(message, ExitCode.OPERATIONAL, options);
    }
}
/** Stored data does not match what the manifest promises (checksum, size, missing part, corruption). Exit 3. */
class VerificationError extends BakupError {
    constructor(message, options) {
        super(message, ExitCode.VERIFICATION, options);
    }
}
/** Node system errors carry a `code`; this reads it without `any`. */
function errorCode(err) {
    if (typeof err === 'object' && err !== null && 'code' in err) {
        const code = err.code;
        return typeof code === 'string' ? code : undefined;
    }
    return undefined;
}
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}
/**
 * Turns any thrown value into a BakupError. Unknown errors become operational
 * failures; their message is kept (redacted by the caller) but not their stack,
 * unless BAKUP_DEBUG is set.
 */
function asBakupError(err) {
    if (err instanceof BakupError)
        return err;
    const code = errorCode(err);
    const msg = errorMessage(err);
    return new OperationalError(code && !msg.includes(code) ? `${code}: ${msg}` : msg, { cause: err });
}


/***/ }),

/***/ 46135:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   MP: () => (/* binding */ compareNames),
/* harmony export */   N5: () => (/* binding */ FILE_INDEX_VERSION),
/* harmony export */   VV: () => (/* binding */ FILE_INDEX_BASENAME),
/* harmony export */   Vl: () => (/* binding */ nsToUtime),
/* harmony export */   Wi: () => (/* binding */ nsToSeconds),
/* harmony export */   Ym: () => (/* binding */ encodeRecord),
/* harmony export */   cD: () => (/* binding */ comparePaths),
/* harmony export */   gN: () => (/* binding */ parentOf),
/* harmony export */   hN: () => (/* binding */ recordProblem),
/* harmony export */   i5: () => (/* binding */ FILE_INDEX_FORMAT),
/* harmony export */   pB: () => (/* binding */ FILE_INDEX_KIND)
/* harmony export */ });
/* unused harmony export badPath */
/* harmony import */ var _catalog_manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(35394);

/**
 * The file index of a directory backup (SPEC.md beside this file): one JSON
 * line per entry of the tree at the backup's point, in path order, naming for
 * each file the backup whose tar holds its content. Incremental backups are
 * planned by merging the current walk with the parent's index, and restores
 * by merging each tar of the chain with the index of the restored point; both
 * are merges of two sorted streams, so the order below is the whole contract.
 */
const FILE_INDEX_FORMAT = 'bakup/file-index';
const FILE_INDEX_VERSION = 1;
const FILE_INDEX_KIND = 'file-index';
const FILE_INDEX_BASENAME = 'files.index.jsonl';
/**
 * Path order: component by component, each compared as UTF-8 bytes (a shorter
 * prefix first). That is the order of a depth-first walk that visits the
 * names of each directory sorted by their bytes, so `a` < `a/z` < `a-b`.
 * Implemented as a byte comparison in which '/' ranks below every other byte
 * (no name contains '/' or NUL, and UTF-8 continuation bytes never equal '/').
 */
function comparePaths(a, b) {
    if (a === b)
        return 0;
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
        let cx = x[i];
        let cy = y[i];
        if (cx === cy)
            continue;
        if (cx === 0x2f)
            cx = 0;
        if (cy === 0x2f)
            cy = 0;
        return cx - cy;
    }
    return x.length - y.length;
}
/** The order of names inside one directory (UTF-8 bytes), which makes a depth-first walk follow comparePaths. */
function compareNames(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
function parentOf(p) {
    const i = p.lastIndexOf('/');
    return i < 0 ? '' : p.slice(0, i);
}
/** True when `p` lies inside directory `dir` ('' is the root, which holds everything else). */
function isInside(p, dir) {
    return dir === '' ? p !== '' : p.length > dir.length && p.startsWith(dir) && p.charCodeAt(dir.length) === 0x2f;
}
/** Why a path cannot be in an index (absolute, '..', empty components…), or undefined when it is fine. */
function badPath(p) {
    if (p === '')
        return undefined;
    if (p.includes('\0'))
        return 'contains NUL';
    if (p.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(p))
        return 'is absolute';
    for (const part of p.split('/')) {
        if (part === '')
            return 'has an empty component';
        if (part === '.' || part === '..')
            return `has a '${part}' component`;
    }
    return undefined;
}
const SHA256 = /^[0-9a-f]{64}$/;
const NS = /^-?\d{1,22}$/;
/** Checks one decoded line; returns why it is not a valid record, or undefined. */
function recordProblem(r) {
    if (typeof r !== 'object' || r === null)
        return 'not an object';
    const x = r;
    if (typeof x.p !== 'string')
        return 'no path';
    const bad = badPath(x.p);
    if (bad)
        return `path '${x.p.slice(0, 200)}' ${bad}`;
    if (!['f', 'd', 'l', 'h'].includes(x.t))
        return `unknown type '${String(x.t)}'`;
    if (!Number.isInteger(x.m) || x.m < 0 || x.m > 0o7777)
        return 'bad mode';
    if (typeof x.mt !== 'string' || !NS.test(x.mt))
        return 'bad mtime';
    for (const k of ['uid', 'gid'])
        if (x[k] !== undefined && (!Number.isInteger(x[k]) || x[k] < 0))
            return `bad ${k}`;
    if (x.p === '' && x.t !== 'd')
        return 'the root is not a directory';
    if (x.t === 'f' || x.t === 'h') {
        if (!Number.isSafeInteger(x.s) || x.s < 0)
            return 'bad size';
        if (typeof x.sha !== 'string' || !SHA256.test(x.sha))
            return 'bad sha';
    }
    if (x.t === 'f') {
        if (x.s > 0) {
            if (typeof x.in !== 'string' || !_catalog_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .BACKUP_ID_PATTERN */ .yU.test(x.in))
                return 'a file with content names no backup holding it';
        }
        else if (x.in !== undefined)
            return 'an empty file names a backup holding its content';
        if (x.ct !== undefined && (typeof x.ct !== 'string' || !NS.test(x.ct)))
            return 'bad ctime';
    }
    if (x.t === 'l' || x.t === 'h') {
        if (typeof x.to !== 'string' || x.to === '' || x.to.includes('\0'))
            return 'bad link target';
    }
    if (x.t === 'h') {
        const b = badPath(x.to);
        if (b)
            return `hard link target ${b}`;
        if (comparePaths(x.to, x.p) >= 0)
            return 'a hard link names a later path as its first name';
    }
    return undefined;
}
/** One JSON line (with its newline); keys in a fixed order so equal trees give equal bytes. */
function encodeRecord(r) {
    const o = { p: r.p, t: r.t, m: r.m, mt: r.mt };
    if (r.uid !== undefined)
        o.uid = r.uid;
    if (r.gid !== undefined)
        o.gid = r.gid;
    if (r.s !== undefined)
        o.s = r.s;
    if (r.sha !== undefined)
        o.sha = r.sha;
    if (r.in !== undefined)
        o.in = r.in;
    if (r.ct !== undefined)
        o.ct = r.ct;
    if (r.to !== undefined)
        o.to = r.to;
    return `${JSON.stringify(o)}\n`;
}
/** Nanoseconds (BigInt) to whole seconds, rounding down also before 1970 (what a directory walk reports). */
function nsToSeconds(ns) {
    const q = ns / 1000000000n;
    return Number(ns < 0n && q * 1000000000n !== ns ? q - 1n : q);
}
/** Nanoseconds to fractional seconds for utimes (microsecond precision survives the double). */
function nsToUtime(ns) {
    const s = nsToSeconds(ns);
    return s + Number(ns - BigInt(s) * 1000000000n) / 1e9;
}


/***/ }),

/***/ 98883:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FileIndexReader: () => (/* binding */ FileIndexReader)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(46135);


/** No line of a valid index comes near this; a longer one is garbage, not something to buffer. */
const MAX_LINE = 1 << 20;
/** Splits a byte stream into lines without decoding across chunk boundaries; memory is one line. */
async function* lines(stream, what) {
    let rest;
    for await (const chunk of stream) {
        let buf = rest ? Buffer.concat([rest, chunk]) : chunk;
        let start = 0;
        for (;;) {
            const nl = buf.indexOf(0x0a, start);
            if (nl < 0)
                break;
            yield buf.toString('utf8', start, nl);
            start = nl + 1;
        }
        buf = buf.subarray(start);
        if (buf.length > MAX_LINE)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`${what}: a line longer than ${MAX_LINE} bytes; not a file index`);
        rest = buf.length ? Buffer.from(buf) : undefined;
    }
    if (rest?.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`${what}: ends inside a line (truncated)`);
}
/**
 * Reads a file index, checking everything a restore relies on before it is
 * used: the header, every record's fields, strictly increasing path order (no
 * duplicates), the root first, every entry's parent being a directory of the
 * index (so no path ever passes through a symlink), and the trailer's count
 * (so a truncated index is an error, not a smaller tree). Records come one at
 * a time; memory holds the current line and the chain of parent directories.
 */
class FileIndexReader {
    stream;
    what;
    input;
    parsedHeader;
    started = false;
    /** Records read so far (all of them once records() has finished). */
    entries = 0;
    constructor(stream, what) {
        this.stream = stream;
        this.what = what;
        this.input = lines(stream, what);
    }
    fail(msg) {
        this.stream.destroy();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`${this.what}: ${msg}`);
    }
    parse(line, n) {
        try {
            const v = JSON.parse(line);
            if (typeof v !== 'object' || v === null || Array.isArray(v))
                this.fail(`line ${n} is not a JSON object`);
            return v;
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk)
                throw err;
            this.fail(`line ${n} is not JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)})`);
        }
    }
    /** The first line; reading it also proves the index can be decrypted and decompressed. */
    async header() {
        if (this.parsedHeader)
            return this.parsedHeader;
        const first = await this.input.next();
        if (first.done)
            this.fail('empty');
        const h = this.parse(first.value, 1);
        if (h.format !== _format_js__WEBPACK_IMPORTED_MODULE_1__/* .FILE_INDEX_FORMAT */ .i5)
            this.fail(`not a file index (format '${String(h.format)}')`);
        if (typeof h.version !== 'number' || h.version > _format_js__WEBPACK_IMPORTED_MODULE_1__/* .FILE_INDEX_VERSION */ .N5) {
            this.fail(`file index version ${String(h.version)} is newer than this build reads (${_format_js__WEBPACK_IMPORTED_MODULE_1__/* .FILE_INDEX_VERSION */ .N5})`);
        }
        if (typeof h.backup !== 'string' || typeof h.started !== 'string' || Number.isNaN(Date.parse(h.started)))
            this.fail('the header lacks backup or started');
        this.parsedHeader = h;
        return this.parsedHeader;
    }
    /** Every record, checked; throws at the end when the trailer is missing or disagrees. Can be iterated once. */
    async *records() {
        if (this.started)
            throw new Error('a file index can be read once');
        this.started = true;
        await this.header();
        let prev;
        let trailer;
        const dirs = [];
        try {
            for await (const line of this.input) {
                if (trailer !== undefined)
                    this.fail('records after the end line');
                const v = this.parse(line, this.entries + 2);
                if (v.end === true) {
                    trailer = typeof v.entries === 'number' ? v.entries : -1;
                    continue;
                }
                const problem = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .recordProblem */ .hN)(v);
                if (problem)
                    this.fail(`record ${this.entries + 1}: ${problem}`);
                const r = v;
                if (prev === undefined) {
                    if (r.p !== '')
                        this.fail('the first record is not the root');
                }
                else {
                    if ((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .comparePaths */ .cD)(prev, r.p) >= 0)
                        this.fail(`'${r.p}' is out of order (after '${prev}')`);
                    const parent = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .parentOf */ .gN)(r.p);
                    while (dirs.length && dirs[dirs.length - 1] !== parent)
                        dirs.pop();
                    if (!dirs.length)
                        this.fail(`the parent of '${r.p}' is not a directory of the index`);
                }
                if (r.t === 'd')
                    dirs.push(r.p);
                prev = r.p;
                this.entries++;
                yield r;
            }
        }
        finally {
            // A consumer that stops early releases the stored object instead of leaving it paused.
            if (trailer === undefined)
                this.stream.destroy();
        }
        if (trailer === undefined)
            this.fail('no end line (truncated)');
        if (trailer !== this.entries)
            this.fail(`the end line counts ${trailer} entries, the index holds ${this.entries}`);
    }
    /** Releases the stream without reading further. */
    close() {
        this.stream.destroy();
    }
}


/***/ }),

/***/ 47569:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _2: () => (/* binding */ failureFacts),
/* harmony export */   g9: () => (/* binding */ notifySlack),
/* harmony export */   x5: () => (/* binding */ NOTIFY_MODES)
/* harmony export */ });
/* unused harmony exports runUrl, slackPayload */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(50767);


const NOTIFY_MODES = ['always', 'failure', 'never'];
/** The link to this workflow run, when running on GitHub. */
function runUrl(env = process.env) {
    const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
    return GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}` : undefined;
}
/** One Block Kit message per run: verdict, what and where, figures, and the run link. */
function slackPayload(facts, env = process.env) {
    const title = `${facts.ok ? '✅' : '❌'} bakup ${facts.command}${facts.name ? ` \`${facts.name}\`` : ''} ${facts.ok ? 'succeeded' : 'FAILED'}`;
    const url = runUrl(env);
    const fields = facts.fields.slice(0, 10).map(([k, v]) => ({ type: 'mrkdwn', text: `*${k}*\n${(0,_util_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(v).slice(0, 500)}` }));
    const blocks = [
        { type: 'section', text: { type: 'mrkdwn', text: `*${title}*\n${(0,_util_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(facts.headline).slice(0, 2500)}` } },
    ];
    if (fields.length)
        blocks.push({ type: 'section', fields });
    if (url)
        blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `<${url}|${env.GITHUB_REPOSITORY} run ${env.GITHUB_RUN_ID}>` }] });
    return { text: (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(`${title}: ${facts.headline}`).slice(0, 3000), blocks };
}
/**
 * Posts to a Slack incoming webhook. A failed notification is logged and never
 * changes the outcome of the backup it reports on.
 */
async function notifySlack(webhookUrl, mode, facts, log) {
    if (!webhookUrl || mode === 'never' || (mode === 'failure' && facts.ok))
        return false;
    try {
        const res = await fetch(webhookUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(slackPayload(facts)),
            signal: AbortSignal.timeout(15_000),
        });
        if (!res.ok) {
            log.warn(`Slack notification failed: HTTP ${res.status} ${(await res.text().catch(() => '')).slice(0, 200)}`);
            return false;
        }
        log.info('Slack notified');
        return true;
    }
    catch (err) {
        log.warn(`Slack notification failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
        return false;
    }
}
/** What a notification says when a command failed before producing a result. */
function failureFacts(command, name, err) {
    return { command, ok: false, name, headline: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err), fields: [] };
}


/***/ }),

/***/ 51189:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ PIPELINE_CHUNK),
/* harmony export */   W: () => (/* binding */ STREAM_CHUNK)
/* harmony export */ });
/**
 * One buffer size for every stage we own. Peak memory is roughly the bundle's
 * baseline, plus the bytes in flight (a few buffers per stage), plus the
 * garbage V8 lets build up before its external-memory GC (~64 MiB); smaller
 * buffers keep the middle term small without costing throughput.
 */
const STREAM_CHUNK = 64 * 1024;
/**
 * The step between the stages of an artifact's write and read pipelines
 * (hash, compress, encrypt, hash, store). Every step of a zlib stream is a
 * round trip to the libuv pool and back, and every step of every stage costs
 * its stream bookkeeping: with 16–64 KiB steps a zstd backup spent more time
 * handing chunks between threads than compressing them (on a busy 2-core
 * machine each hand-off waits for a core). A few such buffers per stage are
 * still small next to the ~64 MiB of garbage V8 lets build up.
 */
const PIPELINE_CHUNK = 256 * 1024;


/***/ }),

/***/ 85568:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _7: () => (/* binding */ COMPRESSIONS),
/* harmony export */   e: () => (/* binding */ compressor),
/* harmony export */   je: () => (/* binding */ extensionOf),
/* harmony export */   ni: () => (/* binding */ decompressor),
/* harmony export */   tf: () => (/* binding */ requireZstd),
/* harmony export */   xE: () => (/* binding */ zstdAvailable)
/* harmony export */ });
/* unused harmony export blockCompressor */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(83916);
/* harmony import */ var _buffers_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(51189);




const COMPRESSIONS = ['none', 'gzip', 'zstd'];
/** zstd is in node:zlib from Node 22.15 / 23.8; older runtimes (the CLI on Node 20) fall back to gzip. */
function zstdAvailable() {
    return typeof node_zlib__WEBPACK_IMPORTED_MODULE_0__.createZstdCompress === 'function';
}
/** Fails, naming the runtime, where this Node.js cannot write zstd. */
function requireZstd() {
    if (!zstdAvailable())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`compression 'zstd' needs Node.js >= 22.15 (this is ${process.version}); use gzip`);
}
function extensionOf(c) {
    return c === 'gzip' ? '.gz' : c === 'zstd' ? '.zst' : '';
}
/**
 * A zlib compressor (gzip, zstd) fed in PIPELINE_CHUNK steps,
 * whatever size of chunks arrive. Each step of a zlib stream is a round trip
 * to the libuv pool; with the 64 KiB chunks sources write (and zlib's 16 KiB
 * default output), a zstd backup spent more time handing buffers between
 * threads than compressing. Input is gathered into two buffers that are
 * reused: zlib is done with an input buffer once its write callback has run
 * (deflate and zstd copy what they keep into their own window), so gathering
 * costs one copy and no garbage. Output comes in PIPELINE_CHUNK pieces too.
 * Used for compression (backups); see decompressor() for restores.
 */
class BatchedZlib extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Duplex {
    inner;
    free = [];
    current;
    fill = 0;
    /** The rest of a _write that waits for a buffer to come back. */
    waiting;
    constructor(inner) {
        super({ readableHighWaterMark: _buffers_js__WEBPACK_IMPORTED_MODULE_3__/* .PIPELINE_CHUNK */ .D, writableHighWaterMark: _buffers_js__WEBPACK_IMPORTED_MODULE_3__/* .PIPELINE_CHUNK */ .D });
        this.inner = inner;
        for (let i = 0; i < 2; i++)
            this.free.push(Buffer.allocUnsafe(_buffers_js__WEBPACK_IMPORTED_MODULE_3__/* .PIPELINE_CHUNK */ .D));
        inner.on('data', (chunk) => {
            if (!this.push(chunk))
                inner.pause();
        });
        inner.once('end', () => this.push(null));
        inner.on('error', (err) => this.destroy(err));
    }
    _read() {
        this.inner.resume();
    }
    _write(chunk, _enc, cb) {
        let off = 0;
        const fillFrom = () => {
            while (off < chunk.length) {
                if (!this.current) {
                    this.current = this.free.pop();
                    if (!this.current) {
                        this.waiting = fillFrom;
                        return;
                    }
                }
                const n = chunk.copy(this.current, this.fill, off);
                this.fill += n;
                off += n;
                if (this.fill === _buffers_js__WEBPACK_IMPORTED_MODULE_3__/* .PIPELINE_CHUNK */ .D)
                    this.send();
            }
            cb();
        };
        fillFrom();
    }
    send() {
        const buf = this.current;
        const body = this.fill === buf.length ? buf : buf.subarray(0, this.fill);
        this.current = undefined;
        this.fill = 0;
        this.inner.write(body, (err) => {
            if (err)
                return; // the inner stream's 'error' destroys this one
            this.free.push(buf);
            const resume = this.waiting;
            this.waiting = undefined;
            resume?.();
        });
    }
    _final(cb) {
        if (this.fill > 0)
            this.send();
        this.inner.end();
        cb();
    }
    _destroy(err, cb) {
        this.inner.destroy();
        cb(err);
    }
}
/**
 * The compressor for bytes that arrive in any size of chunks (the in-thread
 * encode stages, a source's 64 KiB writes): fed to zlib in PIPELINE_CHUNK steps.
 */
function compressor(c, level) {
    return c === 'none' ? new node_stream__WEBPACK_IMPORTED_MODULE_1__.PassThrough() : new BatchedZlib(blockCompressor(c, level));
}
/**
 * zlib's own compressor (256 KiB output pieces), for input that already comes
 * in PIPELINE_CHUNK blocks: the encode worker's (worker-encoder.ts gathers
 * them). Gathering them again would cost a copy of every byte; the bytes out
 * are the same either way (zstd and deflate output does not depend on how the
 * input is cut when nothing flushes before the end).
 */
function blockCompressor(c, level) {
    switch (c) {
        case 'gzip':
            return node_zlib__WEBPACK_IMPORTED_MODULE_0__.createGzip({ level: level ?? 6, chunkSize: _buffers_js__WEBPACK_IMPORTED_MODULE_3__/* .PIPELINE_CHUNK */ .D });
        case 'zstd': {
            requireZstd();
            const z = node_zlib__WEBPACK_IMPORTED_MODULE_0__;
            const params = {};
            if (level !== undefined)
                params[z.constants.ZSTD_c_compressionLevel] = level;
            return z.createZstdCompress({ chunkSize: _buffers_js__WEBPACK_IMPORTED_MODULE_3__/* .PIPELINE_CHUNK */ .D, params });
        }
    }
}
/**
 * Decompressors step in PIPELINE_CHUNK pieces too. With zlib's defaults (zstd 16 KiB, and gunzip at 64 KiB)
 * every 16 KiB of a restore was a round trip to the libuv pool and a file write of its own: a 2 GiB files
 * restore took 18–19 s, 10–11 s with 256 KiB steps, at the same peak RSS (bench/README.md, files). An
 * earlier measurement, before reads scavenged (util/scavenge.ts), had larger pieces cost a third more memory.
 */
function decompressor(c) {
    switch (c) {
        case 'none':
            return new node_stream__WEBPACK_IMPORTED_MODULE_1__.PassThrough();
        case 'gzip':
            return node_zlib__WEBPACK_IMPORTED_MODULE_0__.createGunzip({ chunkSize: _buffers_js__WEBPACK_IMPORTED_MODULE_3__/* .PIPELINE_CHUNK */ .D });
        case 'zstd':
            if (!zstdAvailable())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`this backup is zstd-compressed; restoring it needs Node.js >= 22.15 (this is ${process.version})`);
            return node_zlib__WEBPACK_IMPORTED_MODULE_0__.createZstdDecompress({ chunkSize: _buffers_js__WEBPACK_IMPORTED_MODULE_3__/* .PIPELINE_CHUNK */ .D });
    }
}


/***/ }),

/***/ 64366:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JO: () => (/* binding */ tarEnd),
/* harmony export */   M$: () => (/* binding */ tarHeaderBytes),
/* harmony export */   O_: () => (/* binding */ tarEntries),
/* harmony export */   hB: () => (/* binding */ readEntry),
/* harmony export */   rW: () => (/* binding */ TarWriter),
/* harmony export */   vr: () => (/* binding */ tarPadding),
/* harmony export */   wK: () => (/* binding */ skipEntry)
/* harmony export */ });
/* unused harmony export tarPathOf */
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(98697);
/* harmony import */ var _util_streams_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(44177);


const ZERO = Buffer.alloc(1024);
function tarPathOf(rel, isDir) {
    if (rel === '')
        return './';
    return `./${rel}${isDir ? '/' : ''}`;
}
/**
 * The header block(s) of one entry named `e.path` exactly as given (TarWriter.header names a walk's relative
 * paths './…'); a pax extended header comes first when a field does not fit the ustar block.
 */
function tarHeaderBytes(e) {
    const h = new tar__WEBPACK_IMPORTED_MODULE_0__/* .Header */ .Y9({
        path: e.path,
        type: e.type,
        mode: e.mode & 0o7777,
        uid: e.uid,
        gid: e.gid,
        uname: e.uname,
        gname: e.gname,
        size: e.type === 'File' ? e.size : 0,
        mtime: e.mtime,
        linkpath: e.linkpath,
    });
    const block = Buffer.alloc(512);
    if (!h.encode(block, 0))
        return block;
    const pax = new tar__WEBPACK_IMPORTED_MODULE_0__/* .Pax */ .un({ path: h.path, linkpath: h.linkpath, size: h.size, mtime: e.mtime, uid: e.uid, gid: e.gid });
    return Buffer.concat([pax.encode(), block]);
}
/** Zero padding after `size` bytes of content, to the next 512-byte block (empty when none is needed). */
function tarPadding(size) {
    const rem = size % 512;
    return ZERO.subarray(0, rem ? 512 - rem : 0);
}
/** The two zero blocks that end an archive. */
function tarEnd() {
    return Buffer.from(ZERO);
}
class TarWriter {
    out;
    constructor(out) {
        this.out = out;
    }
    async header(e) {
        const linkpath = e.type === 'Link' ? tarPathOf(e.linkpath ?? '', false) : e.linkpath;
        await (0,_util_streams_js__WEBPACK_IMPORTED_MODULE_1__/* .writeWithBackpressure */ .cd)(this.out, tarHeaderBytes({ ...e, path: tarPathOf(e.path, e.type === 'Directory'), linkpath }));
    }
    async data(chunk) {
        await (0,_util_streams_js__WEBPACK_IMPORTED_MODULE_1__/* .writeWithBackpressure */ .cd)(this.out, chunk);
    }
    /** Zero padding after `size` bytes of content, to the next 512-byte block. */
    async pad(size) {
        const padding = tarPadding(size);
        if (padding.length)
            await (0,_util_streams_js__WEBPACK_IMPORTED_MODULE_1__/* .writeWithBackpressure */ .cd)(this.out, padding);
    }
    /** The two zero blocks that end an archive; ends the stream. */
    async finish() {
        await (0,_util_streams_js__WEBPACK_IMPORTED_MODULE_1__/* .writeWithBackpressure */ .cd)(this.out, tarEnd());
        this.out.end();
    }
}
/**
 * A tar stream as an async sequence of entries. node-tar's parser emits the
 * next entry only after the current one has ended, and stops asking for input
 * while an entry is not being read, so memory stays at a chunk or two. The
 * consumer must read or resume() each entry before asking for the next.
 */
async function* tarEntries(input) {
    const parser = new tar__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX({ strict: true });
    const queue = [];
    let ended = false;
    let error;
    let wake;
    // The entry the consumer is reading: a failure of the input must reach it, or its reader waits forever.
    let current;
    const notify = () => {
        const w = wake;
        wake = undefined;
        w?.();
    };
    const fail = (err) => {
        error ??= err;
        if (current && !current.emittedEnd)
            current.destroy(error);
        notify();
    };
    parser.on('entry', (e) => {
        queue.push(e);
        notify();
    });
    parser.on('error', fail);
    parser.on('end', () => {
        ended = true;
        notify();
    });
    input.on('error', fail);
    input.pipe(parser);
    try {
        for (;;) {
            if (error)
                throw error;
            const e = queue.shift();
            if (e) {
                // The consumer listens while it reads; this keeps a failure between reads from being an unhandled 'error'.
                e.on('error', () => undefined);
                current = e;
                yield e;
                current = undefined;
                continue;
            }
            if (ended)
                return;
            await new Promise((resolve) => (wake = resolve));
        }
    }
    finally {
        input.unpipe(parser);
        if (!ended)
            input.destroy();
    }
}
/**
 * Reads an entry to its end, handing each chunk to `onChunk` and waiting for it (the entry is paused
 * meanwhile, which pauses the parser and the input). Listens for errors the whole time: a failing input
 * destroys the entry at any moment, also between chunks.
 */
async function readEntry(e, onChunk) {
    if (e.emittedEnd)
        return;
    await new Promise((resolve, reject) => {
        const cleanup = () => {
            e.off('data', onData);
            e.off('end', onEnd);
            e.off('error', fail);
        };
        const fail = (err) => {
            cleanup();
            reject(err);
        };
        const onEnd = () => {
            cleanup();
            resolve();
        };
        const onData = (chunk) => {
            const r = onChunk(chunk);
            if (r) {
                e.pause();
                r.then(() => e.resume(), fail);
            }
        };
        e.once('error', fail);
        e.once('end', onEnd);
        // Adding a 'data' listener starts the flow (minipass); resuming again here would let a second chunk
        // through while the first is still being written.
        e.on('data', onData);
    });
}
/** Reads an entry to its end, discarding its content. */
function skipEntry(e) {
    return readEntry(e, () => undefined);
}


/***/ }),

/***/ 72922:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ LocalStorage)
/* harmony export */ });
/* unused harmony export LOCAL_TEMP_MARK */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__nccwpck_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(83916);
/* harmony import */ var _storage_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(32912);
/* harmony import */ var _pipeline_buffers_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(51189);









/** Marks files being written; never listed, swept by prune after a grace period. */
const LOCAL_TEMP_MARK = '.bakup-tmp-';
/**
 * A folder on a local or mounted filesystem. A put writes to a hidden temporary
 * name beside the final one, fsyncs it and renames it into place, so a reader
 * (or a crash) never sees a partial object.
 */
class LocalStorage {
    root;
    location;
    constructor(root) {
        this.root = root;
        this.root = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(root);
        this.location = (0,node_url__WEBPACK_IMPORTED_MODULE_5__.pathToFileURL)(this.root).href;
    }
    pathOf(key) {
        return node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.root, ...(0,_storage_js__WEBPACK_IMPORTED_MODULE_7__/* .checkKey */ .yR)(key).split('/'));
    }
    async put(key, body, opts = {}) {
        const final = this.pathOf(key);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(final), { recursive: true });
        const temp = node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(final), `${LOCAL_TEMP_MARK}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.randomBytes)(6).toString('hex')}-${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(final)}`);
        try {
            const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(temp, { flags: 'wx' });
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(body, out, { signal: opts.signal });
            const fh = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open(temp, 'r');
            try {
                await fh.sync();
            }
            finally {
                await fh.close();
            }
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename(temp, final);
        }
        catch (err) {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(temp, { force: true });
            throw err;
        }
        await syncDir(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(final));
        const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat(final);
        return { key, size: st.size, modified: st.mtime };
    }
    async putIfAbsent(key, body) {
        const final = this.pathOf(key);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(final), { recursive: true });
        const temp = node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(final), `${LOCAL_TEMP_MARK}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.randomBytes)(6).toString('hex')}-${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(final)}`);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile(temp, body, { flag: 'wx' });
        try {
            // link(2) fails with EEXIST instead of replacing: a complete object appears atomically, or nothing does.
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link(temp, final);
            return true;
        }
        catch (err) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorCode */ .CA)(err) === 'EEXIST')
                return false;
            throw err;
        }
        finally {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(temp, { force: true });
        }
    }
    async get(key) {
        try {
            const fh = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open(this.pathOf(key), 'r');
            return fh.createReadStream({ highWaterMark: _pipeline_buffers_js__WEBPACK_IMPORTED_MODULE_8__/* .STREAM_CHUNK */ .W });
        }
        catch (err) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorCode */ .CA)(err) === 'ENOENT' || (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorCode */ .CA)(err) === 'EISDIR')
                throw new _storage_js__WEBPACK_IMPORTED_MODULE_7__/* .NotFoundError */ .m_(this.location, key);
            throw err;
        }
    }
    async stat(key) {
        try {
            const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat(this.pathOf(key));
            return st.isFile() ? { key, size: st.size, modified: st.mtime } : undefined;
        }
        catch (err) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorCode */ .CA)(err) === 'ENOENT' || (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorCode */ .CA)(err) === 'ENOTDIR')
                return undefined;
            throw err;
        }
    }
    async *list(prefix) {
        // Start at the deepest directory the prefix names, then filter by the full prefix.
        const slash = prefix.lastIndexOf('/');
        const dirKey = slash >= 0 ? prefix.slice(0, slash) : '';
        const start = dirKey ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.root, ...dirKey.split('/')) : this.root;
        yield* this.walk(start, dirKey, prefix);
    }
    async *walk(dir, dirKey, prefix) {
        let handle;
        try {
            handle = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.opendir(dir);
        }
        catch (err) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorCode */ .CA)(err) === 'ENOENT' || (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorCode */ .CA)(err) === 'ENOTDIR')
                return;
            throw err;
        }
        for await (const entry of handle) {
            if (entry.name.startsWith(LOCAL_TEMP_MARK))
                continue;
            const key = dirKey ? `${dirKey}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (key.startsWith(prefix) || prefix.startsWith(`${key}/`))
                    yield* this.walk(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, entry.name), key, prefix);
            }
            else if (entry.isFile() && key.startsWith(prefix)) {
                const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, entry.name)).catch(() => undefined);
                if (st)
                    yield { key, size: st.size, modified: st.mtime };
            }
        }
    }
    async sweepIncomplete(prefix, olderThan) {
        let removed = 0;
        const walk = async (dir) => {
            let entries;
            try {
                entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir(dir, { withFileTypes: true });
            }
            catch {
                return;
            }
            for (const e of entries) {
                const full = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, e.name);
                if (e.isDirectory())
                    await walk(full);
                else if (e.name.startsWith(LOCAL_TEMP_MARK)) {
                    const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat(full).catch(() => undefined);
                    if (st && st.mtime < olderThan) {
                        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(full, { force: true });
                        removed++;
                    }
                }
            }
        };
        await walk(prefix ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.root, ...prefix.replace(/\/+$/, '').split('/')) : this.root);
        return removed;
    }
    async delete(key) {
        const file = this.pathOf(key);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(file, { force: true });
        // Leave no empty backup folders behind; stop at the root or the first non-empty one.
        let dir = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file);
        while (dir.startsWith(this.root + node_path__WEBPACK_IMPORTED_MODULE_2__.sep)) {
            try {
                await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rmdir(dir);
            }
            catch {
                break;
            }
            dir = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(dir);
        }
    }
}
async function syncDir(dir) {
    try {
        const fh = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open(dir, 'r');
        try {
            await fh.sync();
        }
        finally {
            await fh.close();
        }
    }
    catch {
        // Some filesystems refuse fsync on directories; the rename itself is still atomic.
    }
}


/***/ }),

/***/ 40959:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ optString),
/* harmony export */   Fq: () => (/* binding */ namesAnOption),
/* harmony export */   LQ: () => (/* binding */ optEnum),
/* harmony export */   Pb: () => (/* binding */ endpointUrl),
/* harmony export */   S5: () => (/* binding */ optBool),
/* harmony export */   cp: () => (/* binding */ parseContainerUrl),
/* harmony export */   ed: () => (/* binding */ optionLabel),
/* harmony export */   fM: () => (/* binding */ optInt),
/* harmony export */   fS: () => (/* binding */ optionName)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(50767);
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(32693);



/**
 * Readers for StorageOptions values, which arrive as strings (action inputs,
 * CLI flags, bakup.yml) or already typed (library use). Each failure names the
 * option and what it expects.
 */
/**
 * How an error names an option: the front end passes `labels` (`s3PartSize` →
 * `--s3-part-size` on the CLI, `input 's3-part-size'` in the action), so the
 * user reads the name they typed; library callers see `storage option s3PartSize`.
 */
function optionLabel(opts, name) {
    const labels = opts.labels;
    return (labels && typeof labels === 'object' && typeof labels[name] === 'string' ? labels[name] : undefined) ?? `storage option ${name}`;
}
/** An option named inside a message: the front end's name, or the bare key. */
function optionName(opts, name) {
    const labels = opts.labels;
    return (labels && typeof labels === 'object' && typeof labels[name] === 'string' ? labels[name] : undefined) ?? name;
}
/** True when an error message already starts with one of the front end's option names. */
function namesAnOption(opts, message) {
    const labels = opts.labels;
    return !!labels && typeof labels === 'object' && Object.values(labels).some((l) => typeof l === 'string' && message.startsWith(`${l}:`));
}
function optString(opts, name) {
    const v = opts[name];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${optionLabel(opts, name)}: expected text, got ${typeof v}`);
    const t = v.trim();
    return t === '' ? undefined : t;
}
function optEnum(opts, name, allowed) {
    const v = optString(opts, name);
    if (v === undefined)
        return undefined;
    const hit = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
    if (!hit)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${optionLabel(opts, name)}: expected one of ${allowed.join(', ')}, got '${(0,_util_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(v)}'`);
    return hit;
}
/** An integer, or for `size` a byte count with an optional unit (`16MiB`, `8m`). */
function optInt(opts, name, min, max, size = false) {
    const v = opts[name];
    if (v === undefined || v === null || v === '')
        return undefined;
    let n = NaN;
    if (typeof v === 'number')
        n = v;
    else if (typeof v === 'string') {
        const t = v.trim();
        if (size)
            n = (0,_util_format_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSize */ .DB)(t) ?? NaN;
        else if (/^\d+$/.test(t))
            n = Number(t);
    }
    if (!Number.isInteger(n) || n < min || n > max) {
        const expect = size ? `a size from ${min} to ${max} bytes (units KiB, MiB, GiB allowed)` : `an integer from ${min} to ${max}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${optionLabel(opts, name)}: expected ${expect}, got '${String(v)}'`);
    }
    return n;
}
function optBool(opts, name) {
    const v = opts[name];
    if (v === undefined || v === null || v === '')
        return undefined;
    if (typeof v === 'boolean')
        return v;
    if (typeof v === 'string' && /^(true|yes|1|on)$/i.test(v.trim()))
        return true;
    if (typeof v === 'string' && /^(false|no|0|off)$/i.test(v.trim()))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${optionLabel(opts, name)}: expected true or false, got '${String(v)}'`);
}
/** An http(s) URL for a custom endpoint; named `what` in errors (an option or an env variable). */
function endpointUrl(value, what) {
    let u;
    try {
        u = new URL(value);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what}: expected an http(s) URL such as http://127.0.0.1:9000, got '${(0,_util_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(value)}'`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what}: expected an http(s) URL such as http://127.0.0.1:9000, got '${(0,_util_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(value)}'`);
    }
    if (u.username || u.password)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what}: credentials in an endpoint URL are not read; use the SDK's credential variables`);
    return value.replace(/\/+$/, '');
}
/**
 * Parses `s3://bucket/some/prefix`, `gs://…`, `azblob://…`. Credentials,
 * ports, query strings and empty path segments are refused: they would be
 * silently ignored or mean something else on another store.
 */
function parseContainerUrl(url, raw, form, containerWord, namePattern, nameRule) {
    const shown = (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(raw);
    if (url.username || url.password) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`storage URL '${shown}': credentials in the URL are not read; see docs/STORAGE.md for where ${form.split(':')[0]} credentials come from`);
    }
    if (url.port)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`storage URL '${shown}': a port is not part of ${form}; set the endpoint option instead`);
    if (url.search || url.hash)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`storage URL '${shown}': unexpected '${url.search ? '?' : '#'}…'; expected ${form}`);
    let container;
    let path;
    try {
        container = decodeURIComponent(url.hostname);
        path = decodeURIComponent(url.pathname);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`storage URL '${shown}': invalid percent-encoding; expected ${form}`);
    }
    if (!container)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`storage URL '${shown}': no ${containerWord} name; expected ${form}`);
    if (!namePattern.test(container))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`storage URL '${shown}': '${container}' is not a valid ${containerWord} name (${nameRule})`);
    // One leading and one trailing slash are syntax; any other empty part is a typo.
    const segments = path.replace(/^\//, '').replace(/\/$/, '');
    // The URL parser already folded '.' and '..' away; look at what was typed.
    const typedPath = raw.trim().replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
    const dotted = typedPath.split('/').some((s) => s === '.' || s === '..' || /^(%2e|\.){1,2}$/i.test(s));
    if (dotted || (segments !== '' && segments.split('/').some((s) => s === '' || s === '.' || s === '..'))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`storage URL '${shown}': the prefix has empty, '.' or '..' parts; expected ${form}`);
    }
    const prefix = segments ? `${segments}/` : '';
    return { container, prefix, location: `${url.protocol}//${container}${segments ? `/${segments}` : ''}` };
}


/***/ }),

/***/ 32912:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EA: () => (/* binding */ putIfAbsentByReadBack),
/* harmony export */   ID: () => (/* binding */ joinKey),
/* harmony export */   gt: () => (/* binding */ holdsBytes),
/* harmony export */   m_: () => (/* binding */ NotFoundError),
/* harmony export */   yR: () => (/* binding */ checkKey)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(83916);


class NotFoundError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationalError */ .LE {
    location;
    key;
    constructor(location, key) {
        super(`${location}: no object '${key}'`);
        this.location = location;
        this.key = key;
    }
}
/** Rejects keys that could escape the store's root or that differ between backends. */
function checkKey(key) {
    if (key.length === 0 ||
        key.startsWith('/') ||
        key.endsWith('/') ||
        key.split('/').some((seg) => seg === '' || seg === '.' || seg === '..') ||
        key.includes('\\') ||
        key.includes('\0')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`invalid storage key '${key}': expected '/'-separated names without empty, '.' or '..' parts`);
    }
    return key;
}
function joinKey(...parts) {
    return parts.filter((p) => p.length > 0).join('/');
}
/**
 * After a conditional create was refused: true only when the object holds
 * exactly `body`, i.e. our own earlier attempt landed and only its answer was
 * lost (a retried request then finds "its" object). Lock bodies are unique.
 */
async function holdsBytes(storage, key, body) {
    let stream;
    try {
        stream = await storage.get(key);
    }
    catch (err) {
        if (err instanceof NotFoundError)
            return false;
        throw err;
    }
    const parts = [];
    let size = 0;
    for await (const chunk of stream) {
        size += chunk.length;
        if (size > body.length) {
            stream.destroy();
            return false;
        }
        parts.push(chunk);
    }
    return Buffer.concat(parts).equals(body);
}
/**
 * putIfAbsent for a peer that does not support conditional writes: look,
 * write, read back. Not atomic (two writers in the same instant can both
 * win), which is why backends use the store's conditional write when it has one.
 */
async function putIfAbsentByReadBack(storage, key, body) {
    if (await storage.stat(key))
        return false;
    await storage.put(key, node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from([body]), { contentType: 'application/json' });
    return holdsBytes(storage, key, body);
}


/***/ }),

/***/ 32693:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
function formatBytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = n;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return i === 0 ? `${Math.round(n)} B` : `${v.toFixed(v >= 100 ? 0 : v >= 10 ? 1 : 2)} ${units[i]}`;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const s = ms / 1000;
    if (s < 60)
        return `${s.toFixed(1)} s`;
    const m = Math.floor(s / 60);
    const rest = Math.round(s - m * 60);
    if (m < 60)
        return `${m} min ${rest} s`;
    return `${Math.floor(m / 60)} h ${m % 60} min`;
}
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/** Parses durations like `90s`, `15m`, `24h`, `7d`, `1h30m`. Returns milliseconds, or undefined when malformed. */
function parseDuration(text) {
    const t = text.trim();
    if (!/^(\d+(?:\.\d+)?(ms|s|m|h|d|w))+$/.test(t))
        return undefined;
    let total = 0;
    for (const m of t.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g))
        total += Number(m[1]) * (DURATION_UNITS[m[2]] ?? 0);
    return total;
}
const SIZE_UNITS = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1 << 20, mb: 1 << 20, mib: 1 << 20, g: 1 << 30, gb: 1 << 30, gib: 1 << 30 };
/** Parses byte sizes like `4194304`, `512KiB`, `16MiB`, `1g` (units are binary). Returns undefined when malformed. */
function parseSize(text) {
    const m = /^(\d+)\s*([a-z]*)$/i.exec(text.trim());
    const unit = m ? SIZE_UNITS[m[2].toLowerCase()] : undefined;
    return m && unit !== undefined ? Number(m[1]) * unit : undefined;
}


/***/ }),

/***/ 50767:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact),
/* harmony export */   c: () => (/* binding */ registerSecret)
/* harmony export */ });
/**
 * Secrets must never reach logs. Every string that may hold a URI or a
 * connection string goes through redact() before it is printed or stored in
 * a manifest.
 */
const SECRET_QUERY_KEYS = /^(password|pass|pwd|secret|token|sig|signature|key|apikey|api_key|access_key|accesskey|x-amz-signature|x-amz-credential|x-amz-security-token|sharedaccesssignature|accountkey)$/i;
const registered = new Set();
/** Registers a literal secret (an API key, a password) so redact() replaces it wherever it appears. */
function registerSecret(secret) {
    if (secret && secret.length >= 4)
        registered.add(secret);
}
/** Replaces credentials in URLs (user:pass@, secret query parameters, AccountKey=…) and registered secrets with ***. */
function redact(text) {
    let out = text.replace(/([a-z][a-z0-9+.-]*:\/\/)([^/@\s:]*)(?::[^@\s/]*)?@/gi, (_m, scheme, user) => user ? `${scheme}${user}:***@` : `${scheme}***@`);
    out = out.replace(/([?&;])([^=&;\s]+)=([^&;\s]*)/g, (m, sep, k) => SECRET_QUERY_KEYS.test(k) ? `${sep}${k}=***` : m);
    out = out.replace(/(AccountKey|SharedAccessSignature|SecretAccessKey)=([^;\s]+)/gi, '$1=***');
    for (const s of registered)
        out = out.split(s).join('***');
    return out;
}


/***/ }),

/***/ 44177:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ze: () => (/* binding */ drain),
/* harmony export */   cd: () => (/* binding */ writeWithBackpressure),
/* harmony export */   o5: () => (/* binding */ readSmall)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(83916);



/** Reads a small object (a manifest, an index) fully, refusing anything larger than `limit`. */
async function readSmall(stream, limit, what) {
    const chunks = [];
    let total = 0;
    for await (const chunk of stream) {
        const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
        total += b.length;
        if (total > limit) {
            stream.destroy();
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .VerificationError */ .mk(`${what}: larger than ${limit} bytes, refusing to read it into memory`);
        }
        chunks.push(b);
    }
    return Buffer.concat(chunks);
}
/** Reads a stream to its end, discarding the bytes: for streams whose checks run as they are read. */
async function drain(stream) {
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_1__.pipeline)(stream, new node_stream__WEBPACK_IMPORTED_MODULE_0__.Writable({ write: (_c, _e, cb) => cb() }));
}
/**
 * Writes one chunk and waits while the stream's buffer is full. Rejects when the stream fails or is closed
 * before it drains (a consumer that gave up), so a producer never waits forever.
 */
async function writeWithBackpressure(out, chunk) {
    if (out.destroyed || out.writableEnded)
        throw out.errored ?? new Error('write after the stream was closed');
    if (out.write(chunk))
        return;
    await new Promise((resolve, reject) => {
        const done = (err) => {
            out.off('drain', onDrain);
            out.off('close', onClose);
            out.off('error', done);
            if (err)
                reject(err);
            else
                resolve();
        };
        const onDrain = () => done();
        const onClose = () => done(out.errored ?? new Error('the stream was closed while waiting to write'));
        out.on('drain', onDrain);
        out.on('close', onClose);
        out.on('error', done);
    });
}


/***/ }),

/***/ 46902:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ workerScript)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



/**
 * The script of a worker thread bakup bundles on its own (`name`), when this
 * build has one: in its own folder of the bundle (dist/<name>/index.js, beside
 * the chunk that asks), or beside the asking module in a tsc build
 * (lib/…/<name>.js). Running from TypeScript sources (the tests' in-process
 * runs) there is none, and the caller does the work on its own thread; so it
 * does when `offVariable` is set to 0.
 */
function workerScript(callerUrl, name, offVariable, env = process.env) {
    if (env[offVariable] === '0')
        return undefined;
    const here = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(callerUrl));
    for (const candidate of [node_path__WEBPACK_IMPORTED_MODULE_1__.join(here, name, 'index.js'), node_path__WEBPACK_IMPORTED_MODULE_1__.join(here, `${name}.js`)]) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            return candidate;
    }
    return undefined;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ TOOL),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Replaced by nothing at build time: kept in step with package.json by test/unit/version.test.ts. */
const VERSION = '0.1.0';
const TOOL = { name: 'bakup', version: VERSION };


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 24876:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("punycode");

/***/ }),

/***/ 83480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 98697:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

var zlib__WEBPACK_IMPORTED_MODULE_10___namespace_cache;
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y9: () => (/* binding */ F),
/* harmony export */   iX: () => (/* binding */ rt),
/* harmony export */   un: () => (/* binding */ ft),
/* harmony export */   x: () => (/* binding */ So)
/* harmony export */ });
/* unused harmony exports Pack, PackJob, PackSync, ReadEntry, Unpack, UnpackSync, WriteEntry, WriteEntrySync, WriteEntryTar, c, create, extract, filesFilter, list, r, replace, t, types, u, update */
/* harmony import */ var events__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24434);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(79896);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(78474);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(57075);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(46193);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(76760);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(73024);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(16928);
/* harmony import */ var assert__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(42613);
/* harmony import */ var buffer__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(20181);
/* harmony import */ var zlib__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(43106);
/* harmony import */ var node_assert__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(34589);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_12__ = __nccwpck_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_13__ = __nccwpck_require__(51455);
var zr=Object.defineProperty;var Ur=(s,t)=>{for(var e in t)zr(s,e,{get:t[e],enumerable:!0})};var Ds=typeof process=="object"&&process?process:{stdout:null,stderr:null},Wr=s=>!!s&&typeof s=="object"&&(s instanceof A||s instanceof node_stream__WEBPACK_IMPORTED_MODULE_3__||Gr(s)||Zr(s)),Gr=s=>!!s&&typeof s=="object"&&s instanceof node_events__WEBPACK_IMPORTED_MODULE_2__.EventEmitter&&typeof s.pipe=="function"&&s.pipe!==node_stream__WEBPACK_IMPORTED_MODULE_3__.Writable.prototype.pipe,Zr=s=>!!s&&typeof s=="object"&&s instanceof node_events__WEBPACK_IMPORTED_MODULE_2__.EventEmitter&&typeof s.write=="function"&&typeof s.end=="function",Q=Symbol("EOF"),J=Symbol("maybeEmitEnd"),nt=Symbol("emittedEnd"),De=Symbol("emittingEnd"),qt=Symbol("emittedError"),Ne=Symbol("closed"),Ns=Symbol("read"),Ae=Symbol("flush"),As=Symbol("flushChunk"),z=Symbol("encoding"),Mt=Symbol("decoder"),g=Symbol("flowing"),Qt=Symbol("paused"),Bt=Symbol("resume"),b=Symbol("buffer"),N=Symbol("pipes"),_=Symbol("bufferLength"),bi=Symbol("bufferPush"),Ie=Symbol("bufferShift"),L=Symbol("objectMode"),S=Symbol("destroyed"),_i=Symbol("error"),Oi=Symbol("emitData"),Is=Symbol("emitEnd"),Ti=Symbol("emitEnd2"),Z=Symbol("async"),xi=Symbol("abort"),Ce=Symbol("aborted"),Jt=Symbol("signal"),Rt=Symbol("dataListeners"),C=Symbol("discarded"),jt=s=>Promise.resolve().then(s),Yr=s=>s(),Kr=s=>s==="end"||s==="finish"||s==="prefinish",Vr=s=>s instanceof ArrayBuffer||!!s&&typeof s=="object"&&s.constructor&&s.constructor.name==="ArrayBuffer"&&s.byteLength>=0,$r=s=>!Buffer.isBuffer(s)&&ArrayBuffer.isView(s),Fe=class{src;dest;opts;ondrain;constructor(t,e,i){this.src=t,this.dest=e,this.opts=i,this.ondrain=()=>t[Bt](),this.dest.on("drain",this.ondrain)}unpipe(){this.dest.removeListener("drain",this.ondrain)}proxyErrors(t){}end(){this.unpipe(),this.opts.end&&this.dest.end()}},Li=class extends Fe{unpipe(){this.src.removeListener("error",this.proxyErrors),super.unpipe()}constructor(t,e,i){super(t,e,i),this.proxyErrors=r=>this.dest.emit("error",r),t.on("error",this.proxyErrors)}},Xr=s=>!!s.objectMode,qr=s=>!s.objectMode&&!!s.encoding&&s.encoding!=="buffer",A=class extends node_events__WEBPACK_IMPORTED_MODULE_2__.EventEmitter{[g]=!1;[Qt]=!1;[N]=[];[b]=[];[L];[z];[Z];[Mt];[Q]=!1;[nt]=!1;[De]=!1;[Ne]=!1;[qt]=null;[_]=0;[S]=!1;[Jt];[Ce]=!1;[Rt]=0;[C]=!1;writable=!0;readable=!0;constructor(...t){let e=t[0]||{};if(super(),e.objectMode&&typeof e.encoding=="string")throw new TypeError("Encoding and objectMode may not be used together");Xr(e)?(this[L]=!0,this[z]=null):qr(e)?(this[z]=e.encoding,this[L]=!1):(this[L]=!1,this[z]=null),this[Z]=!!e.async,this[Mt]=this[z]?new node_string_decoder__WEBPACK_IMPORTED_MODULE_4__.StringDecoder(this[z]):null,e&&e.debugExposeBuffer===!0&&Object.defineProperty(this,"buffer",{get:()=>this[b]}),e&&e.debugExposePipes===!0&&Object.defineProperty(this,"pipes",{get:()=>this[N]});let{signal:i}=e;i&&(this[Jt]=i,i.aborted?this[xi]():i.addEventListener("abort",()=>this[xi]()))}get bufferLength(){return this[_]}get encoding(){return this[z]}set encoding(t){throw new Error("Encoding must be set at instantiation time")}setEncoding(t){throw new Error("Encoding must be set at instantiation time")}get objectMode(){return this[L]}set objectMode(t){throw new Error("objectMode must be set at instantiation time")}get async(){return this[Z]}set async(t){this[Z]=this[Z]||!!t}[xi](){this[Ce]=!0,this.emit("abort",this[Jt]?.reason),this.destroy(this[Jt]?.reason)}get aborted(){return this[Ce]}set aborted(t){}write(t,e,i){if(this[Ce])return!1;if(this[Q])throw new Error("write after end");if(this[S])return this.emit("error",Object.assign(new Error("Cannot call write after a stream was destroyed"),{code:"ERR_STREAM_DESTROYED"})),!0;typeof e=="function"&&(i=e,e="utf8"),e||(e="utf8");let r=this[Z]?jt:Yr;if(!this[L]&&!Buffer.isBuffer(t)){if($r(t))t=Buffer.from(t.buffer,t.byteOffset,t.byteLength);else if(Vr(t))t=Buffer.from(t);else if(typeof t!="string")throw new Error("Non-contiguous data written to non-objectMode stream")}return this[L]?(this[g]&&this[_]!==0&&this[Ae](!0),this[g]?this.emit("data",t):this[bi](t),this[_]!==0&&this.emit("readable"),i&&r(i),this[g]):t.length?(typeof t=="string"&&!(e===this[z]&&!this[Mt]?.lastNeed)&&(t=Buffer.from(t,e)),Buffer.isBuffer(t)&&this[z]&&(t=this[Mt].write(t)),this[g]&&this[_]!==0&&this[Ae](!0),this[g]?this.emit("data",t):this[bi](t),this[_]!==0&&this.emit("readable"),i&&r(i),this[g]):(this[_]!==0&&this.emit("readable"),i&&r(i),this[g])}read(t){if(this[S])return null;if(this[C]=!1,this[_]===0||t===0||t&&t>this[_])return this[J](),null;this[L]&&(t=null),this[b].length>1&&!this[L]&&(this[b]=[this[z]?this[b].join(""):Buffer.concat(this[b],this[_])]);let e=this[Ns](t||null,this[b][0]);return this[J](),e}[Ns](t,e){if(this[L])this[Ie]();else{let i=e;t===i.length||t===null?this[Ie]():typeof i=="string"?(this[b][0]=i.slice(t),e=i.slice(0,t),this[_]-=t):(this[b][0]=i.subarray(t),e=i.subarray(0,t),this[_]-=t)}return this.emit("data",e),!this[b].length&&!this[Q]&&this.emit("drain"),e}end(t,e,i){return typeof t=="function"&&(i=t,t=void 0),typeof e=="function"&&(i=e,e="utf8"),t!==void 0&&this.write(t,e),i&&this.once("end",i),this[Q]=!0,this.writable=!1,(this[g]||!this[Qt])&&this[J](),this}[Bt](){this[S]||(!this[Rt]&&!this[N].length&&(this[C]=!0),this[Qt]=!1,this[g]=!0,this.emit("resume"),this[b].length?this[Ae]():this[Q]?this[J]():this.emit("drain"))}resume(){return this[Bt]()}pause(){this[g]=!1,this[Qt]=!0,this[C]=!1}get destroyed(){return this[S]}get flowing(){return this[g]}get paused(){return this[Qt]}[bi](t){this[L]?this[_]+=1:this[_]+=t.length,this[b].push(t)}[Ie](){return this[L]?this[_]-=1:this[_]-=this[b][0].length,this[b].shift()}[Ae](t=!1){do;while(this[As](this[Ie]())&&this[b].length);!t&&!this[b].length&&!this[Q]&&this.emit("drain")}[As](t){return this.emit("data",t),this[g]}pipe(t,e){if(this[S])return t;this[C]=!1;let i=this[nt];return e=e||{},t===Ds.stdout||t===Ds.stderr?e.end=!1:e.end=e.end!==!1,e.proxyErrors=!!e.proxyErrors,i?e.end&&t.end():(this[N].push(e.proxyErrors?new Li(this,t,e):new Fe(this,t,e)),this[Z]?jt(()=>this[Bt]()):this[Bt]()),t}unpipe(t){let e=this[N].find(i=>i.dest===t);e&&(this[N].length===1?(this[g]&&this[Rt]===0&&(this[g]=!1),this[N]=[]):this[N].splice(this[N].indexOf(e),1),e.unpipe())}addListener(t,e){return this.on(t,e)}on(t,e){let i=super.on(t,e);if(t==="data")this[C]=!1,this[Rt]++,!this[N].length&&!this[g]&&this[Bt]();else if(t==="readable"&&this[_]!==0)super.emit("readable");else if(Kr(t)&&this[nt])super.emit(t),this.removeAllListeners(t);else if(t==="error"&&this[qt]){let r=e;this[Z]?jt(()=>r.call(this,this[qt])):r.call(this,this[qt])}return i}removeListener(t,e){return this.off(t,e)}off(t,e){let i=super.off(t,e);return t==="data"&&(this[Rt]=this.listeners("data").length,this[Rt]===0&&!this[C]&&!this[N].length&&(this[g]=!1)),i}removeAllListeners(t){let e=super.removeAllListeners(t);return(t==="data"||t===void 0)&&(this[Rt]=0,!this[C]&&!this[N].length&&(this[g]=!1)),e}get emittedEnd(){return this[nt]}[J](){!this[De]&&!this[nt]&&!this[S]&&this[b].length===0&&this[Q]&&(this[De]=!0,this.emit("end"),this.emit("prefinish"),this.emit("finish"),this[Ne]&&this.emit("close"),this[De]=!1)}emit(t,...e){let i=e[0];if(t!=="error"&&t!=="close"&&t!==S&&this[S])return!1;if(t==="data")return!this[L]&&!i?!1:this[Z]?(jt(()=>this[Oi](i)),!0):this[Oi](i);if(t==="end")return this[Is]();if(t==="close"){if(this[Ne]=!0,!this[nt]&&!this[S])return!1;let n=super.emit("close");return this.removeAllListeners("close"),n}else if(t==="error"){this[qt]=i,super.emit(_i,i);let n=!this[Jt]||this.listeners("error").length?super.emit("error",i):!1;return this[J](),n}else if(t==="resume"){let n=super.emit("resume");return this[J](),n}else if(t==="finish"||t==="prefinish"){let n=super.emit(t);return this.removeAllListeners(t),n}let r=super.emit(t,...e);return this[J](),r}[Oi](t){for(let i of this[N])i.dest.write(t)===!1&&this.pause();let e=this[C]?!1:super.emit("data",t);return this[J](),e}[Is](){return this[nt]?!1:(this[nt]=!0,this.readable=!1,this[Z]?(jt(()=>this[Ti]()),!0):this[Ti]())}[Ti](){if(this[Mt]){let e=this[Mt].end();if(e){for(let i of this[N])i.dest.write(e);this[C]||super.emit("data",e)}}for(let e of this[N])e.end();let t=super.emit("end");return this.removeAllListeners("end"),t}async collect(){let t=Object.assign([],{dataLength:0});this[L]||(t.dataLength=0);let e=this.promise();return this.on("data",i=>{t.push(i),this[L]||(t.dataLength+=i.length)}),await e,t}async concat(){if(this[L])throw new Error("cannot concat in objectMode");let t=await this.collect();return this[z]?t.join(""):Buffer.concat(t,t.dataLength)}async promise(){return new Promise((t,e)=>{this.on(S,()=>e(new Error("stream destroyed"))),this.on("error",i=>e(i)),this.on("end",()=>t())})}[Symbol.asyncIterator](){this[C]=!1;let t=!1,e=async()=>(this.pause(),t=!0,{value:void 0,done:!0});return{next:()=>{if(t)return e();let r=this.read();if(r!==null)return Promise.resolve({done:!1,value:r});if(this[Q])return e();let n,o,h=d=>{this.off("data",a),this.off("end",l),this.off(S,c),e(),o(d)},a=d=>{this.off("error",h),this.off("end",l),this.off(S,c),this.pause(),n({value:d,done:!!this[Q]})},l=()=>{this.off("error",h),this.off("data",a),this.off(S,c),e(),n({done:!0,value:void 0})},c=()=>h(new Error("stream destroyed"));return new Promise((d,y)=>{o=y,n=d,this.once(S,c),this.once("error",h),this.once("end",l),this.once("data",a)})},throw:e,return:e,[Symbol.asyncIterator](){return this},[Symbol.asyncDispose]:async()=>{}}}[Symbol.iterator](){this[C]=!1;let t=!1,e=()=>(this.pause(),this.off(_i,e),this.off(S,e),this.off("end",e),t=!0,{done:!0,value:void 0}),i=()=>{if(t)return e();let r=this.read();return r===null?e():{done:!1,value:r}};return this.once("end",e),this.once(_i,e),this.once(S,e),{next:i,throw:e,return:e,[Symbol.iterator](){return this},[Symbol.dispose]:()=>{}}}destroy(t){if(this[S])return t?this.emit("error",t):this.emit(S),this;this[S]=!0,this[C]=!0,this[b].length=0,this[_]=0;let e=this;return typeof e.close=="function"&&!this[Ne]&&e.close(),t?this.emit("error",t):this.emit(S),this}static get isStream(){return Wr}};var Jr=fs__WEBPACK_IMPORTED_MODULE_1__.writev,ht=Symbol("_autoClose"),H=Symbol("_close"),te=Symbol("_ended"),m=Symbol("_fd"),Ni=Symbol("_finished"),tt=Symbol("_flags"),Ai=Symbol("_flush"),ki=Symbol("_handleChunk"),vi=Symbol("_makeBuf"),ie=Symbol("_mode"),ke=Symbol("_needDrain"),Ut=Symbol("_onerror"),Ht=Symbol("_onopen"),Ii=Symbol("_onread"),Pt=Symbol("_onwrite"),at=Symbol("_open"),U=Symbol("_path"),ot=Symbol("_pos"),Y=Symbol("_queue"),zt=Symbol("_read"),Ci=Symbol("_readSize"),j=Symbol("_reading"),ee=Symbol("_remain"),Fi=Symbol("_size"),ve=Symbol("_write"),gt=Symbol("_writing"),Me=Symbol("_defaultFlag"),bt=Symbol("_errored"),_t=class extends A{[bt]=!1;[m];[U];[Ci];[j]=!1;[Fi];[ee];[ht];constructor(t,e){if(e=e||{},super(e),this.readable=!0,this.writable=!1,typeof t!="string")throw new TypeError("path must be a string");this[bt]=!1,this[m]=typeof e.fd=="number"?e.fd:void 0,this[U]=t,this[Ci]=e.readSize||16*1024*1024,this[j]=!1,this[Fi]=typeof e.size=="number"?e.size:1/0,this[ee]=this[Fi],this[ht]=typeof e.autoClose=="boolean"?e.autoClose:!0,typeof this[m]=="number"?this[zt]():this[at]()}get fd(){return this[m]}get path(){return this[U]}write(){throw new TypeError("this is a readable stream")}end(){throw new TypeError("this is a readable stream")}[at](){fs__WEBPACK_IMPORTED_MODULE_1__.open(this[U],"r",(t,e)=>this[Ht](t,e))}[Ht](t,e){t?this[Ut](t):(this[m]=e,this.emit("open",e),this[zt]())}[vi](){return Buffer.allocUnsafe(Math.min(this[Ci],this[ee]))}[zt](){if(!this[j]){this[j]=!0;let t=this[vi]();if(t.length===0)return process.nextTick(()=>this[Ii](null,0,t));fs__WEBPACK_IMPORTED_MODULE_1__.read(this[m],t,0,t.length,null,(e,i,r)=>this[Ii](e,i,r))}}[Ii](t,e,i){this[j]=!1,t?this[Ut](t):this[ki](e,i)&&this[zt]()}[H](){if(this[ht]&&typeof this[m]=="number"){let t=this[m];this[m]=void 0,fs__WEBPACK_IMPORTED_MODULE_1__.close(t,e=>e?this.emit("error",e):this.emit("close"))}}[Ut](t){this[j]=!0,this[H](),this.emit("error",t)}[ki](t,e){let i=!1;return this[ee]-=t,t>0&&(i=super.write(t<e.length?e.subarray(0,t):e)),(t===0||this[ee]<=0)&&(i=!1,this[H](),super.end()),i}emit(t,...e){switch(t){case"prefinish":case"finish":return!1;case"drain":return typeof this[m]=="number"&&this[zt](),!1;case"error":return this[bt]?!1:(this[bt]=!0,super.emit(t,...e));default:return super.emit(t,...e)}}},Be=class extends _t{[at](){let t=!0;try{this[Ht](null,fs__WEBPACK_IMPORTED_MODULE_1__.openSync(this[U],"r")),t=!1}finally{t&&this[H]()}}[zt](){let t=!0;try{if(!this[j]){this[j]=!0;do{let e=this[vi](),i=e.length===0?0:fs__WEBPACK_IMPORTED_MODULE_1__.readSync(this[m],e,0,e.length,null);if(!this[ki](i,e))break}while(!0);this[j]=!1}t=!1}finally{t&&this[H]()}}[H](){if(this[ht]&&typeof this[m]=="number"){let t=this[m];this[m]=void 0,fs__WEBPACK_IMPORTED_MODULE_1__.closeSync(t),this.emit("close")}}},et=class extends events__WEBPACK_IMPORTED_MODULE_0__{readable=!1;writable=!0;[bt]=!1;[gt]=!1;[te]=!1;[Y]=[];[ke]=!1;[U];[ie];[ht];[m];[Me];[tt];[Ni]=!1;[ot];constructor(t,e){e=e||{},super(e),this[U]=t,this[m]=typeof e.fd=="number"?e.fd:void 0,this[ie]=e.mode===void 0?438:e.mode,this[ot]=typeof e.start=="number"?e.start:void 0,this[ht]=typeof e.autoClose=="boolean"?e.autoClose:!0;let i=this[ot]!==void 0?"r+":"w";this[Me]=e.flags===void 0,this[tt]=e.flags===void 0?i:e.flags,this[m]===void 0&&this[at]()}emit(t,...e){if(t==="error"){if(this[bt])return!1;this[bt]=!0}return super.emit(t,...e)}get fd(){return this[m]}get path(){return this[U]}[Ut](t){this[H](),this[gt]=!0,this.emit("error",t)}[at](){fs__WEBPACK_IMPORTED_MODULE_1__.open(this[U],this[tt],this[ie],(t,e)=>this[Ht](t,e))}[Ht](t,e){this[Me]&&this[tt]==="r+"&&t&&t.code==="ENOENT"?(this[tt]="w",this[at]()):t?this[Ut](t):(this[m]=e,this.emit("open",e),this[gt]||this[Ai]())}end(t,e){return t&&this.write(t,e),this[te]=!0,!this[gt]&&!this[Y].length&&typeof this[m]=="number"&&this[Pt](null,0),this}write(t,e){return typeof t=="string"&&(t=Buffer.from(t,e)),this[te]?(this.emit("error",new Error("write() after end()")),!1):this[m]===void 0||this[gt]||this[Y].length?(this[Y].push(t),this[ke]=!0,!1):(this[gt]=!0,this[ve](t),!0)}[ve](t){fs__WEBPACK_IMPORTED_MODULE_1__.write(this[m],t,0,t.length,this[ot],(e,i)=>this[Pt](e,i))}[Pt](t,e){t?this[Ut](t):(this[ot]!==void 0&&typeof e=="number"&&(this[ot]+=e),this[Y].length?this[Ai]():(this[gt]=!1,this[te]&&!this[Ni]?(this[Ni]=!0,this[H](),this.emit("finish")):this[ke]&&(this[ke]=!1,this.emit("drain"))))}[Ai](){if(this[Y].length===0)this[te]&&this[Pt](null,0);else if(this[Y].length===1)this[ve](this[Y].pop());else{let t=this[Y];this[Y]=[],Jr(this[m],t,this[ot],(e,i)=>this[Pt](e,i))}}[H](){if(this[ht]&&typeof this[m]=="number"){let t=this[m];this[m]=void 0,fs__WEBPACK_IMPORTED_MODULE_1__.close(t,e=>e?this.emit("error",e):this.emit("close"))}}},Wt=class extends et{[at](){let t;if(this[Me]&&this[tt]==="r+")try{t=fs__WEBPACK_IMPORTED_MODULE_1__.openSync(this[U],this[tt],this[ie])}catch(e){if(e?.code==="ENOENT")return this[tt]="w",this[at]();throw e}else t=fs__WEBPACK_IMPORTED_MODULE_1__.openSync(this[U],this[tt],this[ie]);this[Ht](null,t)}[H](){if(this[ht]&&typeof this[m]=="number"){let t=this[m];this[m]=void 0,fs__WEBPACK_IMPORTED_MODULE_1__.closeSync(t),this.emit("close")}}[ve](t){let e=!0;try{this[Pt](null,fs__WEBPACK_IMPORTED_MODULE_1__.writeSync(this[m],t,0,t.length,this[ot])),e=!1}finally{if(e)try{this[H]()}catch{}}}};var jr=new Map([["C","cwd"],["f","file"],["z","gzip"],["P","preservePaths"],["U","unlink"],["strip-components","strip"],["stripComponents","strip"],["keep-newer","newer"],["keepNewer","newer"],["keep-newer-files","newer"],["keepNewerFiles","newer"],["k","keep"],["keep-existing","keep"],["keepExisting","keep"],["m","noMtime"],["no-mtime","noMtime"],["p","preserveOwner"],["L","follow"],["h","follow"],["onentry","onReadEntry"]]),Fs=s=>!!s.sync&&!!s.file,ks=s=>!s.sync&&!!s.file,vs=s=>!!s.sync&&!s.file,Ms=s=>!s.sync&&!s.file;var Bs=s=>!!s.file;var tn=s=>{let t=jr.get(s);return t||s},se=(s={})=>{if(!s)return{};let t={};for(let[e,i]of Object.entries(s)){let r=tn(e);t[r]=i}return t.chmod===void 0&&t.noChmod===!1&&(t.chmod=!0),delete t.noChmod,t};var K=(s,t,e,i,r)=>Object.assign((n=[],o,h)=>{Array.isArray(n)&&(o=n,n={}),typeof o=="function"&&(h=o,o=void 0),o=o?Array.from(o):[];let a=se(n);if(r?.(a,o),Fs(a)){if(typeof h=="function")throw new TypeError("callback not supported for sync tar functions");return s(a,o)}else if(ks(a)){let l=t(a,o);return h?l.then(()=>h(),h):l}else if(vs(a)){if(typeof h=="function")throw new TypeError("callback not supported for sync tar functions");return e(a,o)}else if(Ms(a)){if(typeof h=="function")throw new TypeError("callback only supported with file option");return i(a,o)}throw new Error("impossible options??")},{syncFile:s,asyncFile:t,syncNoFile:e,asyncNoFile:i,validate:r});var sn=zlib__WEBPACK_IMPORTED_MODULE_10__.constants||{ZLIB_VERNUM:4736},M=Object.freeze(Object.assign(Object.create(null),{Z_NO_FLUSH:0,Z_PARTIAL_FLUSH:1,Z_SYNC_FLUSH:2,Z_FULL_FLUSH:3,Z_FINISH:4,Z_BLOCK:5,Z_OK:0,Z_STREAM_END:1,Z_NEED_DICT:2,Z_ERRNO:-1,Z_STREAM_ERROR:-2,Z_DATA_ERROR:-3,Z_MEM_ERROR:-4,Z_BUF_ERROR:-5,Z_VERSION_ERROR:-6,Z_NO_COMPRESSION:0,Z_BEST_SPEED:1,Z_BEST_COMPRESSION:9,Z_DEFAULT_COMPRESSION:-1,Z_FILTERED:1,Z_HUFFMAN_ONLY:2,Z_RLE:3,Z_FIXED:4,Z_DEFAULT_STRATEGY:0,DEFLATE:1,INFLATE:2,GZIP:3,GUNZIP:4,DEFLATERAW:5,INFLATERAW:6,UNZIP:7,BROTLI_DECODE:8,BROTLI_ENCODE:9,Z_MIN_WINDOWBITS:8,Z_MAX_WINDOWBITS:15,Z_DEFAULT_WINDOWBITS:15,Z_MIN_CHUNK:64,Z_MAX_CHUNK:1/0,Z_DEFAULT_CHUNK:16384,Z_MIN_MEMLEVEL:1,Z_MAX_MEMLEVEL:9,Z_DEFAULT_MEMLEVEL:8,Z_MIN_LEVEL:-1,Z_MAX_LEVEL:9,Z_DEFAULT_LEVEL:-1,BROTLI_OPERATION_PROCESS:0,BROTLI_OPERATION_FLUSH:1,BROTLI_OPERATION_FINISH:2,BROTLI_OPERATION_EMIT_METADATA:3,BROTLI_MODE_GENERIC:0,BROTLI_MODE_TEXT:1,BROTLI_MODE_FONT:2,BROTLI_DEFAULT_MODE:0,BROTLI_MIN_QUALITY:0,BROTLI_MAX_QUALITY:11,BROTLI_DEFAULT_QUALITY:11,BROTLI_MIN_WINDOW_BITS:10,BROTLI_MAX_WINDOW_BITS:24,BROTLI_LARGE_MAX_WINDOW_BITS:30,BROTLI_DEFAULT_WINDOW:22,BROTLI_MIN_INPUT_BLOCK_BITS:16,BROTLI_MAX_INPUT_BLOCK_BITS:24,BROTLI_PARAM_MODE:0,BROTLI_PARAM_QUALITY:1,BROTLI_PARAM_LGWIN:2,BROTLI_PARAM_LGBLOCK:3,BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING:4,BROTLI_PARAM_SIZE_HINT:5,BROTLI_PARAM_LARGE_WINDOW:6,BROTLI_PARAM_NPOSTFIX:7,BROTLI_PARAM_NDIRECT:8,BROTLI_DECODER_RESULT_ERROR:0,BROTLI_DECODER_RESULT_SUCCESS:1,BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT:2,BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT:3,BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION:0,BROTLI_DECODER_PARAM_LARGE_WINDOW:1,BROTLI_DECODER_NO_ERROR:0,BROTLI_DECODER_SUCCESS:1,BROTLI_DECODER_NEEDS_MORE_INPUT:2,BROTLI_DECODER_NEEDS_MORE_OUTPUT:3,BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE:-1,BROTLI_DECODER_ERROR_FORMAT_RESERVED:-2,BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE:-3,BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET:-4,BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME:-5,BROTLI_DECODER_ERROR_FORMAT_CL_SPACE:-6,BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE:-7,BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT:-8,BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1:-9,BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2:-10,BROTLI_DECODER_ERROR_FORMAT_TRANSFORM:-11,BROTLI_DECODER_ERROR_FORMAT_DICTIONARY:-12,BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS:-13,BROTLI_DECODER_ERROR_FORMAT_PADDING_1:-14,BROTLI_DECODER_ERROR_FORMAT_PADDING_2:-15,BROTLI_DECODER_ERROR_FORMAT_DISTANCE:-16,BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET:-19,BROTLI_DECODER_ERROR_INVALID_ARGUMENTS:-20,BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES:-21,BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS:-22,BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP:-25,BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1:-26,BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2:-27,BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES:-30,BROTLI_DECODER_ERROR_UNREACHABLE:-31},sn));var rn=buffer__WEBPACK_IMPORTED_MODULE_9__.Buffer.concat,zs=Object.getOwnPropertyDescriptor(buffer__WEBPACK_IMPORTED_MODULE_9__.Buffer,"concat"),nn=s=>s,Bi=zs?.writable===!0||zs?.set!==void 0?s=>{buffer__WEBPACK_IMPORTED_MODULE_9__.Buffer.concat=s?nn:rn}:s=>{},Tt=Symbol("_superWrite"),Gt=class extends Error{code;errno;constructor(t,e){super("zlib: "+t.message,{cause:t}),this.code=t.code,this.errno=t.errno,this.code||(this.code="ZLIB_ERROR"),this.message="zlib: "+t.message,Error.captureStackTrace(this,e??this.constructor)}get name(){return"ZlibError"}},Pi=Symbol("flushFlag"),re=class extends A{#t=!1;#i=!1;#s;#n;#r;#e;#o;get sawError(){return this.#t}get handle(){return this.#e}get flushFlag(){return this.#s}constructor(t,e){if(!t||typeof t!="object")throw new TypeError("invalid options for ZlibBase constructor");if(super(t),this.#s=t.flush??0,this.#n=t.finishFlush??0,this.#r=t.fullFlushFlag??0,typeof /*#__PURE__*/ (zlib__WEBPACK_IMPORTED_MODULE_10___namespace_cache || (zlib__WEBPACK_IMPORTED_MODULE_10___namespace_cache = __nccwpck_require__.t(zlib__WEBPACK_IMPORTED_MODULE_10__, 2)))[e]!="function")throw new TypeError("Compression method not supported: "+e);try{this.#e=new /*#__PURE__*/ (zlib__WEBPACK_IMPORTED_MODULE_10___namespace_cache || (zlib__WEBPACK_IMPORTED_MODULE_10___namespace_cache = __nccwpck_require__.t(zlib__WEBPACK_IMPORTED_MODULE_10__, 2)))[e](t)}catch(i){throw new Gt(i,this.constructor)}this.#o=i=>{this.#t||(this.#t=!0,this.close(),this.emit("error",i))},this.#e?.on("error",i=>this.#o(new Gt(i))),this.once("end",()=>this.close)}close(){this.#e&&(this.#e.close(),this.#e=void 0,this.emit("close"))}reset(){if(!this.#t)return assert__WEBPACK_IMPORTED_MODULE_8__(this.#e,"zlib binding closed"),this.#e.reset?.()}flush(t){this.ended||(typeof t!="number"&&(t=this.#r),this.write(Object.assign(buffer__WEBPACK_IMPORTED_MODULE_9__.Buffer.alloc(0),{[Pi]:t})))}end(t,e,i){return typeof t=="function"&&(i=t,e=void 0,t=void 0),typeof e=="function"&&(i=e,e=void 0),t&&(e?this.write(t,e):this.write(t)),this.flush(this.#n),this.#i=!0,super.end(i)}get ended(){return this.#i}[Tt](t){return super.write(t)}write(t,e,i){if(typeof e=="function"&&(i=e,e="utf8"),typeof t=="string"&&(t=buffer__WEBPACK_IMPORTED_MODULE_9__.Buffer.from(t,e)),this.#t)return;assert__WEBPACK_IMPORTED_MODULE_8__(this.#e,"zlib binding closed");let r=this.#e._handle,n=r.close;r.close=()=>{};let o=this.#e.close;this.#e.close=()=>{},Bi(!0);let h;try{let l=typeof t[Pi]=="number"?t[Pi]:this.#s;h=this.#e._processChunk(t,l),Bi(!1)}catch(l){Bi(!1),this.#o(new Gt(l,this.write))}finally{this.#e&&(this.#e._handle=r,r.close=n,this.#e.close=o,this.#e.removeAllListeners("error"))}this.#e&&this.#e.on("error",l=>this.#o(new Gt(l,this.write)));let a;if(h)if(Array.isArray(h)&&h.length>0){let l=h[0];a=this[Tt](buffer__WEBPACK_IMPORTED_MODULE_9__.Buffer.from(l));for(let c=1;c<h.length;c++)a=this[Tt](h[c])}else a=this[Tt](buffer__WEBPACK_IMPORTED_MODULE_9__.Buffer.from(h));return i&&i(),a}},Pe=class extends re{#t;#i;constructor(t,e){t=t||{},t.flush=t.flush||M.Z_NO_FLUSH,t.finishFlush=t.finishFlush||M.Z_FINISH,t.fullFlushFlag=M.Z_FULL_FLUSH,super(t,e),this.#t=t.level,this.#i=t.strategy}params(t,e){if(!this.sawError){if(!this.handle)throw new Error("cannot switch params when binding is closed");if(!this.handle.params)throw new Error("not supported in this implementation");if(this.#t!==t||this.#i!==e){this.flush(M.Z_SYNC_FLUSH),assert__WEBPACK_IMPORTED_MODULE_8__(this.handle,"zlib binding closed");let i=this.handle.flush;this.handle.flush=(r,n)=>{typeof r=="function"&&(n=r,r=this.flushFlag),this.flush(r),n?.()};try{this.handle.params(t,e)}finally{this.handle.flush=i}this.handle&&(this.#t=t,this.#i=e)}}}};var ze=class extends Pe{#t;constructor(t){super(t,"Gzip"),this.#t=t&&!!t.portable}[Tt](t){return this.#t?(this.#t=!1,t[9]=255,super[Tt](t)):super[Tt](t)}};var Ue=class extends Pe{constructor(t){super(t,"Unzip")}},He=class extends re{constructor(t,e){t=t||{},t.flush=t.flush||M.BROTLI_OPERATION_PROCESS,t.finishFlush=t.finishFlush||M.BROTLI_OPERATION_FINISH,t.fullFlushFlag=M.BROTLI_OPERATION_FLUSH,super(t,e)}},We=class extends He{constructor(t){super(t,"BrotliCompress")}},Ge=class extends He{constructor(t){super(t,"BrotliDecompress")}},Ze=class extends re{constructor(t,e){t=t||{},t.flush=t.flush||M.ZSTD_e_continue,t.finishFlush=t.finishFlush||M.ZSTD_e_end,t.fullFlushFlag=M.ZSTD_e_flush,super(t,e)}},Ye=class extends Ze{constructor(t){super(t,"ZstdCompress")}},Ke=class extends Ze{constructor(t){super(t,"ZstdDecompress")}};var Us=(s,t)=>{if(Number.isSafeInteger(s))s<0?an(s,t):hn(s,t);else throw Error("cannot encode number outside of javascript safe integer range");return t},hn=(s,t)=>{t[0]=128;for(var e=t.length;e>1;e--)t[e-1]=s&255,s=Math.floor(s/256)},an=(s,t)=>{t[0]=255;var e=!1;s=s*-1;for(var i=t.length;i>1;i--){var r=s&255;s=Math.floor(s/256),e?t[i-1]=Ws(r):r===0?t[i-1]=0:(e=!0,t[i-1]=Gs(r))}},Hs=s=>{let t=s[0],e=t===128?cn(s.subarray(1,s.length)):t===255?ln(s):null;if(e===null)throw Error("invalid base256 encoding");if(!Number.isSafeInteger(e))throw Error("parsed number outside of javascript safe integer range");return e},ln=s=>{for(var t=s.length,e=0,i=!1,r=t-1;r>-1;r--){var n=Number(s[r]),o;i?o=Ws(n):n===0?o=n:(i=!0,o=Gs(n)),o!==0&&(e-=o*Math.pow(256,t-r-1))}return e},cn=s=>{for(var t=s.length,e=0,i=t-1;i>-1;i--){var r=Number(s[i]);r!==0&&(e+=r*Math.pow(256,t-i-1))}return e},Ws=s=>(255^s)&255,Gs=s=>(255^s)+1&255;var Hi={};Ur(Hi,{code:()=>Ve,isCode:()=>ne,isName:()=>dn,name:()=>oe,normalFsTypes:()=>Ui});var ne=s=>oe.has(s),dn=s=>Ve.has(s),Ui=new Set(["0","","1","2","3","4","5","6","7","D"]),oe=new Map([["0","File"],["","OldFile"],["1","Link"],["2","SymbolicLink"],["3","CharacterDevice"],["4","BlockDevice"],["5","Directory"],["6","FIFO"],["7","ContiguousFile"],["g","GlobalExtendedHeader"],["x","ExtendedHeader"],["A","SolarisACL"],["D","GNUDumpDir"],["I","Inode"],["K","NextFileHasLongLinkpath"],["L","NextFileHasLongPath"],["M","ContinuationFile"],["N","OldGnuLongPath"],["S","SparseFile"],["V","TapeVolumeHeader"],["X","OldExtendedHeader"]]),Ve=new Map(Array.from(oe).map(s=>[s[1],s[0]]));var un=s=>s===void 0||s<0?void 0:s,F=class{cksumValid=!1;needPax=!1;nullBlock=!1;block;path;mode;uid;gid;size;cksum;#t="Unsupported";linkpath;uname;gname;devmaj=0;devmin=0;atime;ctime;mtime;charset;comment;constructor(t,e=0,i,r){Buffer.isBuffer(t)?this.decode(t,e||0,i,r):t&&this.#i(t)}decode(t,e,i,r){if(e||(e=0),!t||!(t.length>=e+512))throw new Error("need 512 bytes for header");let n=xt(t,e+156,1),o=Ui.has(n),h=o?i:void 0,a=o?r:void 0;if(this.path=h?.path??xt(t,e,100),this.mode=h?.mode??a?.mode??lt(t,e+100,8),this.uid=h?.uid??a?.uid??lt(t,e+108,8),this.gid=h?.gid??a?.gid??lt(t,e+116,8),this.size=un(h?.size??a?.size??lt(t,e+124,12)),this.mtime=h?.mtime??a?.mtime??Wi(t,e+136,12),this.cksum=lt(t,e+148,12),a&&this.#i(a,!0),h&&this.#i(h),ne(n)&&(this.#t=n||"0"),this.#t==="0"&&this.path.slice(-1)==="/"&&(this.#t="5"),this.#t==="5"&&(this.size=0),this.linkpath=xt(t,e+157,100),t.subarray(e+257,e+265).toString()==="ustar\x0000")if(this.uname=h?.uname??a?.uname??xt(t,e+265,32),this.gname=h?.gname??a?.gname??xt(t,e+297,32),this.devmaj=h?.devmaj??a?.devmaj??lt(t,e+329,8)??0,this.devmin=h?.devmin??a?.devmin??lt(t,e+337,8)??0,t[e+475]!==0){let c=xt(t,e+345,155);this.path=c+"/"+this.path}else{let c=xt(t,e+345,130);c&&(this.path=c+"/"+this.path),this.atime=i?.atime??r?.atime??Wi(t,e+476,12),this.ctime=i?.ctime??r?.ctime??Wi(t,e+488,12)}let l=256;for(let c=e;c<e+148;c++)l+=t[c];for(let c=e+156;c<e+512;c++)l+=t[c];this.cksumValid=l===this.cksum,this.cksum===void 0&&l===256&&(this.nullBlock=!0)}#i(t,e=!1){Object.assign(this,Object.fromEntries(Object.entries(t).filter(([i,r])=>!(r==null||i==="size"&&Number(r)<0||i==="path"&&e||i==="linkpath"&&e||i==="global"))))}encode(t,e=0){if(t||(t=this.block=Buffer.alloc(512)),this.#t==="Unsupported"&&(this.#t="0"),!(t.length>=e+512))throw new Error("need 512 bytes for header");let i=this.ctime||this.atime?130:155,r=mn(this.path||"",i),n=r[0],o=r[1];this.needPax=!!r[2],this.needPax=Lt(t,e,100,n)||this.needPax,this.needPax=ct(t,e+100,8,this.mode)||this.needPax,this.needPax=ct(t,e+108,8,this.uid)||this.needPax,this.needPax=ct(t,e+116,8,this.gid)||this.needPax,this.needPax=ct(t,e+124,12,this.size)||this.needPax,this.needPax=Gi(t,e+136,12,this.mtime)||this.needPax,t[e+156]=Number(this.#t.codePointAt(0)),this.needPax=Lt(t,e+157,100,this.linkpath)||this.needPax,t.write("ustar\x0000",e+257,8),this.needPax=Lt(t,e+265,32,this.uname)||this.needPax,this.needPax=Lt(t,e+297,32,this.gname)||this.needPax,this.needPax=ct(t,e+329,8,this.devmaj)||this.needPax,this.needPax=ct(t,e+337,8,this.devmin)||this.needPax,this.needPax=Lt(t,e+345,i,o)||this.needPax,t[e+475]!==0?this.needPax=Lt(t,e+345,155,o)||this.needPax:(this.needPax=Lt(t,e+345,130,o)||this.needPax,this.needPax=Gi(t,e+476,12,this.atime)||this.needPax,this.needPax=Gi(t,e+488,12,this.ctime)||this.needPax);let h=256;for(let a=e;a<e+148;a++)h+=t[a];for(let a=e+156;a<e+512;a++)h+=t[a];return this.cksum=h,ct(t,e+148,8,this.cksum),this.cksumValid=!0,this.needPax}get type(){return this.#t==="Unsupported"?this.#t:oe.get(this.#t)}get typeKey(){return this.#t}set type(t){let e=String(Ve.get(t));if(ne(e)||e==="Unsupported")this.#t=e;else if(ne(t))this.#t=t;else throw new TypeError("invalid entry type: "+t)}},mn=(s,t)=>{let i=s,r="",n,o=node_path__WEBPACK_IMPORTED_MODULE_5__.posix.parse(s).root||".";if(Buffer.byteLength(i)<100)n=[i,r,!1];else{r=node_path__WEBPACK_IMPORTED_MODULE_5__.posix.dirname(i),i=node_path__WEBPACK_IMPORTED_MODULE_5__.posix.basename(i);do Buffer.byteLength(i)<=100&&Buffer.byteLength(r)<=t?n=[i,r,!1]:Buffer.byteLength(i)>100&&Buffer.byteLength(r)<=t?n=[i.slice(0,99),r,!0]:(i=node_path__WEBPACK_IMPORTED_MODULE_5__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_5__.posix.basename(r),i),r=node_path__WEBPACK_IMPORTED_MODULE_5__.posix.dirname(r));while(r!==o&&n===void 0);n||(n=[s.slice(0,99),"",!0])}return n},xt=(s,t,e)=>s.subarray(t,t+e).toString("utf8").replace(/\0.*/,""),Wi=(s,t,e)=>pn(lt(s,t,e)),pn=s=>s===void 0?void 0:new Date(s*1e3),lt=(s,t,e)=>Number(s[t])&128?Hs(s.subarray(t,t+e)):wn(s,t,e),En=s=>isNaN(s)?void 0:s,wn=(s,t,e)=>En(parseInt(s.subarray(t,t+e).toString("utf8").replace(/\0.*$/,"").trim(),8)),Sn={12:8589934591,8:2097151},ct=(s,t,e,i)=>i===void 0?!1:i>Sn[e]||i<0?(Us(i,s.subarray(t,t+e)),!0):(yn(s,t,e,i),!1),yn=(s,t,e,i)=>s.write(Rn(i,e),t,e,"ascii"),Rn=(s,t)=>gn(Math.floor(s).toString(8),t),gn=(s,t)=>(s.length===t-1?s:new Array(t-s.length-1).join("0")+s+" ")+"\0",Gi=(s,t,e,i)=>i===void 0?!1:ct(s,t,e,i.getTime()/1e3),bn=new Array(156).join("\0"),Lt=(s,t,e,i)=>i===void 0?!1:(s.write(i+bn,t,e,"utf8"),i.length!==Buffer.byteLength(i)||i.length>e);var ft=class s{atime;mtime;ctime;charset;comment;gid;uid;gname;uname;linkpath;dev;ino;nlink;path;size;mode;global;constructor(t,e=!1){this.atime=t.atime,this.charset=t.charset,this.comment=t.comment,this.ctime=t.ctime,this.dev=t.dev,this.gid=t.gid,this.global=e,this.gname=t.gname,this.ino=t.ino,this.linkpath=t.linkpath,this.mtime=t.mtime,this.nlink=t.nlink,this.path=t.path,this.size=t.size,this.uid=t.uid,this.uname=t.uname}encode(){let t=this.encodeBody();if(t==="")return Buffer.allocUnsafe(0);let e=Buffer.byteLength(t),i=512*Math.ceil(1+e/512),r=Buffer.allocUnsafe(i);for(let n=0;n<512;n++)r[n]=0;new F({path:("PaxHeader/"+(0,node_path__WEBPACK_IMPORTED_MODULE_5__.basename)(this.path??"")).slice(0,99),mode:this.mode||420,uid:this.uid,gid:this.gid,size:e,mtime:this.mtime,type:this.global?"GlobalExtendedHeader":"ExtendedHeader",linkpath:"",uname:this.uname||"",gname:this.gname||"",devmaj:0,devmin:0,atime:this.atime,ctime:this.ctime}).encode(r),r.write(t,512,e,"utf8");for(let n=e+512;n<r.length;n++)r[n]=0;return r}encodeBody(){return this.encodeField("path")+this.encodeField("ctime")+this.encodeField("atime")+this.encodeField("dev")+this.encodeField("ino")+this.encodeField("nlink")+this.encodeField("charset")+this.encodeField("comment")+this.encodeField("gid")+this.encodeField("gname")+this.encodeField("linkpath")+this.encodeField("mtime")+this.encodeField("size")+this.encodeField("uid")+this.encodeField("uname")}encodeField(t){if(this[t]===void 0)return"";let e=this[t],i=e instanceof Date?e.getTime()/1e3:e,r=" "+(t==="dev"||t==="ino"||t==="nlink"?"SCHILY.":"")+t+"="+i+`
`,n=Buffer.byteLength(r),o=Math.floor(Math.log(n)/Math.log(10))+1;return n+o>=Math.pow(10,o)&&(o+=1),o+n+r}static parse(t,e,i=!1){return new s(On(Tn(t),e),i)}},On=(s,t)=>t?Object.assign({},t,s):s,Tn=s=>s.replace(/\n$/,"").split(`
`).reduce(xn,Object.create(null)),xn=(s,t)=>{let e=parseInt(t,10);if(e!==Buffer.byteLength(t)+1)return s;t=t.slice((e+" ").length);let i=t.split("="),r=i.shift();if(!r)return s;let n=r.replace(/^SCHILY\.(dev|ino|nlink)/,"$1"),o=i.join("=").replace(/\0.*/,"");switch(n){case"path":case"linkpath":case"type":case"charset":case"comment":case"gname":case"uname":s[n]=o;break;case"ctime":case"atime":case"mtime":s[n]=new Date(Number(o)*1e3);break;case"size":let h=+o;h>=0&&(s[n]=h);break;case"gid":case"uid":case"dev":case"ino":case"nlink":case"mode":s[n]=+o;break}return s};var Ln=process.env.TESTING_TAR_FAKE_PLATFORM||process.platform,f=Ln!=="win32"?s=>String(s):s=>String(s).replaceAll(/\\/g,"/");var $e=class extends A{extended;globalExtended;header;startBlockSize;blockRemain;remain;type;meta=!1;ignore=!1;path;mode;uid;gid;uname;gname;size=0;mtime;atime;ctime;linkpath;dev;ino;nlink;invalid=!1;absolute;unsupported=!1;constructor(t,e,i){switch(super({}),this.pause(),this.extended=e,this.globalExtended=i,this.header=t,this.remain=t.size??0,this.startBlockSize=512*Math.ceil(this.remain/512),this.blockRemain=this.startBlockSize,this.type=t.type,this.type){case"File":case"OldFile":case"Link":case"SymbolicLink":case"CharacterDevice":case"BlockDevice":case"Directory":case"FIFO":case"ContiguousFile":case"GNUDumpDir":break;case"NextFileHasLongLinkpath":case"NextFileHasLongPath":case"OldGnuLongPath":case"GlobalExtendedHeader":case"ExtendedHeader":case"OldExtendedHeader":this.meta=!0;break;default:this.ignore=!0}if(!t.path)throw new Error("no path provided for tar.ReadEntry");this.path=f(t.path),this.mode=t.mode,this.mode&&(this.mode=this.mode&4095),this.uid=t.uid,this.gid=t.gid,this.uname=t.uname,this.gname=t.gname,this.size=this.remain,this.mtime=t.mtime,this.atime=t.atime,this.ctime=t.ctime,this.linkpath=t.linkpath?f(t.linkpath):void 0,this.uname=t.uname,this.gname=t.gname,e&&this.#t(e),i&&this.#t(i,!0)}write(t){let e=t.length;if(e>this.blockRemain)throw new Error("writing more to entry than is appropriate");let i=this.remain,r=this.blockRemain;return this.remain=Math.max(0,i-e),this.blockRemain=Math.max(0,r-e),this.ignore?!0:i>=e?super.write(t):super.write(t.subarray(0,i))}#t(t,e=!1){t.path&&(t.path=f(t.path)),t.linkpath&&(t.linkpath=f(t.linkpath)),Object.assign(this,Object.fromEntries(Object.entries(t).filter(([i,r])=>!(r==null||i==="path"&&e))))}};var Dt=(s,t,e,i={})=>{s.file&&(i.file=s.file),s.cwd&&(i.cwd=s.cwd),i.code=e instanceof Error&&e.code||t,i.tarCode=t,!s.strict&&i.recoverable!==!1?(e instanceof Error&&(i=Object.assign(e,i),e=e.message),s.emit("warn",t,e,i)):e instanceof Error?s.emit("error",Object.assign(e,i)):s.emit("error",Object.assign(new Error(`${t}: ${e}`),i))};var Nn=1024*1024,Xi=Buffer.from([31,139]),qi=Buffer.from([40,181,47,253]),An=Math.max(Xi.length,qi.length),B=Symbol("state"),Nt=Symbol("writeEntry"),it=Symbol("readEntry"),Zi=Symbol("nextEntry"),Zs=Symbol("processEntry"),V=Symbol("extendedHeader"),he=Symbol("globalExtendedHeader"),dt=Symbol("meta"),Ys=Symbol("emitMeta"),p=Symbol("buffer"),st=Symbol("queue"),ut=Symbol("ended"),Yi=Symbol("emittedEnd"),At=Symbol("emit"),w=Symbol("unzip"),Xe=Symbol("consumeChunk"),qe=Symbol("consumeChunkSub"),Ki=Symbol("consumeBody"),Ks=Symbol("consumeMeta"),Vs=Symbol("consumeHeader"),ae=Symbol("consuming"),Vi=Symbol("bufferConcat"),Qe=Symbol("maybeEnd"),Yt=Symbol("writing"),$=Symbol("aborted"),Je=Symbol("onDone"),It=Symbol("sawValidEntry"),je=Symbol("sawNullBlock"),ti=Symbol("sawEOF"),$s=Symbol("closeStream"),In=1e3,le=Symbol("compressedBytesRead"),$i=Symbol("decompressedBytesRead"),Xs=Symbol("checkDecompressionRatio"),Cn=()=>!0,rt=class extends events__WEBPACK_IMPORTED_MODULE_0__.EventEmitter{file;strict;maxMetaEntrySize;filter;brotli;zstd;maxDecompressionRatio;writable=!0;readable=!1;[st]=[];[p];[it];[Nt];[B]="begin";[dt]="";[V];[he];[ut]=!1;[w];[$]=!1;[It];[je]=!1;[ti]=!1;[Yt]=!1;[ae]=!1;[Yi]=!1;[le]=0;[$i]=0;constructor(t={}){super(),this.file=t.file||"",this.on(Je,()=>{(this[B]==="begin"||this[It]===!1)&&this.warn("TAR_BAD_ARCHIVE","Unrecognized archive format")}),t.ondone?this.on(Je,t.ondone):this.on(Je,()=>{this.emit("prefinish"),this.emit("finish"),this.emit("end")}),this.strict=!!t.strict,this.maxDecompressionRatio=typeof t.maxDecompressionRatio=="number"?t.maxDecompressionRatio:In,this.maxMetaEntrySize=t.maxMetaEntrySize||Nn,this.filter=typeof t.filter=="function"?t.filter:Cn;let e=t.file&&(t.file.endsWith(".tar.br")||t.file.endsWith(".tbr"));this.brotli=!(t.gzip||t.zstd)&&t.brotli!==void 0?t.brotli:e?void 0:!1;let i=t.file&&(t.file.endsWith(".tar.zst")||t.file.endsWith(".tzst"));this.zstd=!(t.gzip||t.brotli)&&t.zstd!==void 0?t.zstd:i?!0:void 0,this.on("end",()=>this[$s]()),typeof t.onwarn=="function"&&this.on("warn",t.onwarn),typeof t.onReadEntry=="function"&&this.on("entry",t.onReadEntry)}warn(t,e,i={}){Dt(this,t,e,i)}[Vs](t,e){this[It]===void 0&&(this[It]=!1);let i;try{i=new F(t,e,this[V],this[he])}catch(r){return this.warn("TAR_ENTRY_INVALID",r)}if(i.nullBlock)this[je]?(this[ti]=!0,this[B]==="begin"&&(this[B]="header"),this[At]("eof")):(this[je]=!0,this[At]("nullBlock"));else if(this[je]=!1,!i.cksumValid)this.warn("TAR_ENTRY_INVALID","checksum failure",{header:i});else if(!i.path)this.warn("TAR_ENTRY_INVALID","path is required",{header:i});else{let r=i.type;if(/^(Symbolic)?Link$/.test(r)&&!i.linkpath)this.warn("TAR_ENTRY_INVALID","linkpath required",{header:i});else if(!/^(Symbolic)?Link$/.test(r)&&!/^(Global)?ExtendedHeader$/.test(r)&&i.linkpath)this.warn("TAR_ENTRY_INVALID","linkpath forbidden",{header:i});else{let n=this[Nt]=new $e(i,this[V],this[he]);if(!this[It])if(n.remain){let o=()=>{n.invalid||(this[It]=!0)};n.on("end",o)}else this[It]=!0;n.meta?n.size>this.maxMetaEntrySize?(n.ignore=!0,this[At]("ignoredEntry",n),this[B]="ignore",n.resume()):n.size>0&&(this[dt]="",n.on("data",o=>this[dt]+=o),this[B]="meta"):(this[V]=void 0,n.ignore=n.ignore||!this.filter(n.path,n),n.ignore?(this[At]("ignoredEntry",n),this[B]=n.remain?"ignore":"header",n.resume()):(n.remain?this[B]="body":(this[B]="header",n.end()),this[it]?this[st].push(n):(this[st].push(n),this[Zi]())))}}}[$s](){queueMicrotask(()=>this.emit("close"))}[Zs](t){let e=!0;if(!t)this[it]=void 0,e=!1;else if(Array.isArray(t)){let[i,...r]=t;this.emit(i,...r)}else this[it]=t,this.emit("entry",t),t.emittedEnd||(t.on("end",()=>this[Zi]()),e=!1);return e}[Zi](){do;while(this[Zs](this[st].shift()));if(this[st].length===0){let t=this[it];!t||t.flowing||t.size===t.remain?this[Yt]||this.emit("drain"):t.once("drain",()=>this.emit("drain"))}}[Ki](t,e){let i=this[Nt];if(!i)throw new Error("attempt to consume body without entry??");let r=i.blockRemain??0,n=r>=t.length&&e===0?t:t.subarray(e,e+r);return i.write(n),i.blockRemain||(this[B]="header",this[Nt]=void 0,i.end()),n.length}[Ks](t,e){let i=this[Nt],r=this[Ki](t,e);return!this[Nt]&&i&&this[Ys](i),r}[At](t,e,i){this[st].length===0&&!this[it]?this.emit(t,e,i):this[st].push([t,e,i])}[Ys](t){switch(this[At]("meta",this[dt]),t.type){case"ExtendedHeader":case"OldExtendedHeader":this[V]=ft.parse(this[dt],this[V],!1);break;case"GlobalExtendedHeader":this[he]=ft.parse(this[dt],this[he],!0);break;case"NextFileHasLongPath":case"OldGnuLongPath":{let e=this[V]??Object.create(null);this[V]=e,e.path=this[dt].replace(/\0.*/,"");break}case"NextFileHasLongLinkpath":{let e=this[V]||Object.create(null);this[V]=e,e.linkpath=this[dt].replace(/\0.*/,"");break}default:throw new Error("unknown meta: "+t.type)}}abort(t){if(!this[$]){if(this[w]){let e=this[w];e.write=()=>!0,e.end=()=>e,e.emit=()=>!1,e.destroy?.()}this[$]=!0,this.emit("abort",t),this.warn("TAR_ABORT",t,{recoverable:!1})}}[Xs](t){this[$i]+=t.length;let e=this[$i]/this[le];return e>this.maxDecompressionRatio?(this.abort(new Error(`max decompression ratio exceeded: ${e.toFixed(2)} > ${this.maxDecompressionRatio}`)),!1):!0}write(t,e,i){if(typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,typeof e=="string"?e:"utf8")),this[$])return i?.(),!1;if((this[w]===void 0||this.brotli===void 0&&this[w]===!1)&&t){if(this[p]&&(t=Buffer.concat([this[p],t]),this[p]=void 0),t.length<An)return this[p]=t,i?.(),!0;for(let a=0;this[w]===void 0&&a<Xi.length;a++)t[a]!==Xi[a]&&(this[w]=!1);let o=!1;if(this[w]===!1&&this.zstd!==!1){o=!0;for(let a=0;a<qi.length;a++)if(t[a]!==qi[a]){o=!1;break}}let h=this.brotli===void 0&&!o;if(this[w]===!1&&h)if(t.length<512)if(this[ut])this.brotli=!0;else return this[p]=t,i?.(),!0;else try{new F(t.subarray(0,512)),this.brotli=!1}catch{this.brotli=!0}if(this[w]===void 0||this[w]===!1&&(this.brotli||o)){let a=this[ut];this[ut]=!1,this[w]=this[w]===void 0?new Ue({}):o?new Ke({}):new Ge({}),this[w].on("data",c=>{this[Xs](c)&&this[Xe](c)}),this[w].on("error",c=>{this[$]||this.abort(c)}),this[w].on("end",()=>{this[ut]=!0,this[Xe]()}),this[Yt]=!0,this[le]+=t.length;let l=!!this[w][a?"end":"write"](t);return this[Yt]=!1,i?.(),l}}this[Yt]=!0,this[w]?(this[le]+=t.length,this[w].write(t)):this[Xe](t),this[Yt]=!1;let n=this[st].length>0?!1:this[it]?this[it].flowing:!0;return!n&&this[st].length===0&&this[it]?.once("drain",()=>this.emit("drain")),i?.(),n}[Vi](t){t&&!this[$]&&(this[p]=this[p]?Buffer.concat([this[p],t]):t)}[Qe](){if(this[ut]&&!this[Yi]&&!this[$]&&!this[ae]){this[Yi]=!0;let t=this[Nt];if(t?.blockRemain){let e=this[p]?this[p].length:0;this.warn("TAR_BAD_ARCHIVE",`Truncated input (needed ${t.blockRemain} more bytes, only ${e} available)`,{entry:t}),this[p]&&t.write(this[p]),t.end()}this[At](Je)}}[Xe](t){if(this[ae]&&t)this[Vi](t);else if(!t&&!this[p])this[Qe]();else if(t){if(this[ae]=!0,this[p]){this[Vi](t);let e=this[p];this[p]=void 0,this[qe](e)}else this[qe](t);for(;this[p]&&this[p]?.length>=512&&!this[$]&&!this[ti];){let e=this[p];this[p]=void 0,this[qe](e)}this[ae]=!1}(!this[p]||this[ut])&&this[Qe]()}[qe](t){let e=0,i=t.length;for(;e+512<=i&&!this[$]&&!this[ti];)switch(this[B]){case"begin":case"header":this[Vs](t,e),e+=512;break;case"ignore":case"body":e+=this[Ki](t,e);break;case"meta":e+=this[Ks](t,e);break;default:throw new Error("invalid state: "+this[B])}e<i&&(this[p]=this[p]?Buffer.concat([t.subarray(e),this[p]]):t.subarray(e))}end(t,e,i){return typeof t=="function"&&(i=t,e=void 0,t=void 0),typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,e)),i&&this.once("finish",i),this[$]||(this[w]?(t&&(this[le]+=t.length,this[w].write(t)),this[w].end()):(this[ut]=!0,(this.brotli===void 0||this.zstd===void 0)&&(t=t||Buffer.alloc(0)),t&&this.write(t),this[Qe]())),this}};var mt=s=>{let t=s.length-1,e=-1;for(;t>-1&&s.charAt(t)==="/";)e=t,t--;return e===-1?s:s.slice(0,e)};var vn=s=>{let t=s.onReadEntry;s.onReadEntry=t?e=>{t(e),e.resume()}:e=>e.resume()},Qi=(s,t)=>{let e=new Map(t.map(o=>[mt(o),!0])),i=s.filter,r=100,n=(o,h="",a=0)=>{if(a>=r)return e.set(o,!1),!1;let l=h||(0,path__WEBPACK_IMPORTED_MODULE_7__.parse)(o).root||".",c;if(o===l)c=!1;else{let d=e.get(o);c=d!==void 0?d:n((0,path__WEBPACK_IMPORTED_MODULE_7__.dirname)(o),l,a+1)}return e.set(o,c),c};s.filter=i?(o,h)=>i(o,h)&&n(mt(o)):o=>n(mt(o))},Mn=s=>{let t=new rt(s),e=s.file,i;try{i=node_fs__WEBPACK_IMPORTED_MODULE_6__.openSync(e,"r");let r=node_fs__WEBPACK_IMPORTED_MODULE_6__.fstatSync(i),n=s.maxReadSize||16*1024*1024;if(r.size<n){let o=Buffer.allocUnsafe(r.size),h=node_fs__WEBPACK_IMPORTED_MODULE_6__.readSync(i,o,0,r.size,0);t.end(h===o.byteLength?o:o.subarray(0,h))}else{let o=0,h=Buffer.allocUnsafe(n);for(;o<r.size;){let a=node_fs__WEBPACK_IMPORTED_MODULE_6__.readSync(i,h,0,n,o);if(a===0)break;o+=a,t.write(h.subarray(0,a))}t.end()}}finally{if(typeof i=="number")try{node_fs__WEBPACK_IMPORTED_MODULE_6__.closeSync(i)}catch{}}},Bn=(s,t)=>{let e=new rt(s),i=s.maxReadSize||16*1024*1024,r=s.file;return new Promise((o,h)=>{e.on("error",h),e.on("end",o),node_fs__WEBPACK_IMPORTED_MODULE_6__.stat(r,(a,l)=>{if(a)h(a);else{let c=new _t(r,{readSize:i,size:l.size});c.on("error",h),c.pipe(e)}})})},Ct=K(Mn,Bn,s=>new rt(s),s=>new rt(s),(s,t)=>{t?.length&&Qi(s,t),s.noResume||vn(s)});var Ji=(s,t,e)=>(s&=4095,e&&(s=(s|384)&-19),t&&(s&256&&(s|=64),s&32&&(s|=8),s&4&&(s|=1)),s);var{isAbsolute:zn,parse:qs}=node_path__WEBPACK_IMPORTED_MODULE_5__.win32,ce=s=>{let t="",e=qs(s);for(;zn(s)||e.root;){let i=s.charAt(0)==="/"&&s.slice(0,4)!=="//?/"?"/":e.root;s=s.slice(i.length),t+=i,e=qs(s)}return[t,s]};var ei=["|","<",">","?",":"],ji=ei.map(s=>String.fromCodePoint(61440+Number(s.codePointAt(0)))),Un=new Map(ei.map((s,t)=>[s,ji[t]])),Hn=new Map(ji.map((s,t)=>[s,ei[t]])),ts=s=>ei.reduce((t,e)=>t.split(e).join(Un.get(e)),s),Qs=s=>ji.reduce((t,e)=>t.split(e).join(Hn.get(e)),s);var rr=(s,t)=>t?(s=f(s).replace(/^\.(\/|$)/,""),mt(t)+"/"+s):f(s),Wn=16*1024*1024,tr=Symbol("process"),er=Symbol("file"),ir=Symbol("directory"),is=Symbol("symlink"),sr=Symbol("hardlink"),fe=Symbol("header"),ii=Symbol("read"),ss=Symbol("lstat"),si=Symbol("onlstat"),rs=Symbol("onread"),ns=Symbol("onreadlink"),os=Symbol("openfile"),hs=Symbol("onopenfile"),pt=Symbol("close"),ri=Symbol("mode"),as=Symbol("awaitDrain"),es=Symbol("ondrain"),q=Symbol("prefix"),de=class extends A{path;portable;myuid=process.getuid&&process.getuid()||0;myuser=process.env.USER||"";maxReadSize;linkCache;statCache;preservePaths;cwd;strict;mtime;noPax;noMtime;prefix;fd;blockLen=0;blockRemain=0;buf;pos=0;remain=0;length=0;offset=0;win32;absolute;header;type;linkpath;stat;onWriteEntry;#t=!1;constructor(t,e={}){let i=se(e);super(),this.path=f(t),this.portable=!!i.portable,this.maxReadSize=i.maxReadSize||Wn,this.linkCache=i.linkCache||new Map,this.statCache=i.statCache||new Map,this.preservePaths=!!i.preservePaths,this.cwd=f(i.cwd||process.cwd()),this.strict=!!i.strict,this.noPax=!!i.noPax,this.noMtime=!!i.noMtime,this.mtime=i.mtime,this.prefix=i.prefix?f(i.prefix):void 0,this.onWriteEntry=i.onWriteEntry,typeof i.onwarn=="function"&&this.on("warn",i.onwarn);let r=!1;if(!this.preservePaths){let[o,h]=ce(this.path);o&&typeof h=="string"&&(this.path=h,r=o)}this.win32=!!i.win32||process.platform==="win32",this.win32&&(this.path=Qs(this.path.replaceAll(/\\/g,"/")),t=t.replaceAll(/\\/g,"/")),this.absolute=f(i.absolute||path__WEBPACK_IMPORTED_MODULE_7__.resolve(this.cwd,t)),this.path===""&&(this.path="./"),r&&this.warn("TAR_ENTRY_INFO",`stripping ${r} from absolute path`,{entry:this,path:r+this.path});let n=this.statCache.get(this.absolute);n?this[si](n):this[ss]()}warn(t,e,i={}){return Dt(this,t,e,i)}emit(t,...e){return t==="error"&&(this.#t=!0),super.emit(t,...e)}[ss](){fs__WEBPACK_IMPORTED_MODULE_1__.lstat(this.absolute,(t,e)=>{if(t)return this.emit("error",t);this[si](e)})}[si](t){this.statCache.set(this.absolute,t),this.stat=t,t.isFile()||(t.size=0),this.type=Gn(t),this.emit("stat",t),this[tr]()}[tr](){switch(this.type){case"File":return this[er]();case"Directory":return this[ir]();case"SymbolicLink":return this[is]();default:return this.end()}}[ri](t){return Ji(t,this.type==="Directory",this.portable)}[q](t){return rr(t,this.prefix)}[fe](){if(!this.stat)throw new Error("cannot write header before stat");this.type==="Directory"&&this.portable&&(this.noMtime=!0),this.onWriteEntry?.(this),this.header=new F({path:this[q](this.path),linkpath:this.type==="Link"&&this.linkpath!==void 0?this[q](this.linkpath):this.linkpath,mode:this[ri](this.stat.mode),uid:this.portable?void 0:this.stat.uid,gid:this.portable?void 0:this.stat.gid,size:this.stat.size,mtime:this.noMtime?void 0:this.mtime||this.stat.mtime,type:this.type==="Unsupported"?void 0:this.type,uname:this.portable?void 0:this.stat.uid===this.myuid?this.myuser:"",atime:this.portable?void 0:this.stat.atime,ctime:this.portable?void 0:this.stat.ctime}),this.header.encode()&&!this.noPax&&super.write(new ft({atime:this.portable?void 0:this.header.atime,ctime:this.portable?void 0:this.header.ctime,gid:this.portable?void 0:this.header.gid,mtime:this.noMtime?void 0:this.mtime||this.header.mtime,path:this[q](this.path),linkpath:this.type==="Link"&&this.linkpath!==void 0?this[q](this.linkpath):this.linkpath,size:this.header.size,uid:this.portable?void 0:this.header.uid,uname:this.portable?void 0:this.header.uname,dev:this.portable?void 0:this.stat.dev,ino:this.portable?void 0:this.stat.ino,nlink:this.portable?void 0:this.stat.nlink}).encode());let t=this.header?.block;if(!t)throw new Error("failed to encode header");super.write(t)}[ir](){if(!this.stat)throw new Error("cannot create directory entry without stat");this.path.slice(-1)!=="/"&&(this.path+="/"),this.stat.size=0,this[fe](),this.end()}[is](){fs__WEBPACK_IMPORTED_MODULE_1__.readlink(this.absolute,(t,e)=>{if(t)return this.emit("error",t);this[ns](e)})}[ns](t){this.linkpath=f(t),this[fe](),this.end()}[sr](t){if(!this.stat)throw new Error("cannot create link entry without stat");this.type="Link",this.linkpath=f(path__WEBPACK_IMPORTED_MODULE_7__.relative(this.cwd,t)),this.stat.size=0,this[fe](),this.end()}[er](){if(!this.stat)throw new Error("cannot create file entry without stat");if(this.stat.nlink>1){let t=`${this.stat.dev}:${this.stat.ino}`,e=this.linkCache.get(t);if(e?.indexOf(this.cwd)===0)return this[sr](e);this.linkCache.set(t,this.absolute)}if(this[fe](),this.stat.size===0)return this.end();this[os]()}[os](){fs__WEBPACK_IMPORTED_MODULE_1__.open(this.absolute,"r",(t,e)=>{if(t)return this.emit("error",t);this[hs](e)})}[hs](t){if(this.fd=t,this.#t)return this[pt]();if(!this.stat)throw new Error("should stat before calling onopenfile");this.blockLen=512*Math.ceil(this.stat.size/512),this.blockRemain=this.blockLen;let e=Math.min(this.blockLen,this.maxReadSize);this.buf=Buffer.allocUnsafe(e),this.offset=0,this.pos=0,this.remain=this.stat.size,this.length=this.buf.length,this[ii]()}[ii](){let{fd:t,buf:e,offset:i,length:r,pos:n}=this;if(t===void 0||e===void 0)throw new Error("cannot read file without first opening");fs__WEBPACK_IMPORTED_MODULE_1__.read(t,e,i,r,n,(o,h)=>{if(o)return this[pt](()=>this.emit("error",o));this[rs](h)})}[pt](t=()=>{}){this.fd!==void 0&&fs__WEBPACK_IMPORTED_MODULE_1__.close(this.fd,t)}[rs](t){if(t<=0&&this.remain>0){let r=Object.assign(new Error("encountered unexpected EOF"),{path:this.absolute,syscall:"read",code:"EOF"});return this[pt](()=>this.emit("error",r))}if(t>this.remain){let r=Object.assign(new Error("did not encounter expected EOF"),{path:this.absolute,syscall:"read",code:"EOF"});return this[pt](()=>this.emit("error",r))}if(!this.buf)throw new Error("should have created buffer prior to reading");if(t===this.remain)for(let r=t;r<this.length&&t<this.blockRemain;r++)this.buf[r+this.offset]=0,t++,this.remain++;let e=this.offset===0&&t===this.buf.length?this.buf:this.buf.subarray(this.offset,this.offset+t);this.write(e)?this[es]():this[as](()=>this[es]())}[as](t){this.once("drain",t)}write(t,e,i){if(typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,typeof e=="string"?e:"utf8")),this.blockRemain<t.length){let r=Object.assign(new Error("writing more data than expected"),{path:this.absolute});return this.emit("error",r)}return this.remain-=t.length,this.blockRemain-=t.length,this.pos+=t.length,this.offset+=t.length,super.write(t,null,i)}[es](){if(!this.remain)return this.blockRemain&&super.write(Buffer.alloc(this.blockRemain)),this[pt](t=>t?this.emit("error",t):this.end());if(!this.buf)throw new Error("buffer lost somehow in ONDRAIN");this.offset>=this.length&&(this.buf=Buffer.allocUnsafe(Math.min(this.blockRemain,this.buf.length)),this.offset=0),this.length=this.buf.length-this.offset,this[ii]()}},ni=class extends de{sync=!0;[ss](){this[si](fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync(this.absolute))}[is](){this[ns](fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync(this.absolute))}[os](){this[hs](fs__WEBPACK_IMPORTED_MODULE_1__.openSync(this.absolute,"r"))}[ii](){let t=!0;try{let{fd:e,buf:i,offset:r,length:n,pos:o}=this;if(e===void 0||i===void 0)throw new Error("fd and buf must be set in READ method");let h=fs__WEBPACK_IMPORTED_MODULE_1__.readSync(e,i,r,n,o);this[rs](h),t=!1}finally{if(t)try{this[pt](()=>{})}catch{}}}[as](t){t()}[pt](t=()=>{}){this.fd!==void 0&&fs__WEBPACK_IMPORTED_MODULE_1__.closeSync(this.fd),t()}},oi=class extends A{blockLen=0;blockRemain=0;buf=0;pos=0;remain=0;length=0;preservePaths;portable;strict;noPax;noMtime;readEntry;type;prefix;path;mode;uid;gid;uname;gname;header;mtime;atime;ctime;linkpath;size;onWriteEntry;warn(t,e,i={}){return Dt(this,t,e,i)}constructor(t,e={}){let i=se(e);super(),this.preservePaths=!!i.preservePaths,this.portable=!!i.portable,this.strict=!!i.strict,this.noPax=!!i.noPax,this.noMtime=!!i.noMtime,this.onWriteEntry=i.onWriteEntry,this.readEntry=t;let{type:r}=t;if(r==="Unsupported")throw new Error("writing entry that should be ignored");this.type=r,this.type==="Directory"&&this.portable&&(this.noMtime=!0),this.prefix=i.prefix,this.path=f(t.path),this.mode=t.mode!==void 0?this[ri](t.mode):void 0,this.uid=this.portable?void 0:t.uid,this.gid=this.portable?void 0:t.gid,this.uname=this.portable?void 0:t.uname,this.gname=this.portable?void 0:t.gname,this.size=t.size,this.mtime=this.noMtime?void 0:i.mtime||t.mtime,this.atime=this.portable?void 0:t.atime,this.ctime=this.portable?void 0:t.ctime,this.linkpath=t.linkpath!==void 0?f(t.linkpath):void 0,typeof i.onwarn=="function"&&this.on("warn",i.onwarn);let n=!1;if(!this.preservePaths){let[h,a]=ce(this.path);h&&typeof a=="string"&&(this.path=a,n=h)}this.remain=t.size,this.blockRemain=t.startBlockSize,this.onWriteEntry?.(this),this.header=new F({path:this[q](this.path),linkpath:this.type==="Link"&&this.linkpath!==void 0?this[q](this.linkpath):this.linkpath,mode:this.mode,uid:this.portable?void 0:this.uid,gid:this.portable?void 0:this.gid,size:this.size,mtime:this.noMtime?void 0:this.mtime,type:this.type,uname:this.portable?void 0:this.uname,atime:this.portable?void 0:this.atime,ctime:this.portable?void 0:this.ctime}),n&&this.warn("TAR_ENTRY_INFO",`stripping ${n} from absolute path`,{entry:this,path:n+this.path}),this.header.encode()&&!this.noPax&&super.write(new ft({atime:this.portable?void 0:this.atime,ctime:this.portable?void 0:this.ctime,gid:this.portable?void 0:this.gid,mtime:this.noMtime?void 0:this.mtime,path:this[q](this.path),linkpath:this.type==="Link"&&this.linkpath!==void 0?this[q](this.linkpath):this.linkpath,size:this.size,uid:this.portable?void 0:this.uid,uname:this.portable?void 0:this.uname,dev:this.portable?void 0:this.readEntry.dev,ino:this.portable?void 0:this.readEntry.ino,nlink:this.portable?void 0:this.readEntry.nlink}).encode());let o=this.header?.block;if(!o)throw new Error("failed to encode header");super.write(o),t.pipe(this)}[q](t){return rr(t,this.prefix)}[ri](t){return Ji(t,this.type==="Directory",this.portable)}write(t,e,i){typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,typeof e=="string"?e:"utf8"));let r=t.length;if(r>this.blockRemain)throw new Error("writing more to entry than is appropriate");return this.blockRemain-=r,super.write(t,i)}end(t,e,i){return this.blockRemain&&super.write(Buffer.alloc(this.blockRemain)),typeof t=="function"&&(i=t,e=void 0,t=void 0),typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,e??"utf8")),i&&this.once("finish",i),t?super.end(t,i):super.end(i),this}},Gn=s=>s.isFile()?"File":s.isDirectory()?"Directory":s.isSymbolicLink()?"SymbolicLink":"Unsupported";var hi=class s{tail;head;length=0;static create(t=[]){return new s(t)}constructor(t=[]){for(let e of t)this.push(e)}*[Symbol.iterator](){for(let t=this.head;t;t=t.next)yield t.value}removeNode(t){if(t.list!==this)throw new Error("removing node which does not belong to this list");let e=t.next,i=t.prev;return e&&(e.prev=i),i&&(i.next=e),t===this.head&&(this.head=e),t===this.tail&&(this.tail=i),this.length--,t.next=void 0,t.prev=void 0,t.list=void 0,e}unshiftNode(t){if(t===this.head)return;t.list&&t.list.removeNode(t);let e=this.head;t.list=this,t.next=e,e&&(e.prev=t),this.head=t,this.tail||(this.tail=t),this.length++}pushNode(t){if(t===this.tail)return;t.list&&t.list.removeNode(t);let e=this.tail;t.list=this,t.prev=e,e&&(e.next=t),this.tail=t,this.head||(this.head=t),this.length++}push(...t){for(let e=0,i=t.length;e<i;e++)Yn(this,t[e]);return this.length}unshift(...t){for(var e=0,i=t.length;e<i;e++)Kn(this,t[e]);return this.length}pop(){if(!this.tail)return;let t=this.tail.value,e=this.tail;return this.tail=this.tail.prev,this.tail?this.tail.next=void 0:this.head=void 0,e.list=void 0,this.length--,t}shift(){if(!this.head)return;let t=this.head.value,e=this.head;return this.head=this.head.next,this.head?this.head.prev=void 0:this.tail=void 0,e.list=void 0,this.length--,t}forEach(t,e){e=e||this;for(let i=this.head,r=0;i;r++)t.call(e,i.value,r,this),i=i.next}forEachReverse(t,e){e=e||this;for(let i=this.tail,r=this.length-1;i;r--)t.call(e,i.value,r,this),i=i.prev}get(t){let e=0,i=this.head;for(;i&&e<t;e++)i=i.next;if(e===t&&i)return i.value}getReverse(t){let e=0,i=this.tail;for(;i&&e<t;e++)i=i.prev;if(e===t&&i)return i.value}map(t,e){e=e||this;let i=new s;for(let r=this.head;r;)i.push(t.call(e,r.value,this)),r=r.next;return i}mapReverse(t,e){e=e||this;var i=new s;for(let r=this.tail;r;)i.push(t.call(e,r.value,this)),r=r.prev;return i}reduce(t,e){let i,r=this.head;if(arguments.length>1)i=e;else if(this.head)r=this.head.next,i=this.head.value;else throw new TypeError("Reduce of empty list with no initial value");for(var n=0;r;n++)i=t(i,r.value,n),r=r.next;return i}reduceReverse(t,e){let i,r=this.tail;if(arguments.length>1)i=e;else if(this.tail)r=this.tail.prev,i=this.tail.value;else throw new TypeError("Reduce of empty list with no initial value");for(let n=this.length-1;r;n--)i=t(i,r.value,n),r=r.prev;return i}toArray(){let t=new Array(this.length);for(let e=0,i=this.head;i;e++)t[e]=i.value,i=i.next;return t}toArrayReverse(){let t=new Array(this.length);for(let e=0,i=this.tail;i;e++)t[e]=i.value,i=i.prev;return t}slice(t=0,e=this.length){e<0&&(e+=this.length),t<0&&(t+=this.length);let i=new s;if(e<t||e<0)return i;t<0&&(t=0),e>this.length&&(e=this.length);let r=this.head,n=0;for(n=0;r&&n<t;n++)r=r.next;for(;r&&n<e;n++,r=r.next)i.push(r.value);return i}sliceReverse(t=0,e=this.length){e<0&&(e+=this.length),t<0&&(t+=this.length);let i=new s;if(e<t||e<0)return i;t<0&&(t=0),e>this.length&&(e=this.length);let r=this.length,n=this.tail;for(;n&&r>e;r--)n=n.prev;for(;n&&r>t;r--,n=n.prev)i.push(n.value);return i}splice(t,e=0,...i){t>this.length&&(t=this.length-1),t<0&&(t=this.length+t);let r=this.head;for(let o=0;r&&o<t;o++)r=r.next;let n=[];for(let o=0;r&&o<e;o++)n.push(r.value),r=this.removeNode(r);r?r!==this.tail&&(r=r.prev):r=this.tail;for(let o of i)r=Zn(this,r,o);return n}reverse(){let t=this.head,e=this.tail;for(let i=t;i;i=i.prev){let r=i.prev;i.prev=i.next,i.next=r}return this.head=e,this.tail=t,this}};function Zn(s,t,e){let i=t,r=t?t.next:s.head,n=new ue(e,i,r,s);return n.next===void 0&&(s.tail=n),n.prev===void 0&&(s.head=n),s.length++,n}function Yn(s,t){s.tail=new ue(t,s.tail,void 0,s),s.head||(s.head=s.tail),s.length++}function Kn(s,t){s.head=new ue(t,void 0,s.head,s),s.tail||(s.tail=s.head),s.length++}var ue=class{list;next;prev;value;constructor(t,e,i,r){this.list=r,this.value=t,e?(e.next=this,this.prev=e):this.prev=void 0,i?(i.prev=this,this.next=i):this.next=void 0}};var pi=class{path;absolute;entry;stat;readdir;pending=!1;pendingLink=!1;ignore=!1;piped=!1;constructor(t,e){this.path=t||"./",this.absolute=e}},nr=Buffer.alloc(1024),li=Symbol("onStat"),me=Symbol("ended"),W=Symbol("queue"),pe=Symbol("pendingLinks"),Et=Symbol("current"),Ft=Symbol("process"),Ee=Symbol("processing"),ai=Symbol("processJob"),G=Symbol("jobs"),ls=Symbol("jobDone"),ci=Symbol("addFSEntry"),or=Symbol("addTarEntry"),ds=Symbol("stat"),us=Symbol("readdir"),fi=Symbol("onreaddir"),di=Symbol("pipe"),hr=Symbol("entry"),cs=Symbol("entryOpt"),ui=Symbol("writeEntryClass"),lr=Symbol("write"),fs=Symbol("ondrain"),wt=class extends A{sync=!1;opt;cwd;maxReadSize;preservePaths;strict;noPax;prefix;linkCache;statCache;file;portable;zip;readdirCache;noDirRecurse;follow;noMtime;mtime;filter;jobs;[ui];onWriteEntry;[W];[pe]=new Map;[G]=0;[Ee]=!1;[me]=!1;constructor(t={}){if(super(),this.opt=t,this.file=t.file||"",this.cwd=t.cwd||process.cwd(),this.maxReadSize=t.maxReadSize,this.preservePaths=!!t.preservePaths,this.strict=!!t.strict,this.noPax=!!t.noPax,this.prefix=f(t.prefix||""),this.linkCache=t.linkCache||new Map,this.statCache=t.statCache||new Map,this.readdirCache=t.readdirCache||new Map,this.onWriteEntry=t.onWriteEntry,this[ui]=de,typeof t.onwarn=="function"&&this.on("warn",t.onwarn),this.portable=!!t.portable,t.gzip||t.brotli||t.zstd){if((t.gzip?1:0)+(t.brotli?1:0)+(t.zstd?1:0)>1)throw new TypeError("gzip, brotli, zstd are mutually exclusive");if(t.gzip&&(typeof t.gzip!="object"&&(t.gzip={}),this.portable&&(t.gzip.portable=!0),this.zip=new ze(t.gzip)),t.brotli&&(typeof t.brotli!="object"&&(t.brotli={}),this.zip=new We(t.brotli)),t.zstd&&(typeof t.zstd!="object"&&(t.zstd={}),this.zip=new Ye(t.zstd)),!this.zip)throw new Error("impossible");let e=this.zip;e.on("data",i=>super.write(i)),e.on("end",()=>super.end()),e.on("drain",()=>this[fs]()),this.on("resume",()=>e.resume())}else this.on("drain",this[fs]);this.noDirRecurse=!!t.noDirRecurse,this.follow=!!t.follow,this.noMtime=!!t.noMtime,t.mtime&&(this.mtime=t.mtime),this.filter=typeof t.filter=="function"?t.filter:()=>!0,this[W]=new hi,this[G]=0,this.jobs=Number(t.jobs)||4,this[Ee]=!1,this[me]=!1}[lr](t){return super.write(t)}add(t){return this.write(t),this}end(t,e,i){return typeof t=="function"&&(i=t,t=void 0),typeof e=="function"&&(i=e,e=void 0),t&&this.add(t),this[me]=!0,this[Ft](),i&&i(),this}write(t){if(this[me])throw new Error("write after end");return typeof t=="string"?this[ci](t):this[or](t),this.flowing}[or](t){let e=f(path__WEBPACK_IMPORTED_MODULE_7__.resolve(this.cwd,t.path));if(!this.filter(t.path,t))t.resume();else{let i=new pi(t.path,e);i.entry=new oi(t,this[cs](i)),i.entry.on("end",()=>this[ls](i)),this[G]+=1,this[W].push(i)}this[Ft]()}[ci](t){let e=f(path__WEBPACK_IMPORTED_MODULE_7__.resolve(this.cwd,t));this[W].push(new pi(t,e)),this[Ft]()}[ds](t){t.pending=!0,this[G]+=1;let e=this.follow?"stat":"lstat";fs__WEBPACK_IMPORTED_MODULE_1__[e](t.absolute,(i,r)=>{t.pending=!1,this[G]-=1,i?this.emit("error",i):this[li](t,r)})}[li](t,e){if(this.statCache.set(t.absolute,e),t.stat=e,!this.filter(t.path,e))t.ignore=!0;else if(e.isFile()&&e.nlink>1&&!this.linkCache.get(`${e.dev}:${e.ino}`)&&!this.sync)if(t===this[Et])this[ai](t);else{let i=`${e.dev}:${e.ino}`,r=this[pe].get(i);r?r.push(t):this[pe].set(i,[t]),t.pendingLink=!0,t.pending=!0}this[Ft]()}[us](t){t.pending=!0,this[G]+=1,fs__WEBPACK_IMPORTED_MODULE_1__.readdir(t.absolute,(e,i)=>{if(t.pending=!1,this[G]-=1,e)return this.emit("error",e);this[fi](t,i)})}[fi](t,e){this.readdirCache.set(t.absolute,e),t.readdir=e,this[Ft]()}[Ft](){if(!this[Ee]){this[Ee]=!0;for(let t=this[W].head;t&&this[G]<this.jobs;t=t.next)if(this[ai](t.value),t.value.ignore){let e=t.next;this[W].removeNode(t),t.next=e}this[Ee]=!1,this[me]&&this[W].length===0&&this[G]===0&&(this.zip?this.zip.end(nr):(super.write(nr),super.end()))}}get[Et](){return this[W]&&this[W].head&&this[W].head.value}[ls](t){this[W].shift(),this[G]-=1;let{stat:e}=t;if(e&&e.isFile()&&e.nlink>1){let i=`${e.dev}:${e.ino}`,r=this[pe].get(i);if(r){this[pe].delete(i);for(let n of r)n.pending=!1,this[ai](n)}}this[Ft]()}[ai](t){if(t.pending&&t.pendingLink&&t===this[Et]&&(t.pending=!1,t.pendingLink=!1),!t.pending){if(t.entry){t===this[Et]&&!t.piped&&this[di](t);return}if(!t.stat){let e=this.statCache.get(t.absolute);e?this[li](t,e):this[ds](t)}if(t.stat&&!t.ignore){if(!this.noDirRecurse&&t.stat.isDirectory()&&!t.readdir){let e=this.readdirCache.get(t.absolute);if(e?this[fi](t,e):this[us](t),!t.readdir)return}if(t.entry=this[hr](t),!t.entry){t.ignore=!0;return}t===this[Et]&&!t.piped&&this[di](t)}}}[cs](t){return{onwarn:(e,i,r)=>this.warn(e,i,r),noPax:this.noPax,cwd:this.cwd,absolute:t.absolute,preservePaths:this.preservePaths,maxReadSize:this.maxReadSize,strict:this.strict,portable:this.portable,linkCache:this.linkCache,statCache:this.statCache,noMtime:this.noMtime,mtime:this.mtime,prefix:this.prefix,onWriteEntry:this.onWriteEntry}}[hr](t){this[G]+=1;try{return new this[ui](t.path,this[cs](t)).on("end",()=>this[ls](t)).on("error",i=>this.emit("error",i))}catch(e){this.emit("error",e)}}[fs](){this[Et]&&this[Et].entry&&this[Et].entry.resume()}[di](t){t.piped=!0,t.readdir&&t.readdir.forEach(r=>{let n=t.path,o=n==="./"?"":n.replace(/\/*$/,"/");this[ci](o+r)});let e=t.entry,i=this.zip;if(!e)throw new Error("cannot pipe without source");i?e.on("data",r=>{i.write(r)||e.pause()}):e.on("data",r=>{super.write(r)||e.pause()})}pause(){return this.zip&&this.zip.pause(),super.pause()}warn(t,e,i={}){Dt(this,t,e,i)}},kt=class extends wt{sync=!0;constructor(t){super(t),this[ui]=ni}pause(){}resume(){}[ds](t){let e=this.follow?"statSync":"lstatSync";this[li](t,fs__WEBPACK_IMPORTED_MODULE_1__[e](t.absolute))}[us](t){this[fi](t,fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync(t.absolute))}[di](t){let e=t.entry,i=this.zip;if(t.readdir&&t.readdir.forEach(r=>{let n=t.path,o=n==="./"?"":n.replace(/\/*$/,"/");this[ci](o+r)}),!e)throw new Error("Cannot pipe without source");i?e.on("data",r=>{i.write(r)}):e.on("data",r=>{super[lr](r)})}};var Vn=(s,t)=>{let e=new kt(s),i=new Wt(s.file,{mode:s.mode||438});e.pipe(i),fr(e,t)},$n=(s,t)=>{let e=new wt(s),i=new et(s.file,{mode:s.mode||438});e.pipe(i);let r=new Promise((n,o)=>{i.on("error",o),i.on("close",n),e.on("error",o)});return dr(e,t).catch(n=>e.emit("error",n)),r},fr=(s,t)=>{t.forEach(e=>{e.charAt(0)==="@"?Ct({file:node_path__WEBPACK_IMPORTED_MODULE_5__.resolve(s.cwd,e.slice(1)),sync:!0,noResume:!0,onReadEntry:i=>s.add(i)}):s.add(e)}),s.end()},dr=async(s,t)=>{for(let e of t)e.charAt(0)==="@"?await Ct({file:node_path__WEBPACK_IMPORTED_MODULE_5__.resolve(String(s.cwd),e.slice(1)),noResume:!0,onReadEntry:i=>{s.add(i)}}):s.add(e);s.end()},Xn=(s,t)=>{let e=new kt(s);return fr(e,t),e},qn=(s,t)=>{let e=new wt(s);return dr(e,t).catch(i=>e.emit("error",i)),e},Qn=K(Vn,$n,Xn,qn,(s,t)=>{if(!t?.length)throw new TypeError("no paths specified to add to archive")});var Jn=process.env.__FAKE_PLATFORM__||process.platform,Er=Jn==="win32",{O_CREAT:wr,O_NOFOLLOW:ur,O_TRUNC:Sr,O_WRONLY:yr}=fs__WEBPACK_IMPORTED_MODULE_1__.constants,Rr=Number(process.env.__FAKE_FS_O_FILENAME__)||fs__WEBPACK_IMPORTED_MODULE_1__.constants.UV_FS_O_FILEMAP||0,jn=Er&&!!Rr,to=512*1024,eo=Rr|Sr|wr|yr,mr=!Er&&typeof ur=="number"?ur|Sr|wr|yr:null,ms=mr!==null?()=>mr:jn?s=>s<to?eo:"w":()=>"w";var ps=(s,t,e)=>{try{return node_fs__WEBPACK_IMPORTED_MODULE_6__.lchownSync(s,t,e)}catch(i){if(i?.code!=="ENOENT")throw i}},Ei=(s,t,e,i)=>{node_fs__WEBPACK_IMPORTED_MODULE_6__.lchown(s,t,e,r=>{i(r&&r?.code!=="ENOENT"?r:null)})},io=(s,t,e,i,r)=>{if(t.isDirectory())Es(node_path__WEBPACK_IMPORTED_MODULE_5__.resolve(s,t.name),e,i,n=>{if(n)return r(n);let o=node_path__WEBPACK_IMPORTED_MODULE_5__.resolve(s,t.name);Ei(o,e,i,r)});else{let n=node_path__WEBPACK_IMPORTED_MODULE_5__.resolve(s,t.name);Ei(n,e,i,r)}},Es=(s,t,e,i)=>{node_fs__WEBPACK_IMPORTED_MODULE_6__.readdir(s,{withFileTypes:!0},(r,n)=>{if(r){if(r.code==="ENOENT")return i();if(r.code!=="ENOTDIR"&&r.code!=="ENOTSUP")return i(r)}if(r||!n.length)return Ei(s,t,e,i);let o=n.length,h=null,a=l=>{if(!h){if(l)return i(h=l);if(--o===0)return Ei(s,t,e,i)}};for(let l of n)io(s,l,t,e,a)})},so=(s,t,e,i)=>{t.isDirectory()&&ws(node_path__WEBPACK_IMPORTED_MODULE_5__.resolve(s,t.name),e,i),ps(node_path__WEBPACK_IMPORTED_MODULE_5__.resolve(s,t.name),e,i)},ws=(s,t,e)=>{let i;try{i=node_fs__WEBPACK_IMPORTED_MODULE_6__.readdirSync(s,{withFileTypes:!0})}catch(r){let n=r;if(n?.code==="ENOENT")return;if(n?.code==="ENOTDIR"||n?.code==="ENOTSUP")return ps(s,t,e);throw n}for(let r of i)so(s,r,t,e);return ps(s,t,e)};var Se=class extends Error{path;code;syscall="chdir";constructor(t,e){super(`${e}: Cannot cd into '${t}'`),this.path=t,this.code=e}get name(){return"CwdError"}};var St=class extends Error{path;symlink;syscall="symlink";code="TAR_SYMLINK_ERROR";constructor(t,e){super("TAR_SYMLINK_ERROR: Cannot extract through symbolic link"),this.symlink=t,this.path=e}get name(){return"SymlinkError"}};var no=(s,t)=>{node_fs__WEBPACK_IMPORTED_MODULE_6__.stat(s,(e,i)=>{(e||!i.isDirectory())&&(e=new Se(s,e?.code||"ENOTDIR")),t(e)})},gr=(s,t,e)=>{s=f(s);let i=t.umask??18,r=t.mode|448,n=(r&i)!==0,o=t.uid,h=t.gid,a=typeof o=="number"&&typeof h=="number"&&(o!==t.processUid||h!==t.processGid),l=t.preserve,c=t.unlink,d=f(t.cwd),y=(E,x)=>{E?e(E):x&&a?Es(x,o,h,Le=>y(Le)):n?node_fs__WEBPACK_IMPORTED_MODULE_6__.chmod(s,r,e):e()};if(s===d)return no(s,y);if(l)return node_fs_promises__WEBPACK_IMPORTED_MODULE_13__.mkdir(s,{mode:r,recursive:!0}).then(E=>y(null,E??void 0),y);let D=f(node_path__WEBPACK_IMPORTED_MODULE_5__.relative(d,s)).split("/");Ss(d,D,r,c,d,void 0,y)},Ss=(s,t,e,i,r,n,o)=>{if(t.length===0)return o(null,n);let h=t.shift(),a=f(node_path__WEBPACK_IMPORTED_MODULE_5__.resolve(s+"/"+h));node_fs__WEBPACK_IMPORTED_MODULE_6__.mkdir(a,e,br(a,t,e,i,r,n,o))},br=(s,t,e,i,r,n,o)=>h=>{h?node_fs__WEBPACK_IMPORTED_MODULE_6__.lstat(s,(a,l)=>{if(a)a.path=a.path&&f(a.path),o(a);else if(l.isDirectory())Ss(s,t,e,i,r,n,o);else if(i)node_fs__WEBPACK_IMPORTED_MODULE_6__.unlink(s,c=>{if(c)return o(c);node_fs__WEBPACK_IMPORTED_MODULE_6__.mkdir(s,e,br(s,t,e,i,r,n,o))});else{if(l.isSymbolicLink())return o(new St(s,s+"/"+t.join("/")));o(h)}}):(n=n||s,Ss(s,t,e,i,r,n,o))},oo=s=>{let t=!1,e;try{t=node_fs__WEBPACK_IMPORTED_MODULE_6__.statSync(s).isDirectory()}catch(i){e=i?.code}finally{if(!t)throw new Se(s,e??"ENOTDIR")}},_r=(s,t)=>{s=f(s);let e=t.umask??18,i=t.mode|448,r=(i&e)!==0,n=t.uid,o=t.gid,h=typeof n=="number"&&typeof o=="number"&&(n!==t.processUid||o!==t.processGid),a=t.preserve,l=t.unlink,c=f(t.cwd),d=E=>{E&&h&&ws(E,n,o),r&&node_fs__WEBPACK_IMPORTED_MODULE_6__.chmodSync(s,i)};if(s===c)return oo(c),d();if(a)return d(node_fs__WEBPACK_IMPORTED_MODULE_6__.mkdirSync(s,{mode:i,recursive:!0})??void 0);let T=f(node_path__WEBPACK_IMPORTED_MODULE_5__.relative(c,s)).split("/"),D;for(let E=T.shift(),x=c;E&&(x+="/"+E);E=T.shift()){x=f(node_path__WEBPACK_IMPORTED_MODULE_5__.resolve(x));try{node_fs__WEBPACK_IMPORTED_MODULE_6__.mkdirSync(x,i),D=D||x}catch{let Le=node_fs__WEBPACK_IMPORTED_MODULE_6__.lstatSync(x);if(Le.isDirectory())continue;if(l){node_fs__WEBPACK_IMPORTED_MODULE_6__.unlinkSync(x),node_fs__WEBPACK_IMPORTED_MODULE_6__.mkdirSync(x,i),D=D||x;continue}else if(Le.isSymbolicLink())return new St(x,x+"/"+T.join("/"))}}return d(D)};var ys=Object.create(null),Or=1e4,Vt=new Set,Tr=s=>{Vt.has(s)?Vt.delete(s):ys[s]=s.normalize("NFD").toLocaleLowerCase("en").toLocaleUpperCase("en"),Vt.add(s);let t=ys[s],e=Vt.size-Or;if(e>Or/10){for(let i of Vt)if(Vt.delete(i),delete ys[i],--e<=0)break}return t};var ho=process.env.TESTING_TAR_FAKE_PLATFORM||process.platform,ao=ho==="win32",lo=s=>s.split("/").slice(0,-1).reduce((e,i)=>{let r=e.at(-1);return r!==void 0&&(i=(0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(r,i)),e.push(i||"/"),e},[]),yi=class{#t=new Map;#i=new Map;#s=new Set;reserve(t,e){t=ao?["win32 parallelization disabled"]:t.map(r=>mt((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(Tr(r))));let i=new Set(t.map(r=>lo(r)).reduce((r,n)=>r.concat(n)));this.#i.set(e,{dirs:i,paths:t});for(let r of t){let n=this.#t.get(r);n?n.push(e):this.#t.set(r,[e])}for(let r of i){let n=this.#t.get(r);if(!n)this.#t.set(r,[new Set([e])]);else{let o=n.at(-1);o instanceof Set?o.add(e):n.push(new Set([e]))}}return this.#r(e)}#n(t){let e=this.#i.get(t);if(!e)throw new Error("function does not have any path reservations");return{paths:e.paths.map(i=>this.#t.get(i)),dirs:[...e.dirs].map(i=>this.#t.get(i))}}check(t){let{paths:e,dirs:i}=this.#n(t);return e.every(r=>r&&r[0]===t)&&i.every(r=>r&&r[0]instanceof Set&&r[0].has(t))}#r(t){return this.#s.has(t)||!this.check(t)?!1:(this.#s.add(t),t(()=>this.#e(t)),!0)}#e(t){if(!this.#s.has(t))return!1;let e=this.#i.get(t);if(!e)throw new Error("invalid reservation");let{paths:i,dirs:r}=e,n=new Set;for(let o of i){let h=this.#t.get(o);if(!h||h?.[0]!==t)continue;let a=h[1];if(!a){this.#t.delete(o);continue}if(h.shift(),typeof a=="function")n.add(a);else for(let l of a)n.add(l)}for(let o of r){let h=this.#t.get(o),a=h?.[0];if(!(!h||!(a instanceof Set)))if(a.size===1&&h.length===1){this.#t.delete(o);continue}else if(a.size===1){h.shift();let l=h[0];typeof l=="function"&&n.add(l)}else a.delete(t)}return this.#s.delete(t),n.forEach(o=>this.#r(o)),!0}};var Lr=()=>process.umask();var Dr=Symbol("onEntry"),_s=Symbol("checkFs"),Nr=Symbol("checkFs2"),Os=Symbol("isReusable"),P=Symbol("makeFs"),Ts=Symbol("file"),xs=Symbol("directory"),gi=Symbol("link"),Ar=Symbol("symlink"),Ir=Symbol("hardlink"),Re=Symbol("ensureNoSymlink"),Cr=Symbol("unsupported"),Fr=Symbol("checkPath"),Rs=Symbol("stripAbsolutePath"),yt=Symbol("mkdir"),O=Symbol("onError"),Ri=Symbol("pending"),kr=Symbol("pend"),$t=Symbol("unpend"),gs=Symbol("ended"),bs=Symbol("maybeClose"),Ls=Symbol("skip"),ge=Symbol("doChown"),be=Symbol("uid"),_e=Symbol("gid"),Oe=Symbol("checkedCwd"),fo=process.env.TESTING_TAR_FAKE_PLATFORM||process.platform,Te=fo==="win32",uo=1024,mo=(s,t)=>{if(!Te)return node_fs__WEBPACK_IMPORTED_MODULE_6__.unlink(s,t);let e=s+".DELETE."+(0,node_crypto__WEBPACK_IMPORTED_MODULE_12__.randomBytes)(16).toString("hex");node_fs__WEBPACK_IMPORTED_MODULE_6__.rename(s,e,i=>{if(i)return t(i);node_fs__WEBPACK_IMPORTED_MODULE_6__.unlink(e,t)})},po=s=>{if(!Te)return node_fs__WEBPACK_IMPORTED_MODULE_6__.unlinkSync(s);let t=s+".DELETE."+(0,node_crypto__WEBPACK_IMPORTED_MODULE_12__.randomBytes)(16).toString("hex");node_fs__WEBPACK_IMPORTED_MODULE_6__.renameSync(s,t),node_fs__WEBPACK_IMPORTED_MODULE_6__.unlinkSync(t)},vr=(s,t,e)=>s!==void 0&&s===s>>>0?s:t!==void 0&&t===t>>>0?t:e,Xt=class extends rt{[gs]=!1;[Oe]=!1;[Ri]=0;reservations=new yi;transform;writable=!0;readable=!1;uid;gid;setOwner;preserveOwner;processGid;processUid;maxDepth;forceChown;win32;newer;keep;noMtime;preservePaths;unlink;cwd;strip;processUmask;umask;dmode;fmode;chmod;constructor(t={}){if(t.ondone=()=>{this[gs]=!0,this[bs]()},super(t),this.transform=t.transform,this.chmod=!!t.chmod,typeof t.uid=="number"||typeof t.gid=="number"){if(typeof t.uid!="number"||typeof t.gid!="number")throw new TypeError("cannot set owner without number uid and gid");if(t.preserveOwner)throw new TypeError("cannot preserve owner in archive and also set owner explicitly");this.uid=t.uid,this.gid=t.gid,this.setOwner=!0}else this.uid=void 0,this.gid=void 0,this.setOwner=!1;this.preserveOwner=t.preserveOwner===void 0&&typeof t.uid!="number"?process.getuid?.()===0:!!t.preserveOwner,this.processUid=(this.preserveOwner||this.setOwner)&&process.getuid?process.getuid():void 0,this.processGid=(this.preserveOwner||this.setOwner)&&process.getgid?process.getgid():void 0,this.maxDepth=typeof t.maxDepth=="number"?t.maxDepth:uo,this.forceChown=t.forceChown===!0,this.win32=!!t.win32||Te,this.newer=!!t.newer,this.keep=!!t.keep,this.noMtime=!!t.noMtime,this.preservePaths=!!t.preservePaths,this.unlink=!!t.unlink,this.cwd=f(node_path__WEBPACK_IMPORTED_MODULE_5__.resolve(t.cwd||process.cwd())),this.strip=Number(t.strip)||0,this.processUmask=this.chmod?typeof t.processUmask=="number"?t.processUmask:Lr():0,this.umask=typeof t.umask=="number"?t.umask:this.processUmask,this.dmode=t.dmode||511&~this.umask,this.fmode=t.fmode||438&~this.umask,this.on("entry",e=>this[Dr](e))}warn(t,e,i={}){return(t==="TAR_BAD_ARCHIVE"||t==="TAR_ABORT")&&(i.recoverable=!1),super.warn(t,e,i)}[bs](){this[gs]&&this[Ri]===0&&(this.emit("prefinish"),this.emit("finish"),this.emit("end"))}[Rs](t,e){let i=t[e],{type:r}=t;if(!i||this.preservePaths)return!0;let[n,o]=ce(i),h=o.replaceAll(/\\/g,"/").split("/");if(h.includes("..")||Te&&/^[a-z]:\.\.$/i.test(h[0]??"")){if(e==="path"||r==="Link")return this.warn("TAR_ENTRY_ERROR",`${e} contains '..'`,{entry:t,[e]:i}),!1;let a=node_path__WEBPACK_IMPORTED_MODULE_5__.posix.dirname(t.path),l=node_path__WEBPACK_IMPORTED_MODULE_5__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_5__.posix.join(a,h.join("/")));if(l.startsWith("../")||l==="..")return this.warn("TAR_ENTRY_ERROR",`${e} escapes extraction directory`,{entry:t,[e]:i}),!1}return n&&(t[e]=String(o),this.warn("TAR_ENTRY_INFO",`stripping ${n} from absolute ${e}`,{entry:t,[e]:i})),!0}[Fr](t){let e=f(t.path),i=e.split("/");if(this.strip){if(i.length<this.strip)return!1;if(t.type==="Link"){let r=f(String(t.linkpath)).split("/");if(r.length>=this.strip)t.linkpath=r.slice(this.strip).join("/");else return!1}i.splice(0,this.strip),t.path=i.join("/")}if(isFinite(this.maxDepth)&&i.length>this.maxDepth)return this.warn("TAR_ENTRY_ERROR","path excessively deep",{entry:t,path:e,depth:i.length,maxDepth:this.maxDepth}),!1;if(!this[Rs](t,"path")||!this[Rs](t,"linkpath"))return!1;if(t.absolute=node_path__WEBPACK_IMPORTED_MODULE_5__.isAbsolute(t.path)?f(node_path__WEBPACK_IMPORTED_MODULE_5__.resolve(t.path)):f(node_path__WEBPACK_IMPORTED_MODULE_5__.resolve(this.cwd,t.path)),!this.preservePaths&&typeof t.absolute=="string"&&t.absolute.indexOf(this.cwd+"/")!==0&&t.absolute!==this.cwd)return this.warn("TAR_ENTRY_ERROR","path escaped extraction target",{entry:t,path:f(t.path),resolvedPath:t.absolute,cwd:this.cwd}),!1;if(t.absolute===this.cwd&&t.type!=="Directory"&&t.type!=="GNUDumpDir")return!1;if(this.win32){let{root:r}=node_path__WEBPACK_IMPORTED_MODULE_5__.win32.parse(String(t.absolute));t.absolute=r+ts(String(t.absolute).slice(r.length));let{root:n}=node_path__WEBPACK_IMPORTED_MODULE_5__.win32.parse(t.path);t.path=n+ts(t.path.slice(n.length))}return!0}[Dr](t){if(!this[Fr](t))return t.resume();switch(node_assert__WEBPACK_IMPORTED_MODULE_11__.equal(typeof t.absolute,"string"),t.type){case"Directory":case"GNUDumpDir":t.mode&&(t.mode=t.mode|448);case"File":case"OldFile":case"ContiguousFile":case"Link":case"SymbolicLink":return this[_s](t);default:return this[Cr](t)}}[O](t,e){t.name==="CwdError"?this.emit("error",t):(this.warn("TAR_ENTRY_ERROR",t,{entry:e}),this[$t](),e.resume())}[yt](t,e,i){gr(f(t),{uid:this.uid,gid:this.gid,processUid:this.processUid,processGid:this.processGid,umask:this.processUmask,preserve:this.preservePaths,unlink:this.unlink,cwd:this.cwd,mode:e},i)}[ge](t){return this.forceChown||this.preserveOwner&&(typeof t.uid=="number"&&t.uid!==this.processUid||typeof t.gid=="number"&&t.gid!==this.processGid)||typeof this.uid=="number"&&this.uid!==this.processUid||typeof this.gid=="number"&&this.gid!==this.processGid}[be](t){return vr(this.uid,t.uid,this.processUid)}[_e](t){return vr(this.gid,t.gid,this.processGid)}[Ts](t,e){let i=typeof t.mode=="number"?t.mode&4095:this.fmode,r=new et(String(t.absolute),{flags:ms(t.size),mode:i,autoClose:!1});r.on("error",a=>{r.fd&&node_fs__WEBPACK_IMPORTED_MODULE_6__.close(r.fd,()=>{}),r.write=()=>!0,this[O](a,t),e()});let n=1,o=a=>{if(a){r.fd&&node_fs__WEBPACK_IMPORTED_MODULE_6__.close(r.fd,()=>{}),this[O](a,t),e();return}--n===0&&r.fd!==void 0&&node_fs__WEBPACK_IMPORTED_MODULE_6__.close(r.fd,l=>{l?this[O](l,t):this[$t](),e()})};r.on("finish",()=>{let a=String(t.absolute),l=r.fd;if(typeof l=="number"&&t.mtime&&!this.noMtime){n++;let c=t.atime||new Date,d=t.mtime;node_fs__WEBPACK_IMPORTED_MODULE_6__.futimes(l,c,d,y=>y?node_fs__WEBPACK_IMPORTED_MODULE_6__.utimes(a,c,d,T=>o(T&&y)):o())}if(typeof l=="number"&&this[ge](t)){n++;let c=this[be](t),d=this[_e](t);typeof c=="number"&&typeof d=="number"&&node_fs__WEBPACK_IMPORTED_MODULE_6__.fchown(l,c,d,y=>y?node_fs__WEBPACK_IMPORTED_MODULE_6__.chown(a,c,d,T=>o(T&&y)):o())}o()});let h=this.transform&&this.transform(t)||t;h!==t&&(h.on("error",a=>{this[O](a,t),e()}),t.pipe(h)),h.pipe(r)}[xs](t,e){let i=typeof t.mode=="number"?t.mode&4095:this.dmode;this[yt](String(t.absolute),i,r=>{if(r){this[O](r,t),e();return}let n=1,o=()=>{--n===0&&(e(),this[$t](),t.resume())};t.mtime&&!this.noMtime&&(n++,node_fs__WEBPACK_IMPORTED_MODULE_6__.utimes(String(t.absolute),t.atime||new Date,t.mtime,o)),this[ge](t)&&(n++,node_fs__WEBPACK_IMPORTED_MODULE_6__.chown(String(t.absolute),Number(this[be](t)),Number(this[_e](t)),o)),o()})}[Cr](t){t.unsupported=!0,this.warn("TAR_ENTRY_UNSUPPORTED",`unsupported entry type: ${t.type}`,{entry:t}),t.resume()}[Ar](t,e){let i=f(node_path__WEBPACK_IMPORTED_MODULE_5__.relative(this.cwd,node_path__WEBPACK_IMPORTED_MODULE_5__.resolve(node_path__WEBPACK_IMPORTED_MODULE_5__.dirname(String(t.absolute)),String(t.linkpath)))).split("/");this[Re](t,this.cwd,i,()=>this[gi](t,String(t.linkpath),"symlink",e),r=>{this[O](r,t),e()})}[Ir](t,e){let i=f(node_path__WEBPACK_IMPORTED_MODULE_5__.resolve(this.cwd,String(t.linkpath))),r=f(String(t.linkpath)).split("/");this[Re](t,this.cwd,r,()=>this[gi](t,i,"link",e),n=>{this[O](n,t),e()})}[Re](t,e,i,r,n){let o=i.shift();if(this.preservePaths||o===void 0)return r();let h=node_path__WEBPACK_IMPORTED_MODULE_5__.resolve(e,o);node_fs__WEBPACK_IMPORTED_MODULE_6__.lstat(h,(a,l)=>{if(a)return r();if(l?.isSymbolicLink())return n(new St(h,node_path__WEBPACK_IMPORTED_MODULE_5__.resolve(h,i.join("/"))));this[Re](t,h,i,r,n)})}[kr](){this[Ri]++}[$t](){this[Ri]--,this[bs]()}[Ls](t){this[$t](),t.resume()}[Os](t,e){return t.type==="File"&&!this.unlink&&e.isFile()&&e.nlink<=1&&!Te}[_s](t){this[kr]();let e=[t.path];t.linkpath&&e.push(t.linkpath),this.reservations.reserve(e,i=>this[Nr](t,i))}[Nr](t,e){let i=h=>{e(h)},r=()=>{this[yt](this.cwd,this.dmode,h=>{if(h){this[O](h,t),i();return}this[Oe]=!0,n()})},n=()=>{if(t.absolute!==this.cwd){let h=f(node_path__WEBPACK_IMPORTED_MODULE_5__.dirname(String(t.absolute)));if(h!==this.cwd)return this[yt](h,this.dmode,a=>{if(a){this[O](a,t),i();return}o()})}o()},o=()=>{node_fs__WEBPACK_IMPORTED_MODULE_6__.lstat(String(t.absolute),(h,a)=>{if(a&&(this.keep||this.newer&&a.mtime>(t.mtime??a.mtime))){this[Ls](t),i();return}if(h||this[Os](t,a))return this[P](null,t,i);if(a.isDirectory()){if(t.type==="Directory"){let l=this.chmod&&t.mode&&(a.mode&4095)!==t.mode,c=d=>this[P](d??null,t,i);return l?node_fs__WEBPACK_IMPORTED_MODULE_6__.chmod(String(t.absolute),Number(t.mode),c):c()}if(t.absolute!==this.cwd)return node_fs__WEBPACK_IMPORTED_MODULE_6__.rmdir(String(t.absolute),l=>this[P](l??null,t,i))}if(t.absolute===this.cwd)return this[P](null,t,i);mo(String(t.absolute),l=>this[P](l??null,t,i))})};this[Oe]?n():r()}[P](t,e,i){if(t){this[O](t,e),i();return}switch(e.type){case"File":case"OldFile":case"ContiguousFile":return this[Ts](e,i);case"Link":return this[Ir](e,i);case"SymbolicLink":return this[Ar](e,i);case"Directory":case"GNUDumpDir":return this[xs](e,i)}}[gi](t,e,i,r){node_fs__WEBPACK_IMPORTED_MODULE_6__[i](e,String(t.absolute),n=>{n?this[O](n,t):(this[$t](),t.resume()),r()})}},ye=s=>{try{return[null,s()]}catch(t){return[t,null]}},xe=class extends Xt{sync=!0;[P](t,e){return super[P](t,e,()=>{})}[_s](t){if(!this[Oe]){let n=this[yt](this.cwd,this.dmode);if(n)return this[O](n,t);this[Oe]=!0}if(t.absolute!==this.cwd){let n=f(node_path__WEBPACK_IMPORTED_MODULE_5__.dirname(String(t.absolute)));if(n!==this.cwd){let o=this[yt](n,this.dmode);if(o)return this[O](o,t)}}let[e,i]=ye(()=>node_fs__WEBPACK_IMPORTED_MODULE_6__.lstatSync(String(t.absolute)));if(i&&(this.keep||this.newer&&i.mtime>(t.mtime??i.mtime)))return this[Ls](t);if(e||this[Os](t,i))return this[P](null,t);if(i.isDirectory()){if(t.type==="Directory"){let o=this.chmod&&t.mode&&(i.mode&4095)!==t.mode,[h]=o?ye(()=>{node_fs__WEBPACK_IMPORTED_MODULE_6__.chmodSync(String(t.absolute),Number(t.mode))}):[];return this[P](h,t)}let[n]=ye(()=>node_fs__WEBPACK_IMPORTED_MODULE_6__.rmdirSync(String(t.absolute)));this[P](n,t)}let[r]=t.absolute===this.cwd?[]:ye(()=>po(String(t.absolute)));this[P](r,t)}[Ts](t,e){let i=typeof t.mode=="number"?t.mode&4095:this.fmode,r=h=>{let a;try{node_fs__WEBPACK_IMPORTED_MODULE_6__.closeSync(n)}catch(l){a=l}(h||a)&&this[O](h||a,t),e()},n;try{n=node_fs__WEBPACK_IMPORTED_MODULE_6__.openSync(String(t.absolute),ms(t.size),i)}catch(h){return r(h)}let o=this.transform&&this.transform(t)||t;o!==t&&(o.on("error",h=>this[O](h,t)),t.pipe(o)),o.on("data",h=>{try{node_fs__WEBPACK_IMPORTED_MODULE_6__.writeSync(n,h,0,h.length)}catch(a){r(a)}}),o.on("end",()=>{let h=null;if(t.mtime&&!this.noMtime){let a=t.atime||new Date,l=t.mtime;try{node_fs__WEBPACK_IMPORTED_MODULE_6__.futimesSync(n,a,l)}catch(c){try{node_fs__WEBPACK_IMPORTED_MODULE_6__.utimesSync(String(t.absolute),a,l)}catch{h=c}}}if(this[ge](t)){let a=this[be](t),l=this[_e](t);try{node_fs__WEBPACK_IMPORTED_MODULE_6__.fchownSync(n,Number(a),Number(l))}catch(c){try{node_fs__WEBPACK_IMPORTED_MODULE_6__.chownSync(String(t.absolute),Number(a),Number(l))}catch{h=h||c}}}r(h)})}[xs](t,e){let i=typeof t.mode=="number"?t.mode&4095:this.dmode,r=this[yt](String(t.absolute),i);if(r){this[O](r,t),e();return}if(t.mtime&&!this.noMtime)try{node_fs__WEBPACK_IMPORTED_MODULE_6__.utimesSync(String(t.absolute),t.atime||new Date,t.mtime)}catch{}if(this[ge](t))try{node_fs__WEBPACK_IMPORTED_MODULE_6__.chownSync(String(t.absolute),Number(this[be](t)),Number(this[_e](t)))}catch{}e(),t.resume()}[yt](t,e){try{return _r(f(t),{uid:this.uid,gid:this.gid,processUid:this.processUid,processGid:this.processGid,umask:this.processUmask,preserve:this.preservePaths,unlink:this.unlink,cwd:this.cwd,mode:e})}catch(i){return i}}[Re](t,e,i,r,n){if(this.preservePaths||i.length===0)return r();let o=e;for(let h of i){o=node_path__WEBPACK_IMPORTED_MODULE_5__.resolve(o,h);let[a,l]=ye(()=>node_fs__WEBPACK_IMPORTED_MODULE_6__.lstatSync(o));if(a)return r();if(l.isSymbolicLink())return n(new St(o,node_path__WEBPACK_IMPORTED_MODULE_5__.resolve(e,i.join("/"))))}r()}[gi](t,e,i,r){let n=`${i}Sync`;try{node_fs__WEBPACK_IMPORTED_MODULE_6__[n](e,String(t.absolute)),r(),t.resume()}catch(o){return this[O](o,t)}}};var Eo=s=>{let t=new xe(s),e=s.file,i=node_fs__WEBPACK_IMPORTED_MODULE_6__.statSync(e),r=s.maxReadSize||16*1024*1024;new Be(e,{readSize:r,size:i.size}).pipe(t)},wo=(s,t)=>{let e=new Xt(s),i=s.maxReadSize||16*1024*1024,r=s.file;return new Promise((o,h)=>{e.on("error",h),e.on("close",o),node_fs__WEBPACK_IMPORTED_MODULE_6__.stat(r,(a,l)=>{if(a)h(a);else{let c=new _t(r,{readSize:i,size:l.size});c.on("error",h),c.pipe(e)}})})},So=K(Eo,wo,s=>new xe(s),s=>new Xt(s),(s,t)=>{t?.length&&Qi(s,t)});var yo=(s,t)=>{let e=new kt(s),i=!0,r,n;try{try{r=node_fs__WEBPACK_IMPORTED_MODULE_6__.openSync(s.file,"r+")}catch(a){if(a?.code==="ENOENT")r=node_fs__WEBPACK_IMPORTED_MODULE_6__.openSync(s.file,"w+");else throw a}let o=node_fs__WEBPACK_IMPORTED_MODULE_6__.fstatSync(r),h=Buffer.alloc(512);t:for(n=0;n<o.size;n+=512){for(let c=0,d=0;c<512;c+=d){if(d=node_fs__WEBPACK_IMPORTED_MODULE_6__.readSync(r,h,c,h.length-c,n+c),n===0&&h[0]===31&&h[1]===139)throw new Error("cannot append to compressed archives");if(!d)break t}let a=new F(h);if(!a.cksumValid)break;let l=512*Math.ceil((a.size||0)/512);if(n+l+512>o.size)break;n+=l,s.mtimeCache&&a.mtime&&s.mtimeCache.set(String(a.path),a.mtime)}i=!1,Ro(s,e,n,r,t)}finally{if(i)try{node_fs__WEBPACK_IMPORTED_MODULE_6__.closeSync(r)}catch{}}},Ro=(s,t,e,i,r)=>{let n=new Wt(s.file,{fd:i,start:e});t.pipe(n),bo(t,r)},go=(s,t)=>{t=Array.from(t);let e=new wt(s),i=(n,o,h)=>{let a=(T,D)=>{T?node_fs__WEBPACK_IMPORTED_MODULE_6__.close(n,E=>h(T)):h(null,D)},l=0;if(o===0)return a(null,0);let c=0,d=Buffer.alloc(512),y=(T,D)=>{if(T||D===void 0)return a(T);if(c+=D,c<512&&D)return node_fs__WEBPACK_IMPORTED_MODULE_6__.read(n,d,c,d.length-c,l+c,y);if(l===0&&d[0]===31&&d[1]===139)return a(new Error("cannot append to compressed archives"));if(c<512)return a(null,l);let E=new F(d);if(!E.cksumValid)return a(null,l);let x=512*Math.ceil((E.size??0)/512);if(l+x+512>o||(l+=x+512,l>=o))return a(null,l);s.mtimeCache&&E.mtime&&s.mtimeCache.set(String(E.path),E.mtime),c=0,node_fs__WEBPACK_IMPORTED_MODULE_6__.read(n,d,0,512,l,y)};node_fs__WEBPACK_IMPORTED_MODULE_6__.read(n,d,0,512,l,y)};return new Promise((n,o)=>{e.on("error",o);let h="r+",a=(l,c)=>{if(l&&l.code==="ENOENT"&&h==="r+")return h="w+",node_fs__WEBPACK_IMPORTED_MODULE_6__.open(s.file,h,a);if(l||!c)return o(l);node_fs__WEBPACK_IMPORTED_MODULE_6__.fstat(c,(d,y)=>{if(d)return node_fs__WEBPACK_IMPORTED_MODULE_6__.close(c,()=>o(d));i(c,y.size,(T,D)=>{if(T)return o(T);let E=new et(s.file,{fd:c,start:D});e.pipe(E),E.on("error",o),E.on("close",n),_o(e,t)})})};node_fs__WEBPACK_IMPORTED_MODULE_6__.open(s.file,h,a)})},bo=(s,t)=>{t.forEach(e=>{e.charAt(0)==="@"?Ct({file:node_path__WEBPACK_IMPORTED_MODULE_5__.resolve(s.cwd,e.slice(1)),sync:!0,noResume:!0,onReadEntry:i=>s.add(i)}):s.add(e)}),s.end()},_o=async(s,t)=>{for(let e of t)e.charAt(0)==="@"?await Ct({file:node_path__WEBPACK_IMPORTED_MODULE_5__.resolve(String(s.cwd),e.slice(1)),noResume:!0,onReadEntry:i=>s.add(i)}):s.add(e);s.end()},vt=K(yo,go,()=>{throw new TypeError("file is required")},()=>{throw new TypeError("file is required")},(s,t)=>{if(!Bs(s))throw new TypeError("file is required");if(s.gzip||s.brotli||s.zstd||s.file.endsWith(".br")||s.file.endsWith(".tbr"))throw new TypeError("cannot append to compressed archives");if(!t?.length)throw new TypeError("no paths specified to add/replace")});var Oo=K(vt.syncFile,vt.asyncFile,vt.syncNoFile,vt.asyncNoFile,(s,t=[])=>{vt.validate?.(s,t),To(s)}),To=s=>{let t=s.filter;s.mtimeCache||(s.mtimeCache=new Map),s.filter=t?(e,i)=>t(e,i)&&!((s.mtimeCache?.get(e)??i.mtime??0)>(i.mtime??0)):(e,i)=>!((s.mtimeCache?.get(e)??i.mtime??0)>(i.mtime??0))};
//# sourceMappingURL=index.min.js.map


/***/ }),

/***/ 38816:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  YOg: () => (/* binding */ array),
  zMY: () => (/* binding */ schemas_boolean),
  gMt: () => (/* binding */ discriminatedUnion),
  k5n: () => (/* binding */ schemas_enum),
  euz: () => (/* binding */ literal),
  aig: () => (/* binding */ schemas_number),
  Ikc: () => (/* binding */ object),
  g1P: () => (/* binding */ record),
  YjP: () => (/* binding */ schemas_string),
  KCZ: () => (/* binding */ union),
  L5J: () => (/* binding */ unknown)
});

// UNUSED EXPORTS: ZodAny, ZodArray, ZodBase64, ZodBase64URL, ZodBigInt, ZodBigIntFormat, ZodBoolean, ZodCIDRv4, ZodCIDRv6, ZodCUID, ZodCUID2, ZodCatch, ZodCodec, ZodCreditCard, ZodCustom, ZodCustomStringFormat, ZodDate, ZodDefault, ZodDiscriminatedUnion, ZodE164, ZodEmail, ZodEmoji, ZodEnum, ZodExactOptional, ZodFile, ZodFunction, ZodGUID, ZodIBAN, ZodIPv4, ZodIPv6, ZodISODate, ZodISODateTime, ZodISODuration, ZodISOTime, ZodInstanceOf, ZodIntersection, ZodJWT, ZodKSUID, ZodLazy, ZodLiteral, ZodMAC, ZodMap, ZodNaN, ZodNanoID, ZodNever, ZodNonOptional, ZodNull, ZodNullable, ZodNumber, ZodNumberFormat, ZodObject, ZodOptional, ZodPipe, ZodPrefault, ZodPreprocess, ZodPromise, ZodReadonly, ZodRecord, ZodSet, ZodString, ZodStringFormat, ZodSuccess, ZodSymbol, ZodTemplateLiteral, ZodTransform, ZodTuple, ZodType, ZodULID, ZodURL, ZodUUID, ZodUndefined, ZodUnion, ZodUnknown, ZodVoid, ZodXID, ZodXor, _ZodString, _default, _function, any, base64, base64url, bigint, catch, check, cidrv4, cidrv6, codec, creditCard, cuid, cuid2, currencyCode, custom, date, describe, e164, email, emoji, exactOptional, file, float32, float64, function, guid, hash, hex, hostname, httpUrl, iban, instanceof, int, int32, int64, intersection, invertCodec, ipv4, ipv6, json, jwt, keyof, ksuid, lazy, looseObject, looseRecord, mac, map, meta, nan, nanoid, nativeEnum, never, nonoptional, null, nullable, nullish, optional, partialRecord, pipe, prefault, preprocess, promise, readonly, refine, set, strictObject, stringFormat, stringbool, success, superRefine, symbol, templateLiteral, transform, tuple, uint32, uint64, ulid, undefined, url, uuid, uuidv4, uuidv6, uuidv7, void, xid, xor

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/util.js

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function util_assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            util_assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        util_assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function util_isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const util_allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (globalConfig.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (util_isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (util_isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function util_issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/core.js
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/memoizer.js

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack, resolve);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (spread && !desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = rawShape(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw, true) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a new built-in kind becomes a compile error here
            kind;
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
/**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */
function isRecursiveSchema(inst) {
    // z.compile never parses, so nothing would ever resolve a lazy for it; it runs once and already treats a throw here as recursive
    return isRecursive(inst, new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const memoizer_open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set(), false);
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = memoizer_open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = memoizer_open.length > depth ? memoizer_open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/regexes.js

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function regexes_anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ regexes_anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const regexes_boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/checks.js
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? codePointLength(input)
            : units;
        if (length === def.length)
            return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = escapeRegex(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(...prefixIssues(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ $constructor("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    hide(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
});
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/doc.js
class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
    }
    else
        def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes_boolean;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodBigInt = /*@__PURE__*/ $constructor("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = bigint;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.null;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ $constructor("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    attachSchema(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && aborted(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    util_assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = util_isObject;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = cached(() => normalizeDef(def));
    const memo = globalConfig.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = util_isObject;
    const jit = !globalConfig.jitless;
    const allowsEval = util_allowsEval;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
$constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    util_assignProp(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = cached(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util_isObject(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
});
const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ $constructor("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = aborted(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (aborted(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...prefixIssues(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ $constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isPlainObject(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...prefixIssues(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...prefixIssues(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
});
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : undefined;
    });
    defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
})));
const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(util_issue(_iss));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
var registries_a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(registries_a = globalThis).__zod_globalRegistry ?? (registries_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_null(Class, params) {
    return new Class({
        type: "null",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new $ZodCheckProperties({
        check: "properties",
        shape,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(util_issue(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new $ZodCheck({
        check: "custom",
        ...normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new $ZodCheck({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new $ZodCheck({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                util_assignProp(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function to_json_schema_initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function to_json_schema_processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            to_json_schema_processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function to_json_schema_extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            util_assignProp(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function to_json_schema_finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                util_assignProp(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = to_json_schema_initializeContext({ ...params, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = to_json_schema_initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = getEnumValues(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = to_json_schema_processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        util_assignProp(json.properties, key, to_json_schema_processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = to_json_schema_processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = to_json_schema_processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = to_json_schema_processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? to_json_schema_processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            util_assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = to_json_schema_processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/locales/en.js

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = parsedType(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
                return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
/* harmony default export */ function en() {
    return {
        localeError: error(),
    };
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = $constructor("$ZodError", initializer);
const $ZodRealError = $constructor("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/errors.js



/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const errors_initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodError = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodError", errors_initializer)));
const ZodRealError = /*@__PURE__*/ $constructor("ZodError", errors_initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/parse.js


const classic_parse_parse = /* @__PURE__ */ _parse(ZodRealError);
const classic_parse_parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const parse_safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const parse_safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);

// Codec functions
const parse_encode = /* @__PURE__ */ _encode(ZodRealError);
const parse_decode = /* @__PURE__ */ _decode(ZodRealError);
const parse_encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const parse_decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const parse_safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const parse_safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const parse_safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const parse_safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/schemas.js








// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!globalConfig.localeError)
        config(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!globalConfig.memoizer)
        config({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(mergeDefs(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return clone(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(_overwrite(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return schemas_default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return schemas_catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return hide(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return parse_safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        own(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
    },
    encode: function _encode(data, params) {
        return parse_encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return parse_decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(_regex(...args));
    },
    includes(...args) {
        return this.check(_includes(...args));
    },
    startsWith(...args) {
        return this.check(_startsWith(...args));
    },
    endsWith(...args) {
        return this.check(_endsWith(...args));
    },
    min(...args) {
        return this.check(_minLength(...args));
    },
    max(...args) {
        return this.check(_maxLength(...args));
    },
    length(...args) {
        return this.check(_length(...args));
    },
    nonempty(...args) {
        return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
        return this.check(_lowercase(params));
    },
    uppercase(params) {
        return this.check(_uppercase(params));
    },
    trim() {
        return this.check(_trim());
    },
    normalize(...args) {
        return this.check(_normalize(...args));
    },
    toLowerCase() {
        return this.check(_toLowerCase());
    },
    toUpperCase() {
        return this.check(_toUpperCase());
    },
    slugify() {
        return this.check(_slugify());
    },
}));
const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(_email(ZodEmail, params));
    },
    url(params) {
        return this.check(_url(ZodURL, params));
    },
    jwt(params) {
        return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
        return this.check(api_emoji(ZodEmoji, params));
    },
    guid(params) {
        return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
        return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
        return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
        return this.check(_isoDate(ZodISODate, params));
    },
    time(params) {
        return this.check(_isoTime(ZodISOTime, params));
    },
    duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
    },
});
function schemas_string(params) {
    return _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_email(params) {
    return core._email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_guid(params) {
    return core._guid(ZodGUID, params);
}
const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_uuid(params) {
    return core._uuid(ZodUUID, params);
}
function uuidv4(params) {
    return core._uuidv4(ZodUUID, params);
}
// ZodUUIDv6
function uuidv6(params) {
    return core._uuidv6(ZodUUID, params);
}
// ZodUUIDv7
function uuidv7(params) {
    return core._uuidv7(ZodUUID, params);
}
const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return core._url(ZodURL, params);
}
function httpUrl(params) {
    return core._url(ZodURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_emoji(params) {
    return core._emoji(ZodEmoji, params);
}
const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_nanoid(params) {
    return core._nanoid(ZodNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
function schemas_cuid(params) {
    return core._cuid(ZodCUID, params);
}
const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cuid2(params) {
    return core._cuid2(ZodCUID2, params);
}
const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ulid(params) {
    return core._ulid(ZodULID, params);
}
const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_xid(params) {
    return core._xid(ZodXID, params);
}
const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ksuid(params) {
    return core._ksuid(ZodKSUID, params);
}
const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv4(params) {
    return core._ipv4(ZodIPv4, params);
}
const ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMAC", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodMAC.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_mac(params) {
    return core._mac(ZodMAC, params);
}
const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv6(params) {
    return core._ipv6(ZodIPv6, params);
}
const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv4(params) {
    return core._cidrv4(ZodCIDRv4, params);
}
const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv6(params) {
    return core._cidrv6(ZodCIDRv6, params);
}
const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64(params) {
    return core._base64(ZodBase64, params);
}
const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64url(params) {
    return core._base64url(ZodBase64URL, params);
}
const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_e164(params) {
    return core._e164(ZodE164, params);
}
const ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_creditCard(params) {
    return core._creditCard(ZodCreditCard, params);
}
const ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_iban(params) {
    return core._iban(ZodIBAN, params);
}
const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function jwt(params) {
    return core._jwt(ZodJWT, params);
}
const ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCustomStringFormat", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodCustomStringFormat.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function schemas_hostname(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hostname", regexes.hostname, _params);
}
function schemas_hex(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hex", regexes.hex, _params);
}
function schemas_currencyCode(_params) {
    return core._stringFormat(ZodCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodCustomStringFormat, format, regex, params);
}
const ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    int(params) {
        return this.check(schemas_int(params));
    },
    safe(params) {
        return this.check(schemas_int(params));
    },
    positive(params) {
        return this.check(_gt(0, params));
    },
    nonnegative(params) {
        return this.check(_gte(0, params));
    },
    negative(params) {
        return this.check(_lt(0, params));
    },
    nonpositive(params) {
        return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
    step(value, params) {
        return this.check(_multipleOf(value, params));
    },
    finite() {
        return this;
    },
}));
function schemas_number(params) {
    return _number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function schemas_int(params) {
    return _int(ZodNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function schemas_boolean(params) {
    return _boolean(ZodBoolean, params);
}
const ZodBigInt = /*@__PURE__*/ $constructor("ZodBigInt", (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    positive(params) {
        return this.check(_gt(BigInt(0), params));
    },
    negative(params) {
        return this.check(_lt(BigInt(0), params));
    },
    nonpositive(params) {
        return this.check(_lte(BigInt(0), params));
    },
    nonnegative(params) {
        return this.check(_gte(BigInt(0), params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
}));
function schemas_bigint(params) {
    return core._bigint(ZodBigInt, params);
}
const ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodBigIntFormat, params);
}
const ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
})));
function symbol(params) {
    return core._symbol(ZodSymbol, params);
}
const ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
})));
function schemas_undefined(params) {
    return core._undefined(ZodUndefined, params);
}

const ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNull", (inst, def) => {
    core.$ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nullProcessor(inst, ctx, json, params);
})));
function schemas_null(params) {
    return core._null(ZodNull, params);
}

const ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
})));
function any() {
    return core._any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
    return _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
    return _never(ZodNever, params);
}
const ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
})));
function schemas_void(params) {
    return core._void(ZodVoid, params);
}

const ZodDate = /*@__PURE__*/ $constructor("ZodDate", (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
    inst.min = (value, params) => inst.check(_gte(value, params));
    inst.max = (value, params) => inst.check(_lte(value, params));
}, 
/*@__PURE__*/ derived({
    minDate: (inst) => {
        const { minimum } = aggregateChecks(inst);
        return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
        const { maximum } = aggregateChecks(inst);
        return maximum ? new Date(maximum) : null;
    },
}, {}));
function schemas_date(params) {
    return core._date(ZodDate, params);
}
const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(_minLength(n, params));
    },
    nonempty(params) {
        return this.check(_minLength(1, params));
    },
    max(n, params) {
        return this.check(_maxLength(n, params));
    },
    length(n, params) {
        return this.check(_length(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return _array(ZodArray, element, params);
}
// .keyof
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return schemas_enum(Object.keys(shape));
}
const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return schemas_enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(mergeDefs(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(mergeDefs(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return extend(this, incoming);
    },
    safeExtend(incoming) {
        return safeExtend(this, incoming);
    },
    merge(other) {
        return merge(this, other);
    },
    pick(mask) {
        return pick(this, mask);
    },
    omit(mask) {
        return omit(this, mask);
    },
    partial(...args) {
        return partial(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return partial(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return required(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...normalizeParams(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...util.normalizeParams(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...util.normalizeParams(params),
    });
}
const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...normalizeParams(params),
    });
}
const ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodXor", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ $constructor("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    $ZodDiscriminatedUnion.init(inst, def);
});
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...normalizeParams(params),
    });
}
const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodTuple = /*@__PURE__*/ $constructor("ZodTuple", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTuple.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
    rest(rest) {
        return this.clone({
            ...this._zod.def,
            rest: rest,
        });
    },
    partial() {
        const def = this._zod.def;
        // a refinement was authored against the full arity; partialing would run it on a shorter array
        if (def.checks?.length)
            throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
            ...def,
            items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item })),
        });
    },
});
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof core.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodTuple({
        type: "tuple",
        items: items,
        rest,
        ...util.normalizeParams(params),
    });
}
const ZodRecord = /*@__PURE__*/ $constructor("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: schemas_string(),
            valueType: keyType,
            ...normalizeParams(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...normalizeParams(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMap", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodMap.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function map(keyType, valueType, params) {
    return new ZodMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSet", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodSet.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function set(valueType, params) {
    return new ZodSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
});
function schemas_enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...normalizeParams(params),
    });
}

/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ $constructor("ZodLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
});
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...normalizeParams(params),
    });
}
const ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
    inst.min = (size, params) => inst.check(core._minSize(size, params));
    inst.max = (size, params) => inst.check(core._maxSize(size, params));
    inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [types], params));
})));
function file(params) {
    return core._file(ZodFile, params);
}
const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(util_issue(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
function schemas_nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function schemas_default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...normalizeParams(params),
    });
}
const ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function success(innerType) {
    return new ZodSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function schemas_catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : constantCatch(catchValue)),
    });
}

const ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
})));
function nan(params) {
    return core._nan(ZodNaN, params);
}
const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCodec", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
function codec(in_, out, params) {
    return new ZodCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodPreprocess.init(inst, def);
})));
const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
})));
function templateLiteral(parts, params) {
    return new ZodTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.lazyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.getter();
})));
function lazy(getter) {
    return new ZodLazy({
        type: "lazy",
        getter: getter,
    });
}
const ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function promise(innerType) {
    return new ZodPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
})));
function _function(params) {
    return new ZodFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}

const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
// custom checks
function check(fn) {
    const ch = new core.$ZodCheck({
        check: "custom",
        // ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
function custom(fn, _params) {
    return core._custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return _superRefine(fn, params);
}
// Re-export describe and meta from core
const schemas_describe = describe;
const schemas_meta = meta;
const ZodInstanceOf = /*@__PURE__*/ $constructor("ZodInstanceOf", (inst, def) => {
    ZodCustom.init(inst, def);
}, {
    properties(shape, params) {
        // asserts in place, so the narrowed output type is truthful without a wrapper
        return this.check(_properties(shape, params));
    },
});
function _instanceof(cls, params = {}) {
    const inst = new ZodInstanceOf({
        type: "custom",
        check: "custom",
        fn: (data) => data instanceof cls,
        abort: true,
        ...util.normalizeParams(params),
    });
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodCodec,
    Boolean: ZodBoolean,
    String: ZodString,
}, ...args);
function json(params) {
    const jsonSchema = lazy(() => {
        return union([schemas_string(params), schemas_number(), schemas_boolean(), schemas_null(), array(jsonSchema), record(schemas_string(), jsonSchema)]);
    });
    return jsonSchema;
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* reexport */ runCli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(73136);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(57975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: ./src/config/options.ts
var config_options = __nccwpck_require__(6856);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __nccwpck_require__(90131);
// EXTERNAL MODULE: ./src/commands/run.ts + 38 modules
var run = __nccwpck_require__(7773);
// EXTERNAL MODULE: ./src/util/redact.ts
var util_redact = __nccwpck_require__(50767);
;// CONCATENATED MODULE: ./src/log.ts

class StreamLogger {
    out;
    verbose;
    live;
    statusShown = false;
    constructor(out = process.stderr, verbose = !!process.env.BAKUP_DEBUG) {
        this.out = out;
        this.verbose = verbose;
        this.live = 'isTTY' in out && !!out.isTTY;
    }
    line(prefix, message) {
        this.clearStatus();
        this.out.write(`${prefix}${(0,util_redact/* redact */.E)(message)}\n`);
    }
    clearStatus() {
        if (this.statusShown) {
            this.out.write('\r\x1b[K');
            this.statusShown = false;
        }
    }
    info(message) {
        this.line('', message);
    }
    warn(message) {
        this.line('warning: ', message);
    }
    error(message) {
        this.line('error: ', message);
    }
    debug(message) {
        if (this.verbose)
            this.line('debug: ', message);
    }
    status(message) {
        if (this.live) {
            this.out.write(`\r\x1b[K${(0,util_redact/* redact */.E)(message)}`);
            this.statusShown = true;
        }
        else {
            this.line('', message);
        }
    }
    /** Ends a live status line so the next output starts on a fresh line. */
    done() {
        this.clearStatus();
    }
}
/** A logger that keeps everything in memory; used by tests and to silence library use. */
class MemoryLogger {
    live = false;
    lines = [];
    info(m) {
        this.lines.push(`info: ${redact(m)}`);
    }
    warn(m) {
        this.lines.push(`warning: ${redact(m)}`);
    }
    error(m) {
        this.lines.push(`error: ${redact(m)}`);
    }
    debug(m) {
        this.lines.push(`debug: ${redact(m)}`);
    }
    status(m) {
        this.lines.push(`status: ${redact(m)}`);
    }
}

// EXTERNAL MODULE: ./src/notify/slack.ts
var slack = __nccwpck_require__(47569);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/cli/main.ts









const SYNOPSIS = {
    backup: 'bakup backup --source <dir|URI> --to <storage-url> [--to …] [--name NAME] [--incremental [auto]] [--json]',
    restore: 'bakup restore --from <storage-url> --name NAME [--backup-id ID|latest | --at TIME] --target <dir|URI> [--overwrite]\n       bakup restore --from-archive FILE --target mongodb://… [--drop]',
    verify: 'bakup verify --from <storage-url> --name NAME [--backup-id ID|latest|all]',
    list: 'bakup list --from <storage-url> [--name NAME] [--json]',
    prune: 'bakup prune --from <storage-url> --name NAME --keep-last N --keep-daily N … [--keep-within DUR] [--dry-run]',
    unlock: 'bakup unlock --from <storage-url> --name NAME [--all]',
    drill: 'bakup drill --from <storage-url> --name NAME --target <throwaway URI> [--backup-id latest] [--max-age DUR] [--max-restore-time DUR]',
    copy: 'bakup copy --from <storage-url> --to <storage-url> [--to …] --name NAME [--backup-id ID|latest|all]',
};
const ABOUT = {
    backup: 'Back up a source to one or more storages. The manifest is written last: a backup exists only once complete.',
    restore: 'Restore a backup into a target, checking every byte against the manifest first.',
    verify: 'Re-read every artifact and check sizes and SHA-256 digests. Exit 3 when anything does not match.',
    list: 'List the committed backups in a storage.',
    prune: 'Apply a retention policy on the store (restic forget rules, ORed). Manifests go first, then artifacts; parents of kept incrementals are kept; manifest-less folders older than --grace are swept.',
    unlock: 'Remove stale locks (past their expiry) left by jobs that died; --all removes every lock.',
    copy: 'Copy committed backups to other storages as they are stored (still compressed and encrypted: no key needed). Every byte is checked against the manifest on the way; the manifest is written last, once every artifact arrived. Backups already there are skipped; incrementals follow their parents. Exit 3 when a source artifact does not match its manifest (nothing is listed on the target).',
    drill: 'Restore drill: restore a backup into a throwaway target, compare what landed there with the fingerprint recorded at backup time, and check the achieved RPO (backup age) and RTO (restore time) against objectives. Exit 3 when the data differs, 1 when an objective is missed.',
};
function mainHelp() {
    return [
        `bakup ${version/* VERSION */.x} — back up and restore directories, MongoDB, Redis and n8n to local and cloud storage`,
        '',
        'Usage:',
        ...config_options/* COMMANDS */.Lo.map((c) => `  ${SYNOPSIS[c]}`),
        '',
        'Run `bakup <command> --help` for a command\'s options.',
        'Exit codes: 0 success, 1 operational failure, 2 invalid input or usage, 3 verification failed.',
    ].join('\n');
}
function commandHelp(c) {
    const row = (o) => {
        const flag = `--${o.name}${o.value ? ` ${o.value}` : ''}`;
        return `  ${flag.padEnd(34)} ${o.help}`;
    };
    const options = (0,config_options/* optionsFor */.A5)(c);
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
/** Runs the CLI; returns the exit code (the caller sets process.exitCode). */
async function runCli(argv, io = { stdout: process.stdout, stderr: process.stderr }) {
    const log = new StreamLogger(io.stderr);
    try {
        const [first, ...rest] = argv;
        if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
            io.stdout.write(`${mainHelp()}\n`);
            return first === undefined ? errors/* ExitCode */.yU.USAGE : errors/* ExitCode */.yU.OK;
        }
        if (first === '--version' || first === '-V') {
            io.stdout.write(`${version/* VERSION */.x}\n`);
            return errors/* ExitCode */.yU.OK;
        }
        if (!config_options/* COMMANDS */.Lo.includes(first)) {
            throw new errors/* UsageError */.eb(`unknown command '${first}'; expected one of ${config_options/* COMMANDS */.Lo.join(', ')} (see bakup --help)`);
        }
        const command = first;
        if (rest.includes('--help') || rest.includes('-h')) {
            io.stdout.write(`${commandHelp(command)}\n`);
            return errors/* ExitCode */.yU.OK;
        }
        // --recipient is the age-style spelling of --encryption-recipients.
        const raw = parseFlags(command, rest.map((a) => (a === '--recipient' ? '--encryption-recipients' : a.startsWith('--recipient=') ? `--encryption-recipients=${a.slice(12)}` : a)));
        const inputs = (0,schema/* validate */.tf)(command, raw, (o) => `--${o}`);
        const webhook = inputs['slack-webhook-url'] ?? process.env.SLACK_WEBHOOK_URL;
        (0,util_redact/* registerSecret */.c)(webhook);
        let outcome;
        try {
            outcome = await (0,run/* runCommand */.d1)(command, inputs, { log }, (o) => `--${o}`);
        }
        catch (err) {
            await (0,slack/* notifySlack */.g9)(webhook, inputs.notify, (0,slack/* failureFacts */._2)(command, inputs.name, err), log);
            throw err;
        }
        log.done();
        if (outcome.facts)
            await (0,slack/* notifySlack */.g9)(webhook, inputs.notify, outcome.facts, log);
        if (inputs.json)
            io.stdout.write(`${JSON.stringify(outcome.json, null, 2)}\n`);
        else
            for (const line of outcome.text)
                io.stdout.write(`${(0,util_redact/* redact */.E)(line)}\n`);
        return outcome.exitCode;
    }
    catch (err) {
        log.done();
        const e = (0,errors/* asBakupError */.KX)(err);
        log.error(e.message);
        if (process.env.BAKUP_DEBUG && err instanceof Error && err.stack)
            io.stderr.write(`${(0,util_redact/* redact */.E)(err.stack)}\n`);
        return e.exitCode;
    }
}
/** Flags that may stand alone: `--incremental` means `--incremental on`. */
const BARE_VALUE = { '--incremental': 'on' };
function parseFlags(command, argv) {
    const args = argv.flatMap((a, i) => (a in BARE_VALUE && (i + 1 >= argv.length || argv[i + 1].startsWith('--')) ? [`${a}=${BARE_VALUE[a]}`] : [a]));
    const specs = (0,config_options/* optionsFor */.A5)(command);
    const options = {};
    for (const s of specs)
        options[s.name] = s.type === 'boolean' ? { type: 'boolean' } : { type: 'string', multiple: s.type === 'strings' };
    try {
        const { values } = (0,external_node_util_.parseArgs)({ args, options, strict: true, allowPositionals: false });
        return values;
    }
    catch (err) {
        const msg = err instanceof Error ? err.message : String(err);
        const unknown = /Unknown option '([^']+)'/.exec(msg);
        if (unknown)
            throw new errors/* UsageError */.eb(`unknown option '${unknown[1]}' for 'bakup ${command}' (see bakup ${command} --help)`);
        const positional = /Unexpected argument '([^']+)'/.exec(msg);
        if (positional)
            throw new errors/* UsageError */.eb(`unexpected argument '${positional[1]}' for 'bakup ${command}'; options take the form --name value`);
        const missing = /Option '(--[^ ']+)[^']*' argument missing/.exec(msg);
        if (missing)
            throw new errors/* UsageError */.eb(`${missing[1]}: a value is required`);
        throw new errors/* UsageError */.eb(msg.replace(/\. To specify.*$/s, ''));
    }
}

;// CONCATENATED MODULE: ./src/action/index.ts
/**
 * The bundle's entry (dist/index.js). GitHub runs it with no arguments and the
 * inputs in INPUT_* variables; bin/bakup.js imports it for the CLI. The action
 * half (and @actions/core, ~30 MB resident) loads only when the action runs.
 */



function invokedDirectly() {
    const argv1 = process.argv[1];
    if (!argv1)
        return false;
    try {
        return (0,external_node_fs_.realpathSync)(argv1) === (0,external_node_fs_.realpathSync)((0,external_node_url_.fileURLToPath)(import.meta.url));
    }
    catch {
        return false;
    }
}
if (invokedDirectly())
    void Promise.all(/* import() */[__nccwpck_require__.e(659), __nccwpck_require__.e(769)]).then(__nccwpck_require__.bind(__nccwpck_require__, 36769)).then((m) => m.run());

var __webpack_exports__runCli = __webpack_exports__.a;
export { __webpack_exports__runCli as runCli };
