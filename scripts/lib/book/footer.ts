// The PDF's running footer: the briefing's name on the left, "Page 3 of 120" on the right. Chromium fills the
// pageNumber and totalPages classes on every page; the template gets none of the page's styles, hence its own.

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Side margins of the PDF's pages, which the footer lines up with. */
export const SIDE_MARGIN = '17mm';

export function footerTemplate(label: string): string {
  return (
    `<div style="width:100%;margin:0 ${SIDE_MARGIN};display:flex;justify-content:space-between;` +
    `font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;font-size:8pt;color:#4a5560">` +
    `<span>${escapeHtml(label)}</span>` +
    `<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
  );
}
