// The public origin that absolute metadata links (canonical, hreflang) are built on.

const LOCAL = 'http://127.0.0.1:3000';

/** SITE_URL when set (a public deployment), else the local dev address. A bad value fails the build loudly. */
export function siteUrl(env: Record<string, string | undefined> = process.env): URL {
  const raw = env.SITE_URL?.trim() || LOCAL;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
    return url;
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://agents.example.com, got "${raw}"`);
  }
}
