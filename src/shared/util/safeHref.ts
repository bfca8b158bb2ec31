/**
 * The href for a source link, or null when it must not be a link. The dataset may be hostile:
 * schema validation already rejects non-http(s) URLs, but the panel renders whatever index it
 * is given, so it checks again — `javascript:`, `data:` and relative URLs never become links.
 */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
