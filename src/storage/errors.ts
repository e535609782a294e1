import { BakupError, OperationalError, UsageError, errorCode } from '../errors.js';
import { redact } from '../util/redact.js';

/** The storage operation that failed; it decides which permission a refusal names. */
export type StorageOp = 'put' | 'get' | 'stat' | 'list' | 'delete' | 'upload';

/**
 * A storage failure, already worded for the user. `transient` tells the retry
 * decorator whether trying again can help (throttling, 5xx, resets, timeouts).
 */
export class StorageError extends OperationalError {
  constructor(
    message: string,
    readonly transient: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** What a backend tells the classifier about where a failure happened. */
export interface FailureContext {
  /** The store's location, e.g. `s3://bucket/prefix`; starts every message. */
  location: string;
  /** `bucket` or `container`, for the wording of "does not exist". */
  containerWord: 'bucket' | 'container';
  container: string;
  op: StorageOp;
  key?: string;
  /** The permission the operation needs, e.g. `s3:PutObject`. */
  permission: string;
  /** A custom endpoint, named when it cannot be reached. */
  endpoint?: string;
  /** How this store's credentials are found, for "no credentials" messages. */
  credentialHint: string;
}

/** The parts of an SDK error that classification looks at, whatever SDK threw it. */
export interface FailureFacts {
  status?: number;
  /** Service error code (`NoSuchBucket`, `ContainerNotFound`, `SlowDown`…) or Node code (`ECONNRESET`). */
  code?: string;
  message: string;
}

const NETWORK_TRANSIENT = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ERR_STREAM_PREMATURE_CLOSE',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'REQUEST_SEND_ERROR',
  'EPROTO',
]);

const THROTTLE_CODES = new Set([
  'SlowDown',
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottled',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'ServerBusy',
  'rateLimitExceeded',
  'userRateLimitExceeded',
]);

const SERVER_CODES = new Set(['InternalError', 'ServiceUnavailable', 'OperationTimedOut', 'backendError', 'internalError']);

const BUCKET_MISSING_CODES = new Set(['NoSuchBucket', 'ContainerNotFound', 'ContainerBeingDeleted']);

const DENIED_CODES = new Set([
  'AccessDenied',
  'AllAccessDisabled',
  'AuthorizationFailure',
  'AuthorizationPermissionMismatch',
  'AuthorizationResourceTypeMismatch',
  'InsufficientAccountPermissions',
  'forbidden',
  'insufficientPermissions',
]);

const BAD_CREDENTIAL_CODES = new Set([
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'InvalidToken',
  'ExpiredToken',
  'TokenRefreshRequired',
  'AuthenticationFailed',
  'InvalidAuthenticationInfo',
  'NoAuthenticationInformation',
  'authError',
  'invalid_grant',
]);

const NO_CREDENTIAL_NAMES = new Set(['CredentialsProviderError', 'CredentialUnavailableError', 'AuthenticationRequiredError']);

function prop(obj: unknown, name: string): unknown {
  return typeof obj === 'object' && obj !== null ? (obj as Record<string, unknown>)[name] : undefined;
}

/** Error class names that say nothing about the failure. */
const GENERIC_NAMES = new Set(['Error', 'TypeError', 'RangeError', 'RestError', 'ApiError', 'GaxiosError', 'S3ServiceException', 'FetchError']);

/** Reads status, code and message from AWS, Google, Azure and Node errors alike. */
export function failureFacts(err: unknown): FailureFacts {
  const message = err instanceof Error ? err.message : String(err);
  let status: number | undefined;
  const aws = prop(prop(err, '$metadata'), 'httpStatusCode');
  const azure = prop(err, 'statusCode');
  const gcsCode = prop(err, 'code');
  const gaxios = prop(prop(err, 'response'), 'status');
  for (const s of [aws, azure, typeof gcsCode === 'number' ? gcsCode : undefined, gaxios]) {
    if (typeof s === 'number' && s >= 100 && s < 600) {
      status = s;
      break;
    }
  }
  let code: string | undefined;
  // AWS service exceptions carry the error code as their name (`NoSuchBucket`).
  const name = err instanceof Error ? err.name : undefined;
  const azureDetails = prop(prop(err, 'details'), 'errorCode');
  const gcsReason = prop((prop(err, 'errors') as unknown[] | undefined)?.[0], 'reason');
  const candidates = [
    typeof azureDetails === 'string' ? azureDetails : undefined,
    typeof prop(err, 'Code') === 'string' ? (prop(err, 'Code') as string) : undefined,
    name && !GENERIC_NAMES.has(name) ? name : undefined,
    typeof gcsCode === 'string' ? gcsCode : undefined,
    typeof gcsReason === 'string' ? gcsReason : undefined,
    // fetch (undici) fails with a TypeError whose cause carries the socket's code.
    errorCode(prop(err, 'cause')),
  ];
  code = candidates.find((c) => c !== undefined && c !== '');
  // Azure reports a connection failure as REQUEST_SEND_ERROR; the Node code underneath says more.
  if (code === 'REQUEST_SEND_ERROR') {
    const inner = errorCode(prop(err, 'cause')) ?? /\b(E[A-Z]{3,})\b/.exec(message)?.[1];
    if (inner) code = inner;
  }
  // The AWS SDK names socket failures TimeoutError even when the socket was reset; the message says which.
  if (code === 'TimeoutError' || code === undefined) {
    const m = /\b(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT)\b/.exec(message);
    if (m) code = m[1];
  }
  if (code === undefined && status === undefined) {
    const m = /\b(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH)\b/.exec(message);
    if (m) code = m[1];
  }
  return { status, code, message };
}

/** True when trying again may succeed: throttling, server errors, dropped or timed-out connections. */
export function isTransientFailure(facts: FailureFacts): boolean {
  const { status, code } = facts;
  if (code && (BUCKET_MISSING_CODES.has(code) || DENIED_CODES.has(code) || BAD_CREDENTIAL_CODES.has(code))) return false;
  if (code && (NETWORK_TRANSIENT.has(code) || THROTTLE_CODES.has(code) || SERVER_CODES.has(code))) return true;
  if (status !== undefined) return status === 408 || status === 429 || status >= 500;
  return false;
}

/** True when `err` is a user abort (AbortSignal), which must never be retried or reworded. */
export function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || errorCode(err) === 'ABORT_ERR');
}

function oneLine(text: string, max = 300): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return redact(line.length > max ? `${line.slice(0, max - 1)}…` : line);
}

/**
 * Turns an SDK error into one clear line naming the store, the operation and,
 * for refusals, the permission that is missing. Already-worded BakupErrors pass
 * through unchanged.
 */
export function storageError(err: unknown, ctx: FailureContext): BakupError {
  if (err instanceof BakupError) return err;
  const facts = failureFacts(err);
  const { status, code } = facts;
  const what = ctx.key !== undefined ? `${ctx.op} '${ctx.key}'` : ctx.op;
  const where = `${ctx.location}: ${what}`;
  const name = err instanceof Error ? err.name : '';

  if (code && BUCKET_MISSING_CODES.has(code)) {
    return new UsageError(`${ctx.location}: ${ctx.containerWord} '${ctx.container}' does not exist${ctx.endpoint ? ` at ${ctx.endpoint}` : ''}`, { cause: err });
  }
  if (NO_CREDENTIAL_NAMES.has(name) || /could not load credentials|credentials? (?:is|are) (?:missing|not (?:found|available))|could not (?:load|find) (?:the )?default credentials/i.test(facts.message)) {
    return new StorageError(`${where} failed: no credentials found (${ctx.credentialHint})`, false, { cause: err });
  }
  if (code && BAD_CREDENTIAL_CODES.has(code)) {
    return new StorageError(`${where} failed: the credentials were rejected (${code}); ${ctx.credentialHint}`, false, { cause: err });
  }
  if ((code && DENIED_CODES.has(code)) || status === 403) {
    return new StorageError(
      `${where} failed: access denied${code && code !== 'Forbidden' ? ` (${code})` : ''}; the credentials need ${ctx.permission} on ${ctx.containerWord} '${ctx.container}'`,
      false,
      { cause: err },
    );
  }
  if (status === 401) {
    return new StorageError(`${where} failed: not authenticated (HTTP 401); ${ctx.credentialHint}`, false, { cause: err });
  }
  if (code === 'ENOTFOUND') {
    // The host asked for can differ from the endpoint's: virtual-hosted S3 puts the bucket in front.
    const host = [prop(err, 'hostname'), prop(prop(err, 'cause'), 'hostname')].find((h): h is string => typeof h === 'string') ?? /ENOTFOUND (\S+)/.exec(facts.message)?.[1];
    return new StorageError(`${where} failed: cannot resolve ${host ? `the host '${host}'` : 'the endpoint host'}${ctx.endpoint ? ` (endpoint ${ctx.endpoint})` : ''} (ENOTFOUND)`, false, { cause: err });
  }
  const transient = isTransientFailure(facts);
  if (code && NETWORK_TRANSIENT.has(code)) {
    const peer = ctx.endpoint ? `endpoint ${ctx.endpoint}` : 'the service';
    return new StorageError(`${where} failed: ${peer} ${networkFailure(code)} (${code})`, transient, { cause: err });
  }
  const label = [code, status !== undefined ? `HTTP ${status}` : undefined].filter(Boolean).join(', ');
  const detail = oneLine(facts.message);
  const showDetail = detail && detail !== code && detail !== 'UnknownError';
  return new StorageError(`${where} failed${label ? ` (${label})` : ''}${showDetail ? `: ${detail}` : ''}`, transient, { cause: err });
}

function networkFailure(code: string): string {
  if (code === 'ECONNREFUSED') return 'refused the connection';
  if (/TIMEOUT|TIMEDOUT|Timeout/.test(code)) return 'did not answer in time';
  if (/UNREACH|NETDOWN|EAI_AGAIN/.test(code)) return 'is unreachable';
  return 'dropped the connection';
}

/** True for an error the retry decorator may try again. */
export function isTransient(err: unknown): boolean {
  if (isAbort(err)) return false;
  if (err instanceof StorageError) return err.transient;
  if (err instanceof BakupError) return false;
  return isTransientFailure(failureFacts(err));
}
