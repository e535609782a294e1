/**
 * Exit codes are part of the CLI contract (README "Exit codes"): scripts and the
 * action branch on them, so every failure is classified once, here.
 */
export const ExitCode = {
  OK: 0,
  OPERATIONAL: 1,
  USAGE: 2,
  VERIFICATION: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** An error whose message is written for the user: printed as one line, never with a stack. */
export class BakupError extends Error {
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** Invalid input or usage: a bad flag, a malformed URL, a missing source. Exit 2. */
export class UsageError extends BakupError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, ExitCode.USAGE, options);
  }
}

/** Something failed while doing the work: I/O, network, a peer refusing. Exit 1. */
export class OperationalError extends BakupError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, ExitCode.OPERATIONAL, options);
  }
}

/** Stored data does not match what the manifest promises (checksum, size, missing part, corruption). Exit 3. */
export class VerificationError extends BakupError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, ExitCode.VERIFICATION, options);
  }
}

/** Node system errors carry a `code`; this reads it without `any`. */
export function errorCode(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err) {
    const code = (err as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Turns any thrown value into a BakupError. Unknown errors become operational
 * failures; their message is kept (redacted by the caller) but not their stack,
 * unless BAKUP_DEBUG is set.
 */
export function asBakupError(err: unknown): BakupError {
  if (err instanceof BakupError) return err;
  const code = errorCode(err);
  const msg = errorMessage(err);
  return new OperationalError(code && !msg.includes(code) ? `${code}: ${msg}` : msg, { cause: err });
}
