// Draws the extension's icon, images/icon.png (128x128), from the SVG below with headless Chromium
// (playwright-core, a dev dependency): `node scripts/draw-icon.mjs`. The PNG is committed, so
// packaging needs no browser; run this again only after changing the drawing.
// The drawing: a page of text with two sources' marks beside it, one line ticked as agreeing.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const SIZE = 128;

export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="24" fill="#1f3a5f"/>
  <g transform="rotate(-6 64 64)">
    <rect x="30" y="22" width="56" height="74" rx="6" fill="#d9e4f2"/>
  </g>
  <rect x="38" y="26" width="56" height="76" rx="6" fill="#ffffff"/>
  <rect x="47" y="38" width="38" height="5" rx="2.5" fill="#9fb3cc"/>
  <rect x="47" y="50" width="30" height="5" rx="2.5" fill="#9fb3cc"/>
  <rect x="47" y="62" width="34" height="5" rx="2.5" fill="#e0a030"/>
  <rect x="47" y="74" width="24" height="5" rx="2.5" fill="#9fb3cc"/>
  <circle cx="92" cy="92" r="20" fill="#2e9d5b" stroke="#1f3a5f" stroke-width="4"/>
  <path d="M82 92 l7 7 l13 -14" fill="none" stroke="#ffffff" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

export async function drawIcon(out = path.join(root, 'images', 'icon.png')) {
  mkdirSync(path.dirname(out), { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CORROBORATE_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${ICON_SVG}</body></html>`);
    await page.locator('svg').screenshot({ path: out, omitBackground: true });
  } finally {
    await browser.close();
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(root, 'scripts', 'draw-icon.mjs')) {
  drawIcon().then(
    (file) => console.log(`drew ${path.relative(process.cwd(), file)}`),
    (error) => {
      console.error(`draw-icon: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
