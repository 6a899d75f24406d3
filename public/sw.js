// Chỉ Tiêu service worker: the app works offline after one visit.
// - On install it caches the page, every asset the built index.html names (hashed js, wasm, css),
//   the fonts and the default dataset.
// - App files: cache first (their names change with every build).
// - Datasets (*.json) and the page itself: network first, falling back to the cache, so fresh
//   data wins when the network is there and the last good copy shows when it is not.
// Only same-origin GET requests are handled; nothing else leaves the origin anyway.
const CACHE = 'chitieu-v1';
const FONTS = [
  'fonts/be-vietnam-pro-latin-400-normal.woff2', 'fonts/be-vietnam-pro-latin-700-normal.woff2',
  'fonts/be-vietnam-pro-vietnamese-400-normal.woff2', 'fonts/be-vietnam-pro-vietnamese-700-normal.woff2',
];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const page = await fetch('./', { cache: 'no-cache' });
    const html = await page.clone().text();
    await cache.put('./', page);
    const assets = [...html.matchAll(/(?:href|src)="\.?\/?([^"#?]+\.(?:js|wasm|css))"/g)].map((match) => match[1]);
    await cache.addAll([...new Set([...assets, ...FONTS, 'data/default.json'])]);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

async function networkFirst(request, cacheKey) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(cacheKey, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(cacheKey, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
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
    event.respondWith(networkFirst(request, './'));
  } else if (url.pathname.endsWith('.json')) {
    event.respondWith(networkFirst(request, request));
  } else {
    event.respondWith(cacheFirst(request));
  }
});
