import { chromium } from 'playwright-core';
import fs from 'node:fs';
import { startServer } from './server.mjs';
const { server, base } = await startServer('target/dist-prof', new Map([['/bench/5k.xlsx', fs.readFileSync('/tmp/prof/5k.xlsx')]]));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
await page.goto(`${base}?view=overview`);
await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
await page.evaluate(async () => { const blob = await (await fetch('/bench/5k.xlsx')).blob(); window.__file = new File([blob], '5k.xlsx'); });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.evaluate(() => { const t = new DataTransfer(); t.items.add(window.__file); document.querySelector('.app').dispatchEvent(new DragEvent('drop', { dataTransfer: t, bubbles: true, cancelable: true })); });
await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'x', null, { timeout: 20000 });
await page.waitForTimeout(300);
const { profile } = await cdp.send('Profiler.stop');
const total = profile.samples.length;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const counts = new Map(); for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
for (const [id, c] of counts) {
  const seen = new Set(); let cur = id;
  while (cur !== undefined) { const f = byId.get(cur).callFrame.functionName || '(anon)'; if (!seen.has(f)) { incl.set(f, (incl.get(f) ?? 0) + c); seen.add(f); } cur = parent.get(cur); }
}
const ms = (c) => (c * (profile.endTime - profile.startTime) / total / 1000).toFixed(1);
for (const [f, c] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(ms(c).padStart(7), f.replace(/\[[0-9a-f]+\]/g, '').slice(0, 150));
await browser.close(); server.close();
