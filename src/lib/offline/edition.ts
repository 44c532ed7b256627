// Where the offline edition goes and what it is called: shared by the build hook, the "Take it with you" section
// and the tests, so the three cannot disagree. No Node imports: the site's browser scripts read these names too.

/** The edition's name: the zip's file name and the one folder the zip holds (unzipping spills nothing else). */
export const OFFLINE_EDITION_NAME = 'cajad-briefing-offline';

/** Where the online site serves the zip, as a path inside the site ("download/cajad-briefing-offline.zip"). */
export const OFFLINE_ZIP = `download/${OFFLINE_EDITION_NAME}.zip`;

/** The zip's own checksum beside it, in `sha256sum -c` format. */
export const OFFLINE_ZIP_CHECKSUM = `${OFFLINE_ZIP}.sha256`;

/** The file in the edition's folder that lists the SHA-256 of every other file (`sha256sum -c SHA256SUMS`). */
export const CHECKSUMS_FILE = 'SHA256SUMS';

/**
 * Attribute on every offline page's <html>: the folder's root relative to the page ("../../", "./"). The site's
 * scripts read it (as `dataset.bfRoot`) to know they run from a folder and where the folder starts.
 */
export const ROOT_ATTRIBUTE = 'data-bf-root';

/** The same attribute as scripts read it, `document.documentElement.dataset[ROOT_DATASET_KEY]`. */
export const ROOT_DATASET_KEY = 'bfRoot';

/**
 * Attribute on parts of a page that belong to one edition only: `online` parts are removed from the offline
 * edition; `offline` parts are written `hidden` and shown there (the "Take it with you" section).
 */
export const EDITION_ATTRIBUTE = 'data-bf-edition';

/** The files a build makes, from the online build's output folder (`dist`). */
export interface EditionPaths {
  /** The unpacked edition, beside the online output so no crawl, index or link check of the site sees a second copy. */
  folder: string;
  /** The zip, inside the online output so the site can offer it for download. */
  zip: string;
  /** The zip's checksum file. */
  zipChecksum: string;
}

/** `dist` → `dist-offline` (the folder) and `dist/download/…zip`. Forward slashes, which Node accepts everywhere. */
export function offlineEditionPaths(outDir: string): EditionPaths {
  const out = outDir.replace(/[\\/]+$/, '');
  return {
    folder: `${out}-offline`,
    zip: `${out}/${OFFLINE_ZIP}`,
    zipChecksum: `${out}/${OFFLINE_ZIP_CHECKSUM}`,
  };
}
