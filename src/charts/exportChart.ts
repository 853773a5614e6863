import { swatchShapes, swatchSize, type LegendEntry } from './swatch';

/**
 * Chart export: a self-contained SVG (computed styles inlined, title added, theme colours resolved)
 * and a 2× PNG rendered from it; CSV from rows. Browser-only edge code; csvText is pure.
 */

/** Computed styles copied onto each exported element, with the values that need not be written. */
const STYLE_PROPERTIES: readonly [property: string, skipIf: string | null, textOnly: boolean][] = [
  ['fill', null, false],
  ['fill-opacity', '1', false],
  ['stroke', 'none', false],
  ['stroke-width', null, false],
  ['stroke-dasharray', 'none', false],
  ['stroke-opacity', '1', false],
  ['opacity', '1', false],
  ['visibility', 'visible', false],
  ['font-family', null, true],
  ['font-size', null, true],
  ['font-weight', '400', true],
  ['text-anchor', 'start', true],
];

function inlineStyle(element: Element): string {
  const computed = getComputedStyle(element);
  const isText = element.tagName === 'text' || element.tagName === 'tspan';
  const entries: string[] = [];
  for (const [property, skipIf, textOnly] of STYLE_PROPERTIES) {
    if (textOnly && !isText) continue;
    const value = computed.getPropertyValue(property);
    if (value && value !== skipIf) entries.push(`${property}:${value}`);
  }
  return entries.join(';');
}

/** Quotes a CSV field when needed (RFC 4180). */
function csvField(value: string | number): string {
  const text = typeof value === 'number' ? (Number.isNaN(value) ? 'NaN' : String(value)) : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text: a header row then data rows; numbers at full precision. */
export function csvText(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [headers, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const LEGEND_FONT_VALUE = '12px system-ui, sans-serif';
const LEGEND_FONT = `font: ${LEGEND_FONT_VALUE}`;

/**
 * The exported file's style attributes are written under this name and renamed in the serialized
 * text: a style attribute set on an element of the page (even a detached copy) is an inline style,
 * which a strict Content-Security-Policy (style-src 'self') blocks and reports.
 */
const EXPORT_STYLE = 'data-loss-lab-export-style';

/** A standalone copy of `svg` with styles inlined, a title line and (optionally) a legend row on top. */
export function standaloneSvg(svg: SVGSVGElement, title: string, legend: readonly LegendEntry[] = []): string {
  const ns = 'http://www.w3.org/2000/svg';
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = svg.querySelectorAll('*');
  const target = clone.querySelectorAll('*');
  source.forEach((element, i) => {
    const copy = target[i];
    copy.setAttribute(EXPORT_STYLE, inlineStyle(element));
    copy.removeAttribute('class');
    // Theme variables mean nothing outside the app: the inlined computed colours replace them.
    for (const name of copy.getAttributeNames()) if ((copy.getAttribute(name) ?? '').includes('var(')) copy.removeAttribute(name);
  });
  const box = svg.viewBox.baseVal;
  const width = box && box.width ? box.width : svg.clientWidth;
  const height = box && box.height ? box.height : svg.clientHeight;
  // Title row, then legend rows (wrapped to the width; about 6 entries fit a row on a wide chart).
  const legendRows = legend.length > 0 ? Math.ceil(legend.length / Math.max(1, Math.floor(width / 170))) : 0;
  const titleHeight = 28 + legendRows * 18 + (legendRows > 0 ? 6 : 0);
  // Resolved colours (the custom properties hold light-dark() pairs, which a standalone file cannot resolve).
  const root = getComputedStyle(svg.closest('.loss-lab') ?? svg);
  const background = root.backgroundColor || '#ffffff';
  const text = root.color || '#000000';
  const wrapper = document.createElementNS(ns, 'svg');
  wrapper.setAttribute('xmlns', ns);
  wrapper.setAttribute('width', String(width));
  wrapper.setAttribute('height', String(height + titleHeight));
  wrapper.setAttribute('viewBox', `${box?.x ?? 0} ${(box?.y ?? 0) - titleHeight} ${width} ${height + titleHeight}`);
  const rect = document.createElementNS(ns, 'rect');
  rect.setAttribute('x', String(box?.x ?? 0));
  rect.setAttribute('y', String((box?.y ?? 0) - titleHeight));
  rect.setAttribute('width', String(width));
  rect.setAttribute('height', String(height + titleHeight));
  rect.setAttribute('fill', background);
  const heading = document.createElementNS(ns, 'text');
  heading.setAttribute('x', String((box?.x ?? 0) + 8));
  heading.setAttribute('y', String((box?.y ?? 0) - titleHeight + 19));
  heading.setAttribute(EXPORT_STYLE, `font: 600 15px system-ui, sans-serif; fill: ${text}`);
  heading.textContent = title;
  clone.removeAttribute('style');
  clone.setAttribute('y', '0');
  wrapper.append(rect, heading);
  const left = (box?.x ?? 0) + 8;
  let legendX = left;
  let legendY = (box?.y ?? 0) - titleHeight + 40;
  for (const entry of legend) {
    // Resolve the colour the way the chart would (it may be a theme variable) and measure the label.
    const probe = document.createElementNS(ns, 'text');
    probe.setAttribute('stroke', entry.color);
    probe.style.font = LEGEND_FONT_VALUE;
    probe.textContent = entry.label;
    svg.append(probe);
    const stroke = getComputedStyle(probe).stroke;
    const labelWidth = probe.getComputedTextLength?.() || entry.label.length * 8;
    probe.remove();
    const swatch = swatchSize(entry);
    if (legendX > left && legendX + swatch.width + 6 + labelWidth > left + width - 8) {
      legendX = left;
      legendY += 18;
    }
    // The same shapes as the on-screen swatch, in resolved colours.
    for (const shape of swatchShapes({ ...entry, color: stroke }, { x: legendX, y: legendY - 4 - swatch.height / 2, background })) {
      const element = document.createElementNS(ns, shape.tag);
      for (const [name, value] of Object.entries(shape.attrs)) element.setAttribute(name, String(value));
      wrapper.append(element);
    }
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('x', String(legendX + swatch.width + 6));
    label.setAttribute('y', String(legendY));
    label.setAttribute(EXPORT_STYLE, `${LEGEND_FONT}; fill: ${text}`);
    label.textContent = entry.label;
    wrapper.append(label);
    legendX += swatch.width + 6 + labelWidth + 16;
  }
  wrapper.append(clone);
  return new XMLSerializer().serializeToString(wrapper).replaceAll(` ${EXPORT_STYLE}="`, ' style="');
}

/** Saves a Blob under a file name. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadSvg(svg: SVGSVGElement, title: string, filename: string, legend: readonly LegendEntry[] = []): void {
  downloadBlob(new Blob([standaloneSvg(svg, title, legend)], { type: 'image/svg+xml' }), `${filename}.svg`);
}

/** Renders the standalone SVG at 2× into a canvas and saves it as PNG. */
export async function downloadPng(svg: SVGSVGElement, title: string, filename: string, legend: readonly LegendEntry[] = []): Promise<void> {
  const markup = standaloneSvg(svg, title, legend);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    const context = canvas.getContext('2d');
    if (!context) return;
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob) downloadBlob(blob, `${filename}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadCsv(headers: readonly string[], rows: readonly (readonly (string | number)[])[], filename: string): void {
  downloadBlob(new Blob(['\ufeff', csvText(headers, rows)], { type: 'text/csv;charset=utf-8' }), `${filename}.csv`);
}
