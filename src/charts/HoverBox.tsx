import { SwatchMark, type SwatchStyle } from './swatch';
import './HoverBox.css';

/** One line of a hover box: the series' swatch (optional) and its value. */
export interface HoverRow {
  key: string;
  style?: SwatchStyle;
  /** Fill of a hatched bar swatch (the chart's pattern url). */
  hatch?: string;
  text: string;
}

interface Props {
  /** Pixel x of what is read (the box sits beside it, flipped to the left near the right edge). */
  x: number;
  /** Top and bottom of the plot area. */
  top: number;
  bottom: number;
  /** Width of the SVG. */
  width: number;
  rows: readonly HoverRow[];
  title: string;
  /** Draw a dashed line down the plot at x (off for a point on a map). */
  guide?: boolean;
}

/** Rough width of a text at 12 px (CJK characters are about twice as wide as Latin ones). */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! >= 0x2e80 ? 12 : 7;
  return width;
}

/** The values at the pointer, finger or keyboard cursor, in a box beside it: every chart's readout. */
export function HoverBox({ x, top, bottom, width, rows, title, guide = true }: Props) {
  const swatchWidth = rows.some((row) => row.style) ? 30 : 0;
  const longest = Math.max(textWidth(title), ...rows.map((row) => swatchWidth + textWidth(row.text)));
  const boxWidth = Math.min(width - 8, 16 + longest);
  const boxHeight = 22 + rows.length * 16;
  const left = x + 12 + boxWidth > width ? Math.max(4, x - 12 - boxWidth) : x + 12;
  return (
    <g className="hover-box" pointerEvents="none" transform={`translate(${left},${top + 4})`} data-testid="hover-box">
      {guide && <line className="hover-line" x1={x - left} x2={x - left} y1={-4} y2={bottom - top - 4} />}
      <rect className="hover-bg" width={boxWidth} height={boxHeight} rx={4} />
      <text x={8} y={15} className="hover-title">
        {title}
      </text>
      {rows.map((row, i) => (
        <g key={row.key} transform={`translate(8,${31 + i * 16})`}>
          {row.style && <SwatchMark style={row.style} hatch={row.hatch} x={-1} y={-9} />}
          <text x={swatchWidth}>{row.text}</text>
        </g>
      ))}
    </g>
  );
}
