// The browser tests launch Chromium with the same helper as the scripts (scripts/lib/chromium.ts).
export { CHROMIUM_PATH, launchChromium } from '../../scripts/lib/chromium.ts';
