import { describe, expect, it } from 'vitest';
import { siteUrl } from './site-url';

describe('siteUrl', () => {
  it('uses the local dev address when SITE_URL is unset or blank', () => {
    expect(siteUrl({}).origin).toBe('http://127.0.0.1:3000');
    expect(siteUrl({ SITE_URL: '  ' }).origin).toBe('http://127.0.0.1:3000');
  });

  it('uses SITE_URL for a public deployment', () => {
    expect(siteUrl({ SITE_URL: 'https://agents.example.com' }).href).toBe('https://agents.example.com/');
  });

  it('names SITE_URL and the bad value when it is not an http(s) URL', () => {
    expect(() => siteUrl({ SITE_URL: 'agents.example.com' })).toThrow(/SITE_URL .*"agents\.example\.com"/);
    expect(() => siteUrl({ SITE_URL: 'ftp://x.org' })).toThrow(/SITE_URL/);
  });
});
