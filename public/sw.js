// Chỉ Tiêu service worker: the app itself works offline after one visit.
// - The cache is named after the build (BUILD is stamped by scripts/post-build), so each release
//   installs its own and the old ones are deleted when it activates: the cache does not grow.
// - On install it caches the page, every asset the built index.html names (both apps' hashed js and
//   wasm, css, the manifest and icons) and the fonts.
// - The page: network first, with a deadline, then the cached copy: a server that hangs costs
//   NAVIGATION_DEADLINE_MS, not the kiosk.
// - App files: cache first (their names change with every build).
// - Datasets (*.json) are not touched here: the app fetches them itself, with deadlines, and keeps
//   the last copy that VALIDATES in its own cache ("chitieu-data"), so a half-written file can never
//   replace good data.
// Only same-origin GET requests are handled; nothing else leaves the origin anyway.
const BUILD = '__CHITIEU_BUILD__';
const CACHE = `chitieu-app-${BUILD}`;
const NAVIGATION_DEADLINE_MS = 3000;
const FONTS = [
  'fonts/be-vietnam-pro-latin-400-normal.woff2', 'fonts/be-vietnam-pro-latin-700-normal.woff2',
  'fonts/be-vietnam-pro-vietnamese-400-normal.woff2', 'fonts/be-vietnam-pro-vietnamese-700-normal.woff2',
];

// The manifest's icons (the page names only the SVG one and the 192 px one).
const ICONS = ['icons/icon-512.png'];

function withDeadline(promise, milliseconds) {
  let timer;
  const deadline = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('deadline')), milliseconds); });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const page = await fetch('./', { cache: 'no-cache' });
    const html = await page.clone().text();
    await cache.put('./', page);
    // Quoted or not (the release build's page is minified), and the names in the start-up script:
    // both apps, the desk and the stage, so that a kiosk or a presenter opens offline too. A name
    // ends at a quote, a space, '>', '#' or '?' (the script's 'data/default.json' is not a .js).
    const assets = [...html.matchAll(/(?:(?:href|src)=|["'`])\.?\/?([^"'`\s>#?]+\.(?:js|wasm|css|webmanifest|svg|png))(?=["'`\s>#?])/g)].map((match) => match[1]);
    await cache.addAll([...new Set([...assets, ...FONTS, ...ICONS])]);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      // Earlier releases' app caches go; the data cache ("chitieu-data") stays.
      if ((key.startsWith('chitieu-app-') && key !== CACHE) || key === 'chitieu-v1') await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

async function page(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await withDeadline(fetch(request), NAVIGATION_DEADLINE_MS);
    if (response.ok) {
      await cache.put('./', response.clone());
      return response;
    }
    return (await cache.match('./')) ?? response;
  } catch (error) {
    const cached = await cache.match('./');
    if (cached) return cached;
    throw error;
  }
}

async function appFile(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
  } else if (!url.pathname.endsWith('.json')) {
    event.respondWith(appFile(request));
  }
});
