/** Cookie headers larger than this are not parsed at all: nothing we read needs more. */
const MAX_COOKIE_HEADER = 8192;

/**
 * The cookies of a Cookie header, as name -> value. Lenient by design: a malformed pair is
 * skipped and a value that is not valid percent-encoding is kept as sent, so a broken cookie
 * never fails a request. The first occurrence of a name wins, as browsers send the most
 * specific cookie first.
 */
export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = Object.create(null);
  if (!header || header.length > MAX_COOKIE_HEADER) return cookies;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const name = pair.slice(0, eq).trim();
    if (!name || name in cookies) continue;
    let value = pair.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    try {
      value = decodeURIComponent(value);
    } catch {
      // not percent-encoding: keep the raw value
    }
    cookies[name] = value;
  }
  return cookies;
}
