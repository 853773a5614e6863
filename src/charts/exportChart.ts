/**
 * Chart export: a self-contained SVG (computed styles inlined, title added, theme colours resolved)
 * and a 2× PNG rendered from it; CSV from rows. Browser-only edge code; csvText is pure.
 */

const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
];

/** Quotes a CSV field when needed (RFC 4180). */
function csvField(value: string | number): string {
  const text = typeof value === 'number' ? (Number.isNaN(value) ? 'NaN' : String(value)) : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text: a header row then data rows; numbers at full precision. */
export function csvText(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [headers, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A standalone copy of `svg` with styles inlined and a title line on top. */
export function standaloneSvg(svg: SVGSVGElement, title: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = svg.querySelectorAll('*');
  const target = clone.querySelectorAll('*');
  source.forEach((element, i) => {
    const computed = getComputedStyle(element);
    const style = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
    (target[i] as SVGElement).setAttribute('style', style);
    target[i].removeAttribute('class');
  });
  const box = svg.viewBox.baseVal;
  const width = box && box.width ? box.width : svg.clientWidth;
  const height = box && box.height ? box.height : svg.clientHeight;
  const titleHeight = 28;
  // Resolved colours (the custom properties hold light-dark() pairs, which a standalone file cannot resolve).
  const root = getComputedStyle(svg.closest('.loss-lab') ?? svg);
  const background = root.backgroundColor || '#ffffff';
  const text = root.color || '#000000';
  const ns = 'http://www.w3.org/2000/svg';
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
  heading.setAttribute('y', String((box?.y ?? 0) - 9));
  heading.setAttribute('style', `font: 600 15px system-ui, sans-serif; fill: ${text}`);
  heading.textContent = title;
  clone.removeAttribute('style');
  clone.setAttribute('y', '0');
  wrapper.append(rect, heading, clone);
  return new XMLSerializer().serializeToString(wrapper);
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

export function downloadSvg(svg: SVGSVGElement, title: string, filename: string): void {
  downloadBlob(new Blob([standaloneSvg(svg, title)], { type: 'image/svg+xml' }), `${filename}.svg`);
}

/** Renders the standalone SVG at 2× into a canvas and saves it as PNG. */
export async function downloadPng(svg: SVGSVGElement, title: string, filename: string): Promise<void> {
  const markup = standaloneSvg(svg, title);
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
