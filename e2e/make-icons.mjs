// Renders the app icon (public/icons/icon.svg) to the PNG sizes the web app manifest names.
// Usage: node e2e/make-icons.mjs   (the PNGs are committed; run again only when icon.svg changes)
import { chromium } from 'playwright-core';
import fs from 'node:fs';

const svg = fs.readFileSync('public/icons/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: `public/icons/icon-${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
