// Benchmarks, printed as numbers (not timed tests): `scripts/bench` builds what they need and runs this.
// Usage: node e2e/bench.mjs --dist dist --cli target/release/chitieu [--rows 5000] [--runs 3]
//
// Spreadsheets: a generated workbook of about --rows figure rows (localities × 25 indicators, a
// target and a result each), opened through the file picker. For each run (a fresh page each time):
// time from choosing the file to the dataset's title on screen, the longest main-thread task in
// that time (PerformanceObserver 'longtask': tasks over 50 ms), and the same for the same dataset
// as JSON in the same run, the peer that needs no worker.
//
// Province (issue 11): generated datasets of --sizes yearly results (localities × 25 indicators × 2
// terms × 5 years), each opened cold with ?data=, and the same overview drawn by an ECharts page
// from the same file (e2e/peer/echarts.html), runs interleaved. Printed: time to the ready mark,
// the longest main-thread task from page start and once the data has arrived, wasm memory at
// rest, the ratio app ÷ ECharts, the work of a locality change, and in kiosk mode the first slide
// and the work of a slide change; then the ready marks and long tasks of both pages again in a
// Chromium without DevTools' network instrumentation (`bareLoad`).
//
// National (issue 11): the whole country split by province, --provinces files (34 by default) of
// about 29,400 results each (a million in all) and the index `chitieu index` writes for them,
// opened cold with ?data=<index>: time to the first chart, the longest task, wasm memory; then
// province changes from the place picker: from the choice to the new province's chart, and from
// the moment its file had arrived (`chitieu:data` mark) to that chart.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { startServer } from './server.mjs';

const { values: options } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, cli: { type: 'string', default: 'target/release/chitieu' },
    rows: { type: 'string', default: '5000' }, runs: { type: 'string', default: '3' },
    only: { type: 'string', default: 'sheets,province,national' }, sizes: { type: 'string', default: '1000,10000,100000' },
    provinces: { type: 'string', default: '34' } },
});
const rows = Number(options.rows);
const runs = Number(options.runs);
const parts = new Set(options.only.split(','));
const sizes = options.sizes.split(',').map(Number);

// A deterministic dataset: localities × 25 indicators, one target and one result per record.
function generated(rowCount) {
  const indicatorsPerPlace = 25;
  const places = Math.max(1, Math.round(rowCount / (indicatorsPerPlace * 2)));
  const dataset = {
    format: 'chitieu-dataset', version: 1, title: { vi: `Tỉnh thử ${rowCount} dòng`, en: `Test province, ${rowCount} rows` },
    data_as_of: '2026-09-30',
    sources: [{ id: 'nq', file: 'nq.txt', title: { vi: 'Nghị quyết Đại hội' } }, { id: 'bc', file: 'bc.txt', title: { vi: 'Báo cáo năm 2026' } }],
    localities: [], terms: [{ id: '2025-2030', start_year: 2025, end_year: 2030 }],
    domains: [{ id: 'kinh-te', name: { vi: 'Kinh tế', en: 'Economy' } }, { id: 'xa-hoi', name: { vi: 'Xã hội', en: 'Society' } }],
    indicators: [], records: [],
  };
  for (let i = 0; i < indicatorsPerPlace; i += 1) {
    dataset.indicators.push({ id: `ct-${i}`, name: { vi: `Chỉ tiêu số ${i + 1}` }, domain: i % 2 ? 'xa-hoi' : 'kinh-te',
      unit: { vi: i % 3 ? '%' : 'tỷ đồng' }, direction: i % 4 ? 'higher_is_better' : 'lower_is_better', kind: i % 3 ? 'share' : 'amount' });
  }
  for (let p = 0; p < places; p += 1) {
    dataset.localities.push({ id: `xa-${p}`, name: { vi: `Xã Thử ${p + 1}` }, level: 'commune' });
    for (let i = 0; i < indicatorsPerPlace; i += 1) {
      const target = 50 + ((p * 7 + i * 13) % 50);
      dataset.records.push({
        locality: `xa-${p}`, indicator: `ct-${i}`, term: '2025-2030',
        target: { shape: 'level', value: target, source: { source: 'nq', quote: `Chỉ tiêu ${i + 1} đạt ${target}.` } },
        results: [{ value: target * (0.5 + ((p + i) % 10) / 20), period: { year: 2026 }, source: { source: 'bc', quote: `Năm 2026 đạt ${target}.` } }],
      });
    }
  }
  return dataset;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-bench-'));
const dataset = generated(rows);
const jsonPath = path.join(work, 'tinh.json');
const xlsxPath = path.join(work, 'tinh.xlsx');
fs.writeFileSync(jsonPath, JSON.stringify(dataset));
execFileSync(options.cli, ['convert', jsonPath, '-o', xlsxPath], { stdio: 'ignore' });
const figureRows = dataset.records.length * 2;

// Province datasets: the shape issue 11 measured (yearly results over two terms).
function province(results) {
  const indicatorsPerPlace = 25;
  const places = Math.max(1, Math.round(results / (indicatorsPerPlace * 2 * 5)));
  const dataset = {
    format: 'chitieu-dataset', version: 1, title: { vi: `Tỉnh thử, ${results} kết quả`, en: `Test province, ${results} results` },
    data_as_of: '2026-09-30',
    sources: [{ id: 'nq', file: 'nq.txt', title: { vi: 'Nghị quyết' } }],
    localities: [], terms: [{ id: '2020-2025', start_year: 2020, end_year: 2025 }, { id: '2025-2030', start_year: 2025, end_year: 2030 }],
    domains: [{ id: 'kinh-te', name: { vi: 'Kinh tế' } }, { id: 'xa-hoi', name: { vi: 'Xã hội' } }],
    indicators: [], records: [],
  };
  for (let i = 0; i < indicatorsPerPlace; i += 1) {
    dataset.indicators.push({ id: `ct-${i}`, name: { vi: `Chỉ tiêu số ${i + 1}` }, domain: i % 2 ? 'xa-hoi' : 'kinh-te',
      unit: { vi: '%' }, direction: i % 4 ? 'higher_is_better' : 'lower_is_better', kind: 'share' });
  }
  for (let p = 0; p < places; p += 1) {
    dataset.localities.push({ id: `xa-${p}`, name: { vi: `Xã Thử ${p + 1}` }, level: 'commune' });
    for (const [term, first] of [['2020-2025', 2021], ['2025-2030', 2026]]) {
      for (let i = 0; i < indicatorsPerPlace; i += 1) {
        const target = 50 + ((p * 7 + i * 13) % 50);
        const source = { source: 'nq', quote: `Chỉ tiêu ${i + 1}: ${target}.` };
        dataset.records.push({
          locality: `xa-${p}`, indicator: `ct-${i}`, term, target: { shape: 'level', value: target, source },
          results: Array.from({ length: 5 }, (_, y) => ({ value: Math.min(100, target * (0.6 + ((p + i + y) % 10) / 20)), period: { year: first + y }, source })),
        });
      }
    }
  }
  return dataset;
}

// The whole country: one file per province (the province datasets above, ids and names made
// each province's own, the province itself among the places) and their index.
const nationalFiles = [];
if (parts.has('national')) {
  fs.mkdirSync(path.join(work, 'national'), { recursive: true });
  const count = Number(options.provinces);
  for (let k = 0; k < count; k += 1) {
    const part = province(Math.round(1_000_000 / count));
    const id = `tinh-${k + 1}`;
    part.title = { vi: `Tỉnh thử ${k + 1}` };
    for (const place of part.localities) {
      place.id = `t${k + 1}-${place.id}`;
      place.name = { vi: `${place.name.vi} (T${k + 1})` };
      place.parent = id;
      place.province = `Tỉnh thử ${k + 1}`;
    }
    for (const record of part.records) record.locality = `t${k + 1}-${record.locality}`;
    part.localities.unshift({ id, name: { vi: `Tỉnh thử ${k + 1}` }, level: 'province' });
    const file = path.join(work, 'national', `${id}.json`);
    fs.writeFileSync(file, JSON.stringify(part));
    nationalFiles.push(file);
  }
  execFileSync(options.cli, ['index', '-o', path.join(work, 'national', 'index.json'), ...nationalFiles], { stdio: 'ignore' });
}

const fixtures = new Map([
  ['/bench/tinh.json', fs.readFileSync(jsonPath)], ['/bench/tinh.xlsx', fs.readFileSync(xlsxPath)],
  ['/bench/peer.html', fs.readFileSync(new URL('./peer/echarts.html', import.meta.url))],
  ['/bench/echarts.min.js', fs.readFileSync(new URL('../node_modules/echarts/dist/echarts.min.js', import.meta.url))],
]);
for (const file of nationalFiles.concat(nationalFiles.length ? [path.join(work, 'national', 'index.json')] : [])) {
  fixtures.set(`/bench/national/${path.basename(file)}`, fs.readFileSync(file));
}
for (const size of parts.has('province') ? sizes : []) fixtures.set(`/bench/province-${size}.json`, Buffer.from(JSON.stringify(province(size))));
const { server, base } = await startServer(path.resolve(options.dist), fixtures);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });

async function openOnce(file, mimeType) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${base}?view=overview`);
  await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]); })
      .observe({ type: 'longtask', buffered: false });
  });
  // The file is fetched into the page first and then dropped, so that the time measured is the
  // app's (Playwright's setInputFiles decodes the file on the page's main thread).
  await page.evaluate(async ([url, name, type]) => {
    const blob = await (await fetch(url)).blob();
    window.__file = new File([blob], name, { type });
  }, [`/bench/${path.basename(file)}`, path.basename(file), mimeType]);
  const started = await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(window.__file);
    const now = performance.now();
    document.querySelector('.app').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    return now;
  });
  await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, dataset.title.vi, { timeout: 60000 });
  const result = await page.evaluate((started) => {
    const elapsed = performance.now() - started;
    const longest = Math.max(0, ...window.__longTasks.filter(([start]) => start >= started).map(([, duration]) => duration));
    const tasks = window.__longTasks.filter(([start]) => start >= started).map(([start, duration]) => `${(start - started).toFixed(0)}+${duration.toFixed(0)}`);
    return { elapsed, longest, count: tasks.length, tasks };
  }, started);
  await page.close();
  return result;
}

const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];
const measurements = { xlsx: [], json: [] };
for (let run = 0; run < (parts.has('sheets') ? runs : 0); run += 1) {
  // Interleaved, so that a slower moment of the machine falls on both.
  measurements.xlsx.push(await openOnce(xlsxPath, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'));
  measurements.json.push(await openOnce(jsonPath, 'application/json'));
}
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
if (parts.has('sheets')) console.log(`spreadsheets: ${figureRows} figure rows (${dataset.records.length} records, ${dataset.localities.length} localities), ` +
  `workbook ${(fs.statSync(xlsxPath).size / 1024).toFixed(0)} KB, JSON ${(fs.statSync(jsonPath).size / 1024).toFixed(0)} KB; ` +
  `${runs} runs each, median; ${os.cpus().length} × ${cpu}, headless Chromium`);
for (const [kind, list] of Object.entries(parts.has('sheets') ? measurements : {})) {
  console.log(`  open ${kind.padEnd(4)}  to screen ${median(list.map((m) => m.elapsed)).toFixed(0).padStart(5)} ms` +
    `   longest main-thread task ${median(list.map((m) => m.longest)).toFixed(0).padStart(4)} ms` +
    `   tasks over 50 ms ${median(list.map((m) => m.count))}` +
    `   (runs: ${list.map((m) => `${m.elapsed.toFixed(0)} [${m.tasks.join(' ')}]`).join(', ')} ms)`);
}
// Cold loads in a fresh context each: the app's ready mark, or the peer's. For the app, also the
// longest task after its `chitieu:data` mark (the dataset's bytes have arrived; what follows is
// reading, checking, indexing and the first drawing), and then `after(page)`'s measurements.
// Both cold loads (Playwright's and the bare socket's) observe long tasks from the page's start
// and measure the same way, in the page.
function observeLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]); })
    .observe({ type: 'longtask', buffered: true });
}
function measureLoad(mark) {
  const data = performance.getEntriesByName('chitieu:data')[0]?.startTime ?? Infinity;
  return {
    ready: performance.getEntriesByName(mark)[0]?.startTime ?? NaN,
    longest: Math.max(0, ...window.__longTasks.map(([, duration]) => duration)),
    // A task that began before the mark but ran past it counts too.
    loading: Math.max(0, ...window.__longTasks.filter(([start, duration]) => start + duration >= data).map(([, duration]) => duration)),
    wasm: window.wasmBindings?.wasm_memory_bytes?.() ?? 0,
    state: document.documentElement.dataset.state ?? '',
    kept: document.documentElement.dataset.kept === 'true' ? 1 : 0,
  };
}

async function coldLoad(url, mark, after) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.addInitScript(observeLongTasks);
  await page.goto(url);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0 || document.documentElement.dataset.state === 'error', mark, { timeout: 180000 });
  await page.waitForTimeout(1000);
  const result = await page.evaluate(measureLoad, mark);
  if (Number.isNaN(result.ready)) console.log(`  (no ready mark at ${url}: data-state ${result.state})`);
  if (after && !Number.isNaN(result.ready)) Object.assign(result, await after(page));
  await context.close();
  return result;
}

// A cold load in a Chromium of its own driven over a bare DevTools socket, with no domain enabled
// but Page (for the long-task observer) and Runtime.evaluate: Playwright enables the Network
// domain on every page, and then the task in which a 13 MB body's last bytes arrive takes the
// browser 60-100 ms more (the body is kept and decoded for DevTools), which users do not pay.
// Playwright's own browser switches, the ones that bear on timing.
const { ws: WebSocket } = createRequire(import.meta.url)('playwright-core/lib/utilsBundle');
async function bareLoad(url, mark) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-bare-'));
  const chrome = spawn('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--remote-debugging-port=0', `--user-data-dir=${profile}`,
    '--window-size=1366,768', '--no-first-run', '--disable-extensions', '--disable-background-networking', '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows', '--disable-renderer-backgrounding', '--disable-component-update', '--hide-scrollbars', '--mute-audio',
    'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  const exited = new Promise((resolve) => { chrome.on('exit', resolve); chrome.on('error', resolve); });
  // Every wait has a deadline: a browser that dies or a socket that drops fails the load, never hangs it.
  const within = (promise, what, ms = 30000) => Promise.race([promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`bare load: no ${what} within ${ms} ms`)), ms).unref())]);
  let socket;
  try {
    const browserUrl = await within(new Promise((resolve, reject) => {
      let text = '';
      chrome.stderr.on('data', (data) => { text += data; const found = /ws:\/\/[^\s]+/.exec(text); if (found) resolve(found[0]); });
      exited.then(() => reject(new Error(`chromium stopped: ${text.slice(-300)}`)));
    }), 'DevTools address');
    let target;
    for (let attempt = 0; !target && attempt < 50; attempt += 1) {
      if (attempt) await new Promise((resolve) => setTimeout(resolve, 100));
      const targets = await (await fetch(browserUrl.replace('ws://', 'http://').replace(/\/devtools\/browser\/.*/, '/json/list'))).json();
      target = targets.find((candidate) => candidate.type === 'page');
    }
    if (!target) throw new Error('bare load: no page target');
    socket = new WebSocket(target.webSocketDebuggerUrl);
    await within(new Promise((resolve, reject) => { socket.on('open', resolve); socket.on('error', reject); }), 'DevTools socket');
    let id = 0;
    const waiting = new Map();
    socket.on('message', (message) => { const answer = JSON.parse(message); waiting.get(answer.id)?.(answer.result); waiting.delete(answer.id); });
    const send = (method, params = {}) => within(new Promise((resolve) => { id += 1; waiting.set(id, resolve); socket.send(JSON.stringify({ id, method, params })); }), `answer to ${method}`);
    const value = async (expression) => (await send('Runtime.evaluate', { expression, returnByValue: true }))?.result?.value;
    await send('Page.enable');
    await send('Page.addScriptToEvaluateOnNewDocument', { source: `(${observeLongTasks})();` });
    await send('Page.navigate', { url });
    const started = Date.now();
    while (!(await value(`performance.getEntriesByName('${mark}').length > 0 || document.documentElement.dataset.state === 'error'`))) {
      if (Date.now() - started > 180000) return { ready: NaN, longest: NaN, loading: NaN };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return JSON.parse(await value(`JSON.stringify((${measureLoad})(${JSON.stringify(mark)}))`));
  } finally {
    // Chromium shuts its own processes down on SIGTERM; whatever is left of its process group
    // after that is killed, and only then is its profile removed.
    socket?.terminate();
    chrome.kill('SIGTERM');
    await within(exited, 'exit of chromium', 10000).catch(() => {});
    try { process.kill(-chrome.pid, 'SIGKILL'); } catch { /* the group is gone */ }
    try { fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }); } catch (error) { console.log(`  (left ${profile}: ${error.code})`); }
  }
}

// The work a change causes: from the event to the moment the page is free again (a zero timeout
// runs after every microtask the change queued), and to the next frame after that.
async function timedChange(page, change) {
  return page.evaluate(async (change) => {
    const started = performance.now();
    if (change.select) {
      const select = document.querySelector(change.select);
      select.value = change.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: change.key, bubbles: true }));
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    const work = performance.now() - started;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return { work, paint: performance.now() - started };
  }, change);
}

// Locality changes on the overview: five different places, the median.
async function localityChanges(page) {
  const values = await page.evaluate(() => [...document.querySelectorAll('#unit-term option')].map((option) => option.value));
  const changes = [];
  for (let i = 1; i <= 5; i += 1) changes.push(await timedChange(page, { select: '#unit-term', value: values[Math.floor((values.length * i) / 6)] }));
  const work = median(changes.map((change) => change.work));
  return { change: work, changePaint: median(changes.map((change) => change.paint)) };
}

// Kiosk: the first slide is the ready mark; then ten slide changes (ArrowRight), the median.
async function slideChanges(page) {
  const changes = [];
  for (let i = 0; i < 10; i += 1) changes.push(await timedChange(page, { key: 'ArrowRight' }));
  return { slide: median(changes.map((change) => change.work)), slideMax: Math.max(...changes.map((change) => change.work)) };
}

if (parts.has('province')) {
  console.log(`province: generated datasets (localities × 25 indicators × 2 terms × 5 yearly results), cold loads, ${runs} runs each interleaved with an ECharts page drawing the same overview from the same file, median; ${os.cpus().length} × ${cpu}`);
  const ms = (value) => `${value.toFixed(0).padStart(5)} ms`;
  for (const size of sizes) {
    const app = [];
    const peer = [];
    const kiosk = [];
    const bareApp = [];
    const barePeer = [];
    for (let run = 0; run < runs; run += 1) {
      app.push(await coldLoad(`${base}?data=bench/province-${size}.json`, 'chitieu:ready', localityChanges));
      peer.push(await coldLoad(`${base}bench/peer.html?data=/bench/province-${size}.json`, 'peer:ready'));
      kiosk.push(await coldLoad(`${base}?mode=kiosk&data=bench/province-${size}.json`, 'chitieu:ready', slideChanges));
      bareApp.push(await bareLoad(`${base}?data=bench/province-${size}.json`, 'chitieu:ready'));
      barePeer.push(await bareLoad(`${base}bench/peer.html?data=/bench/province-${size}.json`, 'peer:ready'));
    }
    const of = (list, key) => median(list.map((m) => m[key]));
    // The longest task is a bar every run must clear: the median, and the worst run's.
    const task = (list, key) => `${ms(of(list, key))} (worst run ${Math.max(...list.map((m) => m[key])).toFixed(0)})`;
    const appReady = of(app, 'ready');
    const peerReady = of(peer, 'ready');
    const megabytes = (fixtures.get(`/bench/province-${size}.json`).length / 1e6).toFixed(1);
    console.log(`  ${String(size).padStart(7)} results (${megabytes} MB): app ready ${ms(appReady)}, ECharts ready ${ms(peerReady)}, app ÷ ECharts ${(appReady / peerReady).toFixed(2)}`);
    console.log(`          longest task: from page start ${task(app, 'longest')} (ECharts ${ms(of(peer, 'longest'))}), once the data has arrived ${task(app, 'loading')};` +
      ` wasm memory at rest ${(of(app, 'wasm') / 1e6).toFixed(0)} MB; offline copy kept ${app.filter((m) => m.kept).length}/${app.length}`);
    console.log(`          locality change: work ${ms(of(app, 'change'))}, to the next frame ${ms(of(app, 'changePaint'))};` +
      ` kiosk: first slide ${ms(of(kiosk, 'ready'))}, slide change work ${ms(of(kiosk, 'slide'))} (slowest of ten ${ms(of(kiosk, 'slideMax'))})`);
    const bareReady = of(bareApp, 'ready');
    console.log(`          without DevTools' network instrumentation (a bare CDP socket): app ready ${ms(bareReady)}, ECharts ready ${ms(of(barePeer, 'ready'))},` +
      ` app ÷ ECharts ${(bareReady / of(barePeer, 'ready')).toFixed(2)}; longest task from page start ${task(bareApp, 'longest')}` +
      ` (ECharts ${ms(of(barePeer, 'longest'))}), once the data has arrived ${task(bareApp, 'loading')}`);
  }
}

// A province change from the place picker: from the choice to the new province's ranking chart
// (its places are named "(T<k>)"), and from the moment its file had arrived.
async function provinceChanges(page) {
  const changes = [];
  for (const k of [5, 17, 29].filter((k) => k <= Number(options.provinces))) {
    changes.push(await page.evaluate(async (k) => {
      const started = performance.now();
      const select = document.querySelector('#unit-term');
      select.value = `part|tinh-${k}`;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const done = await new Promise((resolve) => {
        const poll = () => {
          const title = document.querySelector('#ranking-chart .chart-title')?.textContent ?? '';
          if (title.includes(`(T${k})`) && document.querySelector('#ranking-chart svg rect')) resolve(performance.now());
          else if (performance.now() - started > 60000) resolve(NaN);
          else requestAnimationFrame(poll);
        };
        poll();
      });
      const arrived = performance.getEntriesByName('chitieu:data').at(-1).startTime;
      return { total: done - started, afterArrival: done - arrived };
    }, k));
  }
  return { switchTotal: median(changes.map((change) => change.total)), switchAfter: median(changes.map((change) => change.afterArrival)) };
}

if (nationalFiles.length) {
  const results = nationalFiles.length * Math.round(1_000_000 / nationalFiles.length) ;
  const megabytes = nationalFiles.reduce((sum, file) => sum + fs.statSync(file).size, 0) / 1e6;
  const indexKb = fs.statSync(path.join(work, 'national', 'index.json')).size / 1e3;
  console.log(`national: ${nationalFiles.length} province files, ${results} results in all (${megabytes.toFixed(0)} MB), index ${indexKb.toFixed(0)} KB; cold loads, ${runs} runs, median; ${os.cpus().length} × ${cpu}`);
  const app = [];
  for (let run = 0; run < runs; run += 1) app.push(await coldLoad(`${base}?data=bench/national/index.json`, 'chitieu:ready', provinceChanges));
  const of = (key) => median(app.map((m) => m[key]));
  const ms = (value) => `${value.toFixed(0).padStart(5)} ms`;
  const worst = (key) => Math.max(...app.map((m) => m[key])).toFixed(0);
  console.log(`  first chart ${ms(of('ready'))}; longest task: from page start ${ms(of('longest'))} (worst run ${worst('longest')}),` +
    ` once the data has arrived ${ms(of('loading'))} (worst run ${worst('loading')}); wasm memory at rest ${(of('wasm') / 1e6).toFixed(0)} MB`);
  console.log(`  province change: to its chart ${ms(of('switchTotal'))}, after its file arrived ${ms(of('switchAfter'))}`);
}

await browser.close();
server.close();
fs.rmSync(work, { recursive: true, force: true });
