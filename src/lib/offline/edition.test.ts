import { describe, expect, it } from 'vitest';
import { offlineEditionPaths } from './edition.ts';

describe('offlineEditionPaths()', () => {
  it('puts the folder beside the online output and the zip inside it, for download', () => {
    expect(offlineEditionPaths('/srv/site/dist/')).toEqual({
      folder: '/srv/site/dist-offline',
      zip: '/srv/site/dist/download/cajad-briefing-offline.zip',
      zipChecksum: '/srv/site/dist/download/cajad-briefing-offline.zip.sha256',
    });
  });
});
