import { memo } from 'react';
import './swatch.css';

/*
 * One swatch and legend model for every series key in the app: the on-screen legends and tables
 * (React, below) and the legend written into exported SVG and PNG files (exportChart.ts) draw the
 * same shapes from the same function, so a key always looks like the line or bar it stands for.
 */

/** A series' marker shape (SERIES_STYLES lists one per series; charts draw it at data points). */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'plus' | 'star' | 'none';

/** How a bar series is painted; each look reads without colour (solid, hatched, dashed outline). */
export type BarLook = 'solid' | 'hatched' | 'outline';

/** What a swatch shows: a short line in the series' colour and dash (optionally with its marker), or a bar's look. */
export interface SwatchStyle {
  /** CSS colour (theme variables allowed on screen; exports resolve them first). */
  color: string;
  /** SVG stroke-dasharray ('' or absent = solid). */
  dash?: string;
  marker?: MarkerShape;
  /** Set for a bar series: the swatch is a small bar painted this way instead of a line. */
  bar?: BarLook;
}

/** One entry of a legend, on screen or in an exported file: a label and its series' swatch style. */
export interface LegendEntry extends SwatchStyle {
  label: string;
}

/** An SVG element as data: its tag and attributes (SVG attribute names, e.g. stroke-dasharray). */
export interface Shape {
  tag: 'line' | 'circle' | 'path' | 'rect';
  attrs: Readonly<Record<string, string | number>>;
}

export const SWATCH_STROKE = 2.5;

/** The box a swatch occupies: a line 28 × 10, a line with its marker 40 × 14, a bar 14 × 10. */
export function swatchSize(style: SwatchStyle, withMarker = false): { width: number; height: number } {
  if (style.bar) return { width: 14, height: 10 };
  return withMarker && hasMarker(style) ? { width: 40, height: 14 } : { width: 28, height: 10 };
}

function hasMarker(style: SwatchStyle): boolean {
  return style.marker !== undefined && markerShapes(style.marker, 0, 0, 4, { color: '', background: '' }).length > 0;
}

/** Paint of a bar in a look: fill and stroke attributes (`hatch` is the fill of the hatched look, a pattern url). */
export function barPaint(look: BarLook, color: string, hatch = color): Record<string, string | number> {
  if (look === 'solid') return { fill: color, stroke: color };
  if (look === 'hatched') return { fill: hatch, stroke: color };
  return { fill: 'none', stroke: color, 'stroke-width': 2, 'stroke-dasharray': '4 2' };
}

interface MarkerPaint {
  color: string;
  /** Page background: the ring around a filled marker, the inside of a hollow one. */
  background: string;
  hollow?: boolean;
}

/** A marker of `shape` centred on (x, y), `size` its radius (filled with a ring in the background colour, or hollow). */
export function markerShapes(shape: MarkerShape, x: number, y: number, size: number, { color, background, hollow = false }: MarkerPaint): Shape[] {
  const paint = hollow ? { fill: background, stroke: color, 'stroke-width': 2 } : { fill: color, stroke: background, 'stroke-width': 1.5 };
  switch (shape) {
    case 'circle':
      return [{ tag: 'circle', attrs: { cx: x, cy: y, r: size, ...paint } }];
    case 'triangle': {
      const h = size * 1.2;
      return [{ tag: 'path', attrs: { d: `M${x},${y - h}L${x + h},${y + h * 0.8}L${x - h},${y + h * 0.8}Z`, ...paint } }];
    }
    case 'square':
      return [{ tag: 'rect', attrs: { x: x - size * 0.9, y: y - size * 0.9, width: size * 1.8, height: size * 1.8, ...paint } }];
    case 'diamond': {
      const h = size * 1.3;
      return [{ tag: 'path', attrs: { d: `M${x},${y - h}L${x + h},${y}L${x},${y + h}L${x - h},${y}Z`, ...paint } }];
    }
    default:
      return [];
  }
}

export interface SwatchOptions {
  /** Top-left corner of the swatch's box. */
  x?: number;
  y?: number;
  /** Draw the series' marker on the line (a series whose points are marked, e.g. the neuron runs). */
  withMarker?: boolean;
  /** Page background, for the ring around a marker. */
  background?: string;
  /** Fill of a hatched bar (a pattern url defined by the chart). */
  hatch?: string;
}

/** The shapes of one swatch: what both the React swatches and the exported legends draw. */
export function swatchShapes(style: SwatchStyle, { x = 0, y = 0, withMarker = false, background = 'var(--bg)', hatch }: SwatchOptions = {}): Shape[] {
  const { width, height } = swatchSize(style, withMarker);
  if (style.bar) return [{ tag: 'rect', attrs: { x, y, width, height, ...barPaint(style.bar, style.color, hatch) } }];
  const mid = y + height / 2;
  const line: Shape = {
    tag: 'line',
    attrs: { x1: x + 1, x2: x + width - 1, y1: mid, y2: mid, stroke: style.color, 'stroke-width': SWATCH_STROKE, ...(style.dash ? { 'stroke-dasharray': style.dash } : {}) },
  };
  const marker = withMarker && style.marker ? markerShapes(style.marker, x + width / 2, mid, 4, { color: style.color, background }) : [];
  return [line, ...marker];
}

/** SVG attribute names as React props (stroke-width → strokeWidth). */
export function reactProps(attrs: Shape['attrs']): Record<string, string | number> {
  return Object.fromEntries(Object.entries(attrs).map(([name, value]) => [name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()), value]));
}

/** Two styles that draw the same swatch (callers often build the style object inline). */
export function sameSwatchStyle(a: SwatchStyle, b: SwatchStyle): boolean {
  return a === b || (a.color === b.color && a.dash === b.dash && a.marker === b.marker && a.bar === b.bar);
}

/**
 * Props equality for the memoised swatches: the style by its fields, everything else by identity.
 * A swatch is static while a control moves, so a readout row re-rendered for its numbers leaves its
 * swatch alone (5 to 18 swatch renders per step on surrogate, regression and probability before).
 */
export function sameSwatchProps<P extends { style: SwatchStyle }>(previous: P, next: P): boolean {
  const keys = new Set([...Object.keys(previous), ...Object.keys(next)]) as Set<keyof P>;
  for (const key of keys) {
    if (key === 'style' ? !sameSwatchStyle(previous.style, next.style) : !Object.is(previous[key], next[key])) return false;
  }
  return true;
}

/** Shapes rendered by React. */
export function Shapes({ shapes }: { shapes: readonly Shape[] }) {
  return (
    <>
      {shapes.map(({ tag: Tag, attrs }, i) => (
        <Tag key={i} {...reactProps(attrs)} />
      ))}
    </>
  );
}

/** A swatch inside an SVG (a chart's own legend or hover box), its box's top-left corner at (x, y). */
export const SwatchMark = memo(function SwatchMark({ style, ...options }: { style: SwatchStyle } & SwatchOptions) {
  return <Shapes shapes={swatchShapes(style, options)} />;
}, sameSwatchProps);

/** A marker inside a chart (at a data point or a cursor). */
export function Marker({ shape, x, y, size = 5, color, hollow = false }: { shape: MarkerShape; x: number; y: number; size?: number; color: string; hollow?: boolean }) {
  return <Shapes shapes={markerShapes(shape, x, y, size, { color, background: 'var(--bg)', hollow })} />;
}

/** A swatch in running text, a legend button or a table cell: a small inline SVG hidden from assistive tech. */
export const Swatch = memo(function Swatch({ style, withMarker = false, className }: { style: SwatchStyle; withMarker?: boolean; className?: string }) {
  const { width, height } = swatchSize(style, withMarker);
  return (
    <svg className={`swatch ${className ?? ''}`.trim()} viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true">
      <SwatchMark style={style} withMarker={withMarker} />
    </svg>
  );
}, sameSwatchProps);
