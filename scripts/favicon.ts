// Writes public/favicon.ico from public/favicon.svg (npm run favicon), for browsers and tools that ask for
// /favicon.ico or do not read SVG icons. Run it after changing the SVG and commit both files.
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { packIco } from './lib/favicon/ico.ts';

const svg = readFileSync('public/favicon.svg', 'utf8');
const images = [16, 32, 48].map((size) => ({
  size,
  png: new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng(),
}));
writeFileSync('public/favicon.ico', packIco(images));
console.log(`public/favicon.ico: ${images.map((i) => `${i.size}px`).join(', ')}`);
