// Addresses in the offline edition. Online, pages link from the site's root ("/briefing/countries/kazakhstan/") and
// a web server finds a folder's index.html. Opened from disk there is no server: "/" is the disk's root and a
// folder shows as a file listing. So every address becomes relative to the page and names its file.
// No Node imports: the offline search runtime (browser) shares these functions with the build.

/** The folder's root seen from a page: "countries/kazakhstan/index.html" → "../../", "index.html" → "./". */
export function relativeRoot(pagePath: string): string {
  const depth = pagePath.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/** A folder's page by its file, as file:// needs: "countries/" → "countries/index.html", "" → "index.html". */
export function folderIndex(path: string): string {
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** What an offline page may link to: the files of the edition, by path from its root ("data/documents.csv"). */
export interface OfflineSite {
  /** The online build's base path, with slashes at both ends: "/" or "/briefing/". */
  base: string;
  /** Whether the edition holds a file (path from the edition's root, decoded: "countries/åland/index.html"). */
  hasFile: (path: string) => boolean;
}

/** Splits "/a/b/?q=1#x" into its path and the rest ("?q=1#x"). */
function splitSuffix(url: string): [path: string, suffix: string] {
  const at = url.search(/[?#]/);
  return at === -1 ? [url, ''] : [url.slice(0, at), url.slice(at)];
}

/**
 * A link or asset address of an online page, as the offline page at `pagePath` writes it: "/briefing/countries/"
 * → "../../countries/index.html". Addresses that do not start from the site's root (other sites, "#notes",
 * "data:") come back unchanged, and so do root addresses outside the base path, which no edition holds.
 */
export function offlineHref(url: string, pagePath: string, site: OfflineSite): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const [path, suffix] = splitSuffix(url);
  const root = site.base.replace(/\/$/, '');
  if (path !== root && !path.startsWith(`${root}/`)) return url;
  const inside = path.slice(root.length + 1);
  let decoded: string;
  try {
    decoded = decodeURIComponent(inside);
  } catch {
    return url;
  }
  // "/data/documents.csv" is a file; "/countries" (no slash) is still a folder if it holds a page.
  const target =
    decoded === '' || decoded.endsWith('/')
      ? `${inside}index.html`
      : !site.hasFile(decoded) && site.hasFile(`${decoded}/index.html`)
        ? `${inside}/index.html`
        : inside;
  return `${relativeRoot(pagePath)}${target}${suffix}`;
}

/**
 * A search result's address, for the offline page whose root is `root` ("../../"). Pagefind's index stores paths
 * from the site's root ("/documents/tokyo-declaration/"), which it completes with the highlight query and a
 * section's anchor: "/documents/tokyo-declaration/?highlight=water#p3" → "../../documents/tokyo-declaration/
 * index.html?highlight=water#p3". Always starts with "./" or "../", the forms Pagefind's result links accept.
 */
export function offlineResultUrl(url: string, root: string): string {
  const [path, suffix] = splitSuffix(url);
  return `${root}${folderIndex(path.replace(/^\/+/, ''))}${suffix}`;
}
