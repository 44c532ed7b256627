import { describe, expect, it } from 'vitest';
import { carrierScript, isPagefindData, readCarrier } from './pagefind-files.ts';

describe('isPagefindData()', () => {
  it('knows the files the engine fetches from the code the page loads', () => {
    for (const path of [
      'pagefind-entry.json',
      'pagefind.en_1a2b.pf_meta',
      'wasm.en.pagefind',
      'index/en_1.pf_index',
      'fragment/en_2.pf_fragment',
      'filter/en_3.pf_filter',
    ]) {
      expect(isPagefindData(path), path).toBe(true);
    }
    for (const path of ['pagefind.js', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-worker.js']) {
      expect(isPagefindData(path), path).toBe(false);
    }
  });
});

describe('carrierScript()', () => {
  it('hands the runtime the file’s path and its exact bytes', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255, 0x1f, 0x8b]);
    const script = carrierScript('fragment/en_2.pf_fragment', bytes);
    expect(script).toBe('__bfOffline.data("fragment/en_2.pf_fragment","AAEC+v8fiw==");\n');
    expect(readCarrier(script)).toEqual({ path: 'fragment/en_2.pf_fragment', bytes });
  });
});
