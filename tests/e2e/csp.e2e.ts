/**
 * The strict Content-Security-Policy, in Chromium against the production build: every page carries it
 * (header and meta), the app works on every route without one violation, injected inline code does not
 * run, and nothing the app asks for leaves its origin.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { contentSecurityPolicy } from '../../src/security/headers';
import {
  closeAppAndBrowser,
  startAppAndBrowser,
  techniqueIds,
  waitForServiceWorker,
  type Server,
} from './harness';
import { downloadedText, field, saved, startAarNote, typeInto } from './notes-helpers';

/** What the build wrote for the host: { header name: value }. */
function builtHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of readFileSync('dist/_headers', 'utf8').split('\n').slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** Reports every CSP violation the page sees, with where it was, to the test (survives navigation). */
function listenForViolations() {
  const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
  document.addEventListener(
    'securitypolicyviolation',
    (e) =>
      report(
        `${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
      ),
    true,
  );
}

describe('a strict Content-Security-Policy', () => {
  let server: Server;
  let context: BrowserContext;
  let page: Page;
  /** Everything Chromium reported: violations, console errors and warnings, uncaught errors. */
  let problems: string[] = [];
  const requests: string[] = [];
  /** Requests the browser refused to make, with why. */
  const refused: string[] = [];

  beforeAll(async () => {
    ({ server, context } = await startAppAndBrowser());
    context.on('request', (request) => requests.push(request.url()));
    context.on('requestfailed', (request) =>
      refused.push(`${request.url()} ${request.failure()?.errorText}`),
    );
    await context.exposeBinding('reportViolation', ({ page: from }, text: string) =>
      problems.push(`CSP on ${from.url()}: ${text}`),
    );
    await context.addInitScript(listenForViolations);
    page = await context.newPage();
    page.on('console', (message) => {
      if (['error', 'warning'].includes(message.type()))
        problems.push(`console ${message.type()} on ${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught on ${page.url()}: ${error.message}`));
  });
  afterAll(() => closeAppAndBrowser({ server, context }));

  /** Opens a route, waits for its heading and for the app's script to have loaded and run. */
  async function visit(path: string) {
    const response = await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
    expect(response?.ok(), path).toBe(true);
    await page.locator('h1').first().waitFor();
  }

  it('sends the policy and the other security headers with every page, the 404 too, and puts it in each page', async () => {
    const headers = builtHeaders();
    const csp = headers['Content-Security-Policy'];
    expect(csp).toMatch(/^default-src 'self'; script-src 'self' 'sha256-[^']+'; style-src 'self'/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe');
    const meta = csp.replace("; frame-ancestors 'none'", '');
    const paths = [
      '/',
      ...techniqueIds.map((id) => `/techniques/${id}`),
      '/choose',
      '/notes',
      '/notes/new',
      '/notes/edit?id=x',
      '/settings',
      '/actions',
      '/lessons',
      '/lessons/asset',
      '/work',
      '/work/view?id=x',
      '/run?technique=after-action-review',
      '/present?technique=after-action-review',
      '/cards',
      '/pairing',
      '/no-such-page',
      '/sw.js',
      '/manifest.webmanifest',
    ];
    for (const path of paths) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(path === '/no-such-page' ? 404 : 200);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('cross-origin-resource-policy'), path).toBe('same-origin');
      // The policy headers act on pages and the service worker; the other files need only the two above.
      if (path === '/manifest.webmanifest') {
        expect(response.headers.get('content-security-policy'), path).toBe(null);
        continue;
      }
      expect(response.headers.get('content-security-policy'), path).toBe(csp);
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
      expect(response.headers.get('permissions-policy'), path).toContain('camera=()');
      expect(response.headers.get('permissions-policy'), path).toContain('screen-wake-lock=(self)');
      const body = await response.text();
      if (path !== '/sw.js')
        expect(body, path).toContain(
          `<meta http-equiv="Content-Security-Policy" content="${meta}">`,
        );
    }
    // One source for both: the meta is the header less what a meta tag cannot carry.
    expect(meta).toBe(
      contentSecurityPolicy(
        {
          scripts: [...csp.matchAll(/script-src[^;]*/g)][0][0].match(/sha256-[^']+/g)!,
          styles: [...csp.matchAll(/style-src[^;]*/g)][0][0].match(/sha256-[^']+/g)!,
        },
        'meta',
      ),
    );
    // The host's configuration is not served as a page.
    expect((await fetch(`${server.url}/_headers`)).status).toBe(404);
  });

  it('runs the app on every route with no violation, console error or uncaught error', async () => {
    await visit('/');
    await waitForServiceWorker(page);
    await page.getByRole('link', { name: 'After Action Review' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'After Action Review' }).waitFor();
    for (const id of techniqueIds) await visit(`/techniques/${id}`);
    await visit('/choose');

    // A piece of work, and a note in it: typed, with an action that has a due date.
    await visit('/work');
    await page.getByRole('textbox', { name: 'Name' }).fill('Ward 7 discharge');
    await page.getByRole('button', { name: 'Start the piece of work' }).click();
    await page.waitForURL(/\/work\/view\?id=/);
    const workUrl = page.url();
    await page
      .getByRole('combobox', { name: 'Start a note of another technique in this work' })
      .selectOption({ label: 'After Action Review' });
    await page.getByRole('button', { name: 'Start the note' }).click();
    await page.waitForURL(/\/notes\/edit\?id=/);
    const noteUrl = page.url();
    await page.getByLabel('Title').fill('Month 1 review');
    await typeInto(page, 'What actually happened?', 'Discharges moved to the morning.');
    await typeInto(page, 'What have we learned, and what would we do differently?', 'Start early');
    await page.getByRole('button', { name: 'Keep as a lesson: Start early' }).click();
    await page.getByRole('button', { name: 'Add an action' }).click();
    await page.getByLabel('Action 1: what needs doing').fill('Book the pharmacy slot');
    await page.getByLabel('Owner').fill('Sam Okoye');
    await page.getByLabel('Due date').fill('2099-01-31');
    await saved(page);
    const [calendar] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Add to calendar (.ics): Book the pharmacy slot' }).click(),
    ]);
    expect(await downloadedText(calendar)).toContain('SUMMARY:Book the pharmacy slot');
    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download (.md)' }).click(),
    ]);
    expect(await downloadedText(markdown)).toContain('Discharges moved to the morning.');

    // Reopened: what was typed is there.
    await visit(`${noteUrl.replace(server.url, '')}`);
    expect(await field(page, 'What actually happened?').inputValue()).toBe(
      'Discharges moved to the morning.',
    );
    await visit(`${workUrl.replace(server.url, '')}`);
    await page
      .getByRole('region', { name: 'Timeline' })
      .getByRole('link', { name: 'Month 1 review' })
      .waitFor();
    await visit('/work');
    await visit('/notes');
    await page.getByRole('link', { name: /Month 1 review/ }).waitFor();
    await startAarNote(page, server.url);
    await visit('/notes/new');
    await visit('/actions');
    await page.getByText('Book the pharmacy slot').first().waitFor();
    await visit('/lessons');
    await page.getByText('Start early').first().waitFor();
    await visit('/lessons/asset');

    await visit('/settings');
    const [backup] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a backup (.json)' }).click(),
    ]);
    expect(await downloadedText(backup)).toContain('Month 1 review');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download actions and lessons (.csv)' }).click(),
    ]);
    expect(await downloadedText(csv)).toContain('Book the pharmacy slot');

    // Run a step, present, print cards, make pairs.
    await visit('/run?technique=after-action-review');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('timer').waitFor();
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.getByText('Step 2 of', { exact: false }).first().waitFor();
    await visit('/present?technique=after-action-review');
    await page.keyboard.press('PageDown');
    await page.getByRole('timer').waitFor();
    await visit('/cards');
    await visit('/pairing');
    // The service worker answers an unknown address with the app, which shows its not-found page.
    await visit('/no-such-page');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();

    expect(problems).toEqual([]);
  });

  it('never reaches beyond its own origin during the whole journey', () => {
    expect(requests.length).toBeGreaterThan(50);
    const elsewhere = requests.filter(
      (url) => !url.startsWith('data:') && new URL(url).origin !== server.url,
    );
    expect(elsewhere).toEqual([]);
    expect(refused).toEqual([]);
  });

  it('does not run inline code injected into the page', async () => {
    await visit('/notes');
    problems = [];
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.__pwned=1">');
      document.body.insertAdjacentHTML(
        'beforeend',
        '<a id="js-link" href="javascript:window.__pwned=2">x</a>',
      );
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = 3';
      document.body.append(script);
      const style = document.createElement('style');
      style.textContent = 'body { outline: 9px solid red }';
      document.head.append(style);
      const external = document.createElement('script');
      external.src = 'https://example.org/evil.js';
      document.body.append(external);
    });
    await page.locator('#js-link').click();
    // Code from a string is blocked too (a string timer is compiled by the page, as eval would be).
    await page.evaluate(() => setTimeout('window.__pwned = 4' as unknown as () => void));
    // Styles set through the CSSOM, as Preact sets a style prop, still apply; a parsed style attribute does not.
    const styled = await page.evaluate(() => {
      const byScript = document.createElement('p');
      byScript.style.color = 'rgb(1, 2, 3)';
      document.body.append(byScript);
      document.body.insertAdjacentHTML('beforeend', '<p id="by-markup" style="color: red">x</p>');
      return [
        getComputedStyle(byScript).color,
        getComputedStyle(document.getElementById('by-markup')!).color,
      ];
    });
    expect(styled[0]).toBe('rgb(1, 2, 3)');
    expect(styled[1]).not.toBe('rgb(255, 0, 0)');
    // Each kind of code was reported as blocked (every report twice: the header and the meta policy).
    const blocked = () => problems.filter((p) => p.startsWith('CSP')).join('\n');
    const kinds = [
      'script-src-attr blocked inline', // the onerror attribute
      'script-src-elem blocked inline', // the created <script> and the javascript: link
      'style-src-elem blocked inline',
      'style-src-attr blocked inline',
      'script-src-elem blocked https://example.org/evil.js',
      'script-src blocked eval',
    ];
    await expect.poll(() => kinds.filter((kind) => !blocked().includes(kind))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(
      undefined,
    );
    expect(await page.evaluate(() => getComputedStyle(document.body).outlineStyle)).toBe('none');
    // Chromium names the request it refused; it never went out.
    expect(refused).toContain('https://example.org/evil.js csp');
  });
});
