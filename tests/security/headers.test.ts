import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  inlineCode,
  inlineProblems,
  securityHeaders,
  withCspMeta,
} from '../../src/security/headers';

const hashes = { scripts: ['sha256-b', 'sha256-a', 'sha256-a'], styles: ['sha256-c'] };

describe('contentSecurityPolicy', () => {
  it('allows this origin and the listed hashes only, with no unsafe keyword', () => {
    const header = contentSecurityPolicy(hashes, 'header');
    expect(header.split('; ')).toEqual([
      "default-src 'self'",
      "script-src 'self' 'sha256-a' 'sha256-b'",
      "style-src 'self' 'sha256-c'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "worker-src 'self'",
      "manifest-src 'self'",
      "frame-src 'none'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]);
  });

  it('leaves frame-ancestors out of the meta tag (browsers ignore it there), and nothing else', () => {
    expect(contentSecurityPolicy(hashes, 'meta')).toBe(
      contentSecurityPolicy(hashes, 'header').replace("; frame-ancestors 'none'", ''),
    );
  });
});

describe('securityHeaders', () => {
  it('sends the policy with the other headers a static host should send', () => {
    const headers = securityHeaders(hashes);
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy(hashes, 'header'));
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
    const permissions = headers['Permissions-Policy'].split(', ');
    for (const off of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()'])
      expect(permissions).toContain(off);
    // Run mode keeps the screen awake.
    expect(permissions).toContain('screen-wake-lock=(self)');
  });

  it('writes them as a _headers file for every path', () => {
    expect(headersFile({ A: '1', 'B-C': "x 'y'" })).toBe("/*\n  A: 1\n  B-C: x 'y'\n");
  });
});

describe('inlineCode', () => {
  it('finds the inline scripts the browser runs and the inline styles, as written', () => {
    const html = `<head><script type="module">const l=()=>import("/a.js")</script>
      <script src="/b.js"></script><script type="isodata"></script>
      <script type="application/json">{"a":1}</script><script>classic()</script>
      <style>a>b{color:red}</style></head>`;
    expect(inlineCode(html)).toEqual({
      scripts: ['const l=()=>import("/a.js")', 'classic()'],
      styles: ['a>b{color:red}'],
    });
  });
});

describe('inlineProblems', () => {
  it('names what a strict policy would block in a page', () => {
    expect(
      inlineProblems(
        '<p style="color:red">a</p><img src=x onerror="go()"><a href="javascript:go()">b</a>',
      ),
    ).toEqual([
      'a style attribute in <p style="color:red">',
      'an inline event handler in <img src=x onerror="go()">',
      'a javascript: URL in <a href="javascript:go()">',
    ]);
  });

  it('passes clean markup, and ignores lookalikes inside scripts, styles and text', () => {
    expect(
      inlineProblems(
        '<p data-style="x" class="onward">style="x" onclick=</p><script>a.onload = b; x = "<b style=1>"</script><style>p{}</style>',
      ),
    ).toEqual([]);
  });
});

describe('withCspMeta', () => {
  const page =
    '<!doctype html><html><head>\n<meta charset="utf-8" >\n<script>x</script></head></html>';

  it('puts the meta tag straight after the charset, before anything it governs', () => {
    const html = withCspMeta(page, "default-src 'self'");
    expect(html).toContain(
      `<meta charset="utf-8" >\n    <meta http-equiv="Content-Security-Policy" content="default-src 'self'">\n<script>`,
    );
  });

  it('refuses a page that already has one, rather than send two different policies', () => {
    expect(() => withCspMeta(withCspMeta(page, 'a'), 'b')).toThrow(/already has/);
  });
});
