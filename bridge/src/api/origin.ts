/**
 * Which pages may open the WebSocket. A browser always sends `Origin` on a WebSocket upgrade; by default
 * only the bridge's own pages (Origin's host equal to the Host the request was sent to) are let in, so
 * a page from elsewhere on the school network or the Internet cannot drive the robots. More origins can
 * be allowed (`--allow-origin`). A request with no Origin is not from a browser page (the command line,
 * a test); it is let in, as a non-browser client can send any header it likes anyway.
 */
export interface OriginPolicy {
  /** Extra origins allowed, exactly as browsers send them: `http://host:port`. */
  allowed: readonly string[];
}

export function isOriginAllowed(
  origin: string | undefined,
  host: string | undefined,
  policy: OriginPolicy,
): boolean {
  if (origin === undefined) return true;
  if (policy.allowed.includes(origin)) return true;
  if (host === undefined) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
