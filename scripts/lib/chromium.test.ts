import { describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.ts';

describe('launchChromium()', () => {
  it('fails with the path it tried and how to install Chromium when the browser is missing', async () => {
    await expect(launchChromium('/nonexistent/chromium')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: Chromium not found at /nonexistent/chromium. Install Debian's package: apt-get update && apt-get install -y chromium (.ci/run does this), or set CHROMIUM_PATH.]`,
    );
  });
});
