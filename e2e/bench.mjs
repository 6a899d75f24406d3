// Benchmarks, printed as numbers (not timed tests): `scripts/bench` builds what they need and runs this.
// Usage: node e2e/bench.mjs --dist dist --cli target/release/chitieu [--rows 5000] [--runs 3]
//
// Spreadsheets: a generated workbook of about --rows figure rows (localities × 25 indicators, a
// target and a result each), opened through the file picker. For each run (a fresh page each time):
// time from choosing the file to the dataset's title on screen, the longest main-thread task in
// that time (PerformanceObserver 'longtask': tasks over 50 ms), and the same for the same dataset
// as JSON in the same run, the peer that needs no worker.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { startServer } from './server.mjs';

const { values: options } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, cli: { type: 'string', default: 'target/release/chitieu' },
    rows: { type: 'string', default: '5000' }, runs: { type: 'string', default: '3' } },
});
const rows = Number(options.rows);
const runs = Number(options.runs);

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

const { server, base } = await startServer(path.resolve(options.dist), new Map([
  ['/bench/tinh.json', fs.readFileSync(jsonPath)], ['/bench/tinh.xlsx', fs.readFileSync(xlsxPath)],
]));
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
for (let run = 0; run < runs; run += 1) {
  // Interleaved, so that a slower moment of the machine falls on both.
  measurements.xlsx.push(await openOnce(xlsxPath, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'));
  measurements.json.push(await openOnce(jsonPath, 'application/json'));
}
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`spreadsheets: ${figureRows} figure rows (${dataset.records.length} records, ${dataset.localities.length} localities), ` +
  `workbook ${(fs.statSync(xlsxPath).size / 1024).toFixed(0)} KB, JSON ${(fs.statSync(jsonPath).size / 1024).toFixed(0)} KB; ` +
  `${runs} runs each, median; ${os.cpus().length} × ${cpu}, headless Chromium`);
for (const [kind, list] of Object.entries(measurements)) {
  console.log(`  open ${kind.padEnd(4)}  to screen ${median(list.map((m) => m.elapsed)).toFixed(0).padStart(5)} ms` +
    `   longest main-thread task ${median(list.map((m) => m.longest)).toFixed(0).padStart(4)} ms` +
    `   tasks over 50 ms ${median(list.map((m) => m.count))}` +
    `   (runs: ${list.map((m) => `${m.elapsed.toFixed(0)} [${m.tasks.join(' ')}]`).join(', ')} ms)`);
}
await browser.close();
server.close();
fs.rmSync(work, { recursive: true, force: true });
