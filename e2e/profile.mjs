// Where the main thread's time goes while the app opens a dataset: a CPU profile of a cold load,
// printed as functions by inclusive and self time. With CHANGE=1, of five locality changes instead.
// Build with function names first, then run:
//   (. scripts/wasm-env.sh && CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$CHITIEU_RELEASE_WASM_RUSTFLAGS" \
//     trunk build --release --locked --offline --cargo-profile size-names --dist target/dist-prof)
//   node e2e/profile.mjs DATASET.json ['&mode=kiosk']
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import { startServer } from './server.mjs';
const file = process.argv[2]; const extra = process.argv[3] ?? '';
const { server, base } = await startServer('target/dist-prof', new Map([['/bench/p.json', fs.readFileSync(file)]]));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const t0 = Date.now();
await page.goto(`${base}?data=bench/p.json${extra}`);
await page.waitForFunction(() => performance.getEntriesByName('chitieu:ready').length > 0 || document.documentElement.dataset.state === 'error', null, { timeout: 120000 });
console.log('ready', await page.evaluate(() => performance.getEntriesByName('chitieu:ready')[0]?.startTime), 'wall', Date.now() - t0);
await page.waitForTimeout(300);
if (process.env.CHANGE) {
  await cdp.send('Profiler.stop'); await cdp.send('Profiler.start');
  console.log(await page.evaluate(async () => { const s = document.querySelector('#unit-term'); const o = [...s.options].map((x) => x.value); let t = 0;
    for (let i = 1; i < 6; i++) { const t0 = performance.now(); s.value = o[Math.floor(o.length * i / 6)]; s.dispatchEvent(new Event('change', { bubbles: true })); await new Promise((r) => setTimeout(r, 0)); t += performance.now() - t0; } return t / 5; }));
}
const { profile } = await cdp.send('Profiler.stop');
const total = profile.samples.length;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const counts = new Map(); for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map(); const self = new Map();
for (const [id, c] of counts) {
  const seen = new Set(); let cur = id;
  const sf = byId.get(id).callFrame.functionName || '(anon)'; self.set(sf, (self.get(sf) ?? 0) + c);
  while (cur !== undefined) { const f = byId.get(cur).callFrame.functionName || '(anon)'; if (!seen.has(f)) { incl.set(f, (incl.get(f) ?? 0) + c); seen.add(f); } cur = parent.get(cur); }
}
const ms = (c) => (c * (profile.endTime - profile.startTime) / total / 1000).toFixed(1);
console.log('--- inclusive'); for (const [f, c] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(ms(c).padStart(7), f.replace(/\[[0-9a-f]+\]/g, '').slice(0, 140));
console.log('--- self'); for (const [f, c] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(ms(c).padStart(7), f.replace(/\[[0-9a-f]+\]/g, '').slice(0, 140));
await browser.close(); server.close();
