// End-to-end tests of the release build in headless Chromium (playwright-core + /usr/bin/chromium).
// Usage: node e2e/e2e.mjs [DIST] [SCREENSHOT_DIR]. Prints "N passed, N failed"; exits 1 on failure.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { startServer } from './server.mjs';

const dist = path.resolve(process.argv[2] ?? 'dist');
const shots = path.resolve(process.argv[3] ?? 'target/screenshots');
fs.mkdirSync(shots, { recursive: true });
const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// Fixtures: a dataset with hostile text in every name and quote, a truncated one, a wrong-typed one.
const defaultText = fs.readFileSync(path.join(dist, 'data/default.json'), 'utf8');
const HOSTILE = ['<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=2">', '"><svg onload="window.__pwned=3">'];
const hostile = JSON.parse(defaultText);
let counter = 0;
const evil = () => HOSTILE[counter++ % HOSTILE.length];
hostile.title = { vi: evil(), en: evil() };
for (const list of [hostile.localities, hostile.indicators, hostile.domains]) {
  for (const item of list) item.name = { vi: `${item.name.vi} ${evil()}`, en: evil() };
}
for (const indicator of hostile.indicators) indicator.unit = { vi: evil(), en: evil() };
for (const record of hostile.records) {
  for (const result of record.results ?? []) result.source.quote = evil();
}
const fixtures = new Map([
  ['/fixtures/hostile.json', JSON.stringify(hostile)],
  ['/fixtures/truncated.json', defaultText.slice(0, Math.floor(defaultText.length / 2))],
  ['/fixtures/wrong-type.json', defaultText.replace('"value": 67.5', '"value": "67,5"')],
]);

const { server, base } = await startServer(dist, fixtures);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--font-render-hinting=none'],
});

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) { passed += 1; console.log(`ok   ${name}`); }
  else { failed += 1; console.log(`FAIL ${name}${detail ? `: ${detail}` : ''}`); }
}

async function open(query, viewport = { width: 1920, height: 1080 }) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('dialog', async (dialog) => { problems.push(`dialog: ${dialog.message()}`); await dialog.dismiss(); });
  page.on('requestfailed', (request) => problems.push(`requestfailed: ${request.url()}`));
  page.on('request', (request) => { if (!request.url().startsWith(base)) problems.push(`left the origin: ${request.url()}`); });
  await page.goto(`${base}${query}`);
  await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.state), null, { timeout: 30000 });
  return { context, page, problems };
}

// 1. The overview at three screen sizes: ready, a chart with bars, nothing clipped, no console noise.
const sizes = [[1366, 768], [1920, 1080], [3840, 2160]];
const fontSizes = [];
for (const [width, height] of sizes) {
  const { context, page, problems } = await open('', { width, height });
  const state = await page.evaluate(() => document.documentElement.dataset.state);
  check(`${width}x${height}: data-state is ready`, state === 'ready', state);
  const mark = await page.evaluate(() => performance.getEntriesByName('chitieu:ready').length);
  check(`${width}x${height}: performance mark chitieu:ready`, mark === 1, `${mark} marks`);
  const chart = await page.evaluate(() => {
    const svg = document.querySelector('#ranking-chart svg');
    if (!svg) return null;
    const box = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll('text')];
    const sizes = texts.map((text) => text.getBoundingClientRect().height).filter((h) => h > 0);
    return {
      bars: svg.querySelectorAll('rect').length, role: svg.getAttribute('role'), label: svg.getAttribute('aria-label'),
      width: box.width, right: box.right, viewport: innerWidth, scrollWidth: document.documentElement.scrollWidth,
      minText: Math.min(...sizes), texts: texts.map((text) => text.textContent.trim()),
    };
  });
  check(`${width}x${height}: ranking chart drawn with bars`, chart && chart.bars > 5, JSON.stringify(chart?.bars));
  check(`${width}x${height}: chart is an image with a label`, chart?.role === 'img' && chart.label.length > 10);
  check(`${width}x${height}: no horizontal overflow`, chart && chart.scrollWidth <= chart.viewport && chart.right <= chart.viewport, JSON.stringify(chart && { right: chart.right, scroll: chart.scrollWidth }));
  check(`${width}x${height}: tick labels use Vietnamese numbers`, chart?.texts.some((text) => /^\d{1,3}(\.\d{3})*$/.test(text)) && !chart.texts.some((text) => /^\d+\.\d{1,2}$/.test(text)));
  check(`${width}x${height}: Vietnamese percentages in bar labels`, chart?.texts.some((text) => /\d+,\d+\s%/.test(text)), chart?.texts.slice(0, 5).join(' | '));
  fontSizes.push(chart?.minText ?? 0);
  check(`${width}x${height}: no console errors or warnings`, problems.length === 0, problems.join('; '));
  await page.screenshot({ path: path.join(shots, `overview-${width}x${height}.png`), fullPage: false });
  await context.close();
}
check('chart text grows with the screen', fontSizes[2] > fontSizes[0] * 1.5, fontSizes.map((size) => size.toFixed(1)).join(' < '));

// 2. English.
{
  const { context, page, problems } = await open('?lang=en');
  const info = await page.evaluate(() => ({ lang: document.documentElement.lang, headline: document.querySelector('.headline')?.textContent ?? '' }));
  check('lang=en: document language is en', info.lang === 'en', info.lang);
  check('lang=en: headline is English', /indicators met/.test(info.headline), info.headline);
  check('lang=en: no console errors', problems.length === 0, problems.join('; '));
  await context.close();
}

// 3. Accessibility of the overview (axe-core).
{
  const { context, page } = await open('');
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const report = await window.axe.run(document, { resultTypes: ['violations'] });
    return report.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
  check('axe-core finds no violations on the overview', result.length === 0, result.join(', '));
  await context.close();
}

// 4. A missing dataset: a readable error naming the file, never a blank page.
{
  const { context, page, problems } = await open('?data=missing.json');
  const info = await page.evaluate(() => ({
    state: document.documentElement.dataset.state,
    text: document.querySelector('.error-panel')?.textContent ?? '',
    link: document.querySelector('.error-panel a')?.getAttribute('href'),
  }));
  check('missing dataset: data-state is error', info.state === 'error', info.state);
  check('missing dataset: the panel names the file and the status', info.text.includes('missing.json') && info.text.includes('404'), info.text);
  check('missing dataset: offers the default dataset', typeof info.link === 'string');
  await page.screenshot({ path: path.join(shots, 'error-missing.png') });
  check('missing dataset: only the expected 404 in the console', problems.every((problem) => /404|missing\.json/.test(problem)), problems.join('; '));
  await context.close();
}

// 5. Malformed datasets: located problems.
{
  const { context, page } = await open('?data=fixtures/truncated.json');
  const text = await page.evaluate(() => document.querySelector('.error-panel')?.textContent ?? '');
  check('truncated dataset: error located by line and column', /dòng \d+, cột \d+/.test(text), text.slice(0, 200));
  await context.close();
}
{
  const { context, page } = await open('?data=fixtures/wrong-type.json&lang=en');
  const text = await page.evaluate(() => document.querySelector('.error-panel')?.textContent ?? '');
  check('wrong-typed dataset: error located by JSON path', text.includes('$.records[0].target.value') && text.includes('Wrong type'), text.slice(0, 300));
  await context.close();
}

// 6. Hostile text stays text.
{
  const { context, page, problems } = await open('?data=fixtures/hostile.json');
  const info = await page.evaluate(() => ({
    state: document.documentElement.dataset.state,
    pwned: window.__pwned ?? null,
    images: document.querySelectorAll('img').length,
    scripts: [...document.querySelectorAll('script')].filter((script) => script.textContent.includes('__pwned')).length,
    shown: document.body.textContent.includes('<script>window.__pwned=1</script>'),
  }));
  check('hostile dataset: loads', info.state === 'ready', info.state);
  check('hostile dataset: no script ran, no element injected', info.pwned === null && info.images === 0 && info.scripts === 0, JSON.stringify(info));
  check('hostile dataset: markup shown as text', info.shown);
  check('hostile dataset: no dialogs or errors', problems.length === 0, problems.join('; '));
  await page.screenshot({ path: path.join(shots, 'hostile.png') });
  await context.close();
}

await browser.close();
server.close();
console.log(`screenshots in ${shots}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
