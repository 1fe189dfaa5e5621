// Security headers of the pages this server serves (GraphiQL and the explorer): they load only
// their own scripts, may not be framed by another site, and are never sniffed as another type.

/** `workers`: whether the page starts web workers from its own files (GraphiQL's editor does). */
export function pageSecurityHeaders(options: { workers: boolean }): Record<string, string> {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    // Monaco and React set styles at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    `worker-src ${options.workers ? "'self'" : "'none'"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'content-security-policy': csp,
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}
