import { chromium } from 'playwright-core';
import { startServer } from '/work/main/scripts/serve.mjs';
const server = await startServer({ root: '/work/main/dist', port: 0 });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 390, height: 844 } });
for (const [path, file] of JSON.parse(process.argv[2])) {
  await p.goto(server.url + path); await p.waitForTimeout(800);
  await p.screenshot({ path: file, fullPage: process.argv[3] === 'full' });
}
await b.close(); await server.close();
