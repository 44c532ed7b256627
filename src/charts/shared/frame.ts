// The outer <svg> of every chart: size, text alternative, shared defs; and the standalone file made from it.
import { pagePaint } from './palette.ts';
import { findAll, h, renderSvg, textOf, type SvgContent, type SvgNode } from './svg.ts';
import { wrapText } from './text.ts';

/** The two widths each chart is laid out at: phones (shown below 38rem of room, see charts.css) and wider screens. */
export const WIDTHS = { narrow: 300, wide: 720 } as const;
export type Variant = keyof typeof WIDTHS;

/** Type sizes in layout units; at the narrow width on a 320 px phone (288 px of room), 13 units is still 12.5 px. */
export const FONT = { label: 13, small: 12, heading: 14 } as const;

/** A laid-out chart before it becomes markup: its box, its text alternative, and what it draws. */
export interface Frame {
  /** Prefix for ids inside the SVG (title, desc, patterns), unique on the page: chart id plus variant. */
  uid: string;
  width: number;
  height: number;
  /** Short name of the chart, e.g. "Documents signed, by country". */
  title: string;
  /** What the data shows, in sentences written from the data. */
  desc: string;
  defs: SvgNode[];
  body: SvgContent[];
  /** 'group' for a drawing that holds links (each named), which an image's role would hide; else one image. */
  role?: 'group' | undefined;
}

/** What a chart draws at one width: its size, the patterns it needs and its marks. */
export type Drawing = Pick<Frame, 'width' | 'height' | 'defs' | 'body' | 'role'>;

/**
 * Both layouts of a chart, phone and wide, from one function that lays the chart out at a width and draws it;
 * ids inside each drawing start with `uid`, so the two never clash on a page.
 */
export function bothFrames(
  id: string,
  title: string,
  desc: string,
  draw: (width: number, uid: string) => Drawing,
): Record<Variant, Frame> {
  const frame = (variant: Variant): Frame => {
    const uid = `chart-${id}-${variant}`;
    return { uid, title, desc, ...draw(WIDTHS[variant], uid) };
  };
  return { narrow: frame('narrow'), wide: frame('wide') };
}

/**
 * Widest a chart inlined once is shown (px; charts.css's 22rem): its phone layout, 300 units, then sets 12–14-unit
 * text at 14–16.4 px, no larger than the caption around it.
 */
export const ONE_LAYOUT_MAX = 352;

/**
 * How much taller, on a wide screen, the phone layout may be than the wide one for a page to inline it alone. Past
 * this a reader of the wide screen scrolls half as far again for the same chart: the wide layout earns its bytes.
 */
export const ONE_LAYOUT_GROWTH = 1.5;

/** The words a drawing writes, axis ticks aside (how many ticks fit is the width's, not the content's), sorted. */
function wordsOf(frame: Frame): string {
  const root = h('g', {}, frame.body);
  const axes = new Set(findAll(root, (n) => n.attrs.class === 'bf-chart__axis'));
  const texts: string[] = [];
  const walk = (node: SvgNode) => {
    if (axes.has(node)) return;
    if (node.tag === 'text') texts.push(textOf(node));
    else for (const c of node.children) if (typeof c !== 'string') walk(c);
  };
  walk(root);
  return texts.join(' ').split(/\s+/).filter(Boolean).sort().join(' ');
}

/**
 * Why a chart's phone layout really differs from its wide one, so that a page inlines both (CSS shows one); or
 * undefined, when the phone layout alone serves every screen. It differs when it writes other words than the wide
 * one (a label dropped, moved or turned: another arrangement), or when shown on a wide screen, no wider than
 * ONE_LAYOUT_MAX, it would be more than ONE_LAYOUT_GROWTH times the wide layout's height (its lines wrap much more).
 * Otherwise the two differ only in how long the bars run: one drawing is enough, and the page is the lighter for it.
 */
export function narrowDiffers(frames: Record<Variant, Frame>): string | undefined {
  const { narrow, wide } = frames;
  if (wordsOf(narrow) !== wordsOf(wide)) return 'its words differ';
  const shown = (narrow.height * ONE_LAYOUT_MAX) / narrow.width;
  if (shown > ONE_LAYOUT_GROWTH * wide.height)
    return `on a wide screen it would be ${(shown / wide.height).toFixed(2)} times as tall`;
  return undefined;
}

/** The inline chart: scales to its box (viewBox, width 100%), announced as one image with its title and desc. */
export function svgRoot(frame: Frame): SvgNode {
  return h(
    'svg',
    {
      class: 'bf-chart__svg',
      viewBox: `0 0 ${frame.width} ${frame.height}`,
      width: frame.width,
      height: frame.height,
      role: frame.role ?? 'img',
      'aria-labelledby': frame.role ? `${frame.uid}-title` : `${frame.uid}-title ${frame.uid}-desc`,
      'aria-describedby': frame.role && `${frame.uid}-desc`,
      style: 'font-family:var(--bf-chart-font, system-ui, sans-serif)',
    },
    h('title', { id: `${frame.uid}-title` }, frame.title),
    h('desc', { id: `${frame.uid}-desc` }, frame.desc),
    frame.defs.length > 0 && h('defs', {}, frame.defs),
    frame.body,
  );
}

/**
 * The downloadable file: the wide chart on a white ground with its title on top and its sources and origin at
 * the foot, so it still says what it is and where it comes from once it leaves the page.
 */
export function standaloneSvg(frame: Frame, credit: string): string {
  const pad = 16;
  const titleLines = wrapText(frame.title, frame.width - 2 * pad, FONT.heading + 2);
  const creditLines = wrapText(credit, frame.width - 2 * pad, FONT.small);
  const top = pad + titleLines.length * 20 + 8;
  const height = top + frame.height + 10 + creditLines.length * 16 + pad;
  const root = h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${frame.width} ${height}`,
      width: frame.width,
      height,
      role: 'img',
      'aria-labelledby': `${frame.uid}-title ${frame.uid}-desc`,
      // Laid out for Inter, the site's typeface; where it is not installed, a sans-serif of similar width stands in.
      'font-family': "Inter, 'Inter Variable', Arial, 'Liberation Sans', sans-serif",
    },
    h('title', { id: `${frame.uid}-title` }, frame.title),
    h('desc', { id: `${frame.uid}-desc` }, frame.desc),
    frame.defs.length > 0 && h('defs', {}, frame.defs),
    h('rect', { width: frame.width, height, fill: '#ffffff' }),
    titleLines.map((line, i) =>
      h(
        'text',
        {
          x: pad,
          y: pad + 14 + i * 20,
          'font-size': FONT.heading + 2,
          'font-weight': 700,
          style: `fill:${pagePaint('text')}`,
        },
        line,
      ),
    ),
    h('g', { transform: `translate(0 ${top})` }, frame.body),
    creditLines.map((line, i) =>
      h(
        'text',
        {
          x: pad,
          y: top + frame.height + 22 + i * 16,
          'font-size': FONT.small,
          style: `fill:${pagePaint('text-soft')}`,
        },
        line,
      ),
    ),
  );
  // Outside the page there are no CSS variables; editors such as Inkscape also read plain colours more reliably.
  const markup = renderSvg(root, true).replace(/var\(--[a-z0-9-]+, ([^)]+)\)/g, '$1');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}
