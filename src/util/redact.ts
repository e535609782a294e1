/**
 * Secrets must never reach logs. Every string that may hold a URI or a
 * connection string goes through redact() before it is printed or stored in
 * a manifest.
 */
const SECRET_QUERY_KEYS = /^(password|pass|pwd|secret|token|sig|signature|key|apikey|api_key|access_key|accesskey|x-amz-signature|x-amz-credential|x-amz-security-token|sharedaccesssignature|accountkey)$/i;

const registered = new Set<string>();

/** Registers a literal secret (an API key, a password) so redact() replaces it wherever it appears. */
export function registerSecret(secret: string | undefined): void {
  if (secret && secret.length >= 4) registered.add(secret);
}

/** Replaces credentials in URLs (user:pass@, secret query parameters, AccountKey=…) and registered secrets with ***. */
export function redact(text: string): string {
  let out = text.replace(/([a-z][a-z0-9+.-]*:\/\/)([^/@\s:]*)(?::[^@\s/]*)?@/gi, (_m, scheme: string, user: string) =>
    user ? `${scheme}${user}:***@` : `${scheme}***@`,
  );
  out = out.replace(/([?&;])([^=&;\s]+)=([^&;\s]*)/g, (m, sep: string, k: string) =>
    SECRET_QUERY_KEYS.test(k) ? `${sep}${k}=***` : m,
  );
  out = out.replace(/(AccountKey|SharedAccessSignature|SecretAccessKey)=([^;\s]+)/gi, '$1=***');
  for (const s of registered) out = out.split(s).join('***');
  return out;
}
