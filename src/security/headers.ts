/**
 * The security policy of every page, in one place. Build time only: vite.config.ts hashes the inline
 * loader script and stylesheet of the built pages, writes the policy into each page as a meta tag, and
 * writes every header into dist/_headers, which scripts/serve.mjs sends (and Netlify-style hosts read).
 * docs/security-headers.md shows the same set for nginx and Apache.
 */

/** The CSP source expressions ('sha256-…') of the inline scripts and styles the pages are allowed. */
export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

/**
 * The Content-Security-Policy. Everything comes from this origin; inline code runs only when its hash
 * is listed (the loader that imports the app after first paint, and the inlined stylesheet); QR codes
 * are data: images. A meta tag cannot carry frame-ancestors (browsers ignore it there and warn), so
 * that directive is in the header only.
 */
export function contentSecurityPolicy(
  { scripts, styles }: InlineHashes,
  delivery: 'header' | 'meta',
): string {
  const quoted = (hashes: string[]) => [...new Set(hashes)].sort().map((h) => `'${h}'`);
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...quoted(scripts)],
    ['style-src', "'self'", ...quoted(styles)],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['frame-src', "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  if (delivery === 'header') directives.push(['frame-ancestors', "'none'"]);
  return directives.map((d) => d.join(' ')).join('; ');
}

/**
 * Powerful features the app never uses are switched off; the ones it does use stay allowed for this
 * origin only (keeping the screen awake in run mode, copying a note). Only names Chromium knows:
 * an unknown one (bluetooth, web-share in Chromium 156) is a console warning on every page.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'serial=()',
  'usb=()',
  'clipboard-write=(self)',
  'screen-wake-lock=(self)',
].join(', ');

/** Every header a host should send with every response, the CSP among them. */
export function securityHeaders(hashes: InlineHashes): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(hashes, 'header'),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}

/** The headers as a Netlify / Cloudflare Pages `_headers` file: one block for every path. */
export function headersFile(headers: Record<string, string>): string {
  return `/*\n${Object.entries(headers)
    .map(([name, value]) => `  ${name}: ${value}\n`)
    .join('')}`;
}

/** The inline scripts (of a type the browser runs) and inline styles of a page, as written. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1].toLowerCase() ?? '';
    // Data blocks (type="isodata", JSON) never run, so CSP does not apply to them.
    if (type && type !== 'module' && !/^(text|application)\/(x-)?(java|ecma)script$/.test(type))
      continue;
    scripts.push(body);
  }
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1]);
  return { scripts, styles };
}

/**
 * What a strict CSP would block in a built page, in plain words: inline event handlers, style
 * attributes and javascript: URLs. The build fails on any, so a page never silently loses them.
 */
export function inlineProblems(html: string): string[] {
  // Text inside scripts and styles is not markup; strip it before looking at attributes.
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  const problems: string[] = [];
  for (const tag of markup.match(/<[a-z][^>]*>/gi) ?? []) {
    if (/\son[a-z]+\s*=/i.test(tag)) problems.push(`an inline event handler in ${tag}`);
    if (/\sstyle\s*=/i.test(tag)) problems.push(`a style attribute in ${tag}`);
    if (/=\s*["']?\s*javascript:/i.test(tag)) problems.push(`a javascript: URL in ${tag}`);
  }
  return problems;
}

/** The page with its CSP meta tag as the first thing in <head>, before any script or style it governs. */
export function withCspMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  if (/<meta http-equiv="Content-Security-Policy"/i.test(html))
    throw new Error('The page already has a Content-Security-Policy meta tag');
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (charset) {
    const end = charset.index + charset[0].length;
    return `${html.slice(0, end)}\n    ${meta}${html.slice(end)}`;
  }
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('The page has no <head> for its Content-Security-Policy');
  const end = head.index + head[0].length;
  return `${html.slice(0, end)}${meta}${html.slice(end)}`;
}
