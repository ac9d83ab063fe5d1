#!/usr/bin/env node
/** Draws the app icons (public/icon-*.png) from SVG with Chromium. Run by hand after changing the design. */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const circles = (scale) =>
  [0, 1, 2]
    .map(
      (i) =>
        `<circle cx="${32 + (i - 1) * 15 * scale}" cy="32" r="${7 * scale}" fill="#fff" opacity="${1 - i * 0.2}"/>`,
    )
    .join('');
const icon = (rounded, scale) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="100%" height="100%"><rect width="64" height="64" rx="${rounded ? 14 : 0}" fill="#005eb8"/>${circles(scale)}</svg>`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
for (const [file, size, svg] of [
  ['public/icon-192.png', 192, icon(true, 1)],
  ['public/icon-512.png', 512, icon(true, 1)],
  // Maskable icons are cropped to a circle: full-bleed background, the mark inside the central 80%.
  ['public/icon-maskable-512.png', 512, icon(false, 0.75)],
]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg}`);
  writeFileSync(file, await page.screenshot({ omitBackground: true }));
  await page.close();
}
await browser.close();
