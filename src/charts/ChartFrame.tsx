import { useRef, type ReactNode } from 'react';
import { controlStrings } from '../components/strings';
import { useT } from '../i18n/strings';
import type { LegendEntry } from './swatch';

// The export code (style inlining, PNG rendering, CSV) is fetched at the first download, not with the chart.
const exporter = () => import('./exportChart');

export interface ChartData {
  headers: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

interface Props {
  /** Visible caption and the exported file's title. */
  title: string;
  /** File name without extension, e.g. "surrogate-losses". */
  filename: string;
  /** Rows for the CSV download (computed only when the button is pressed). */
  data?: () => ChartData;
  /** Series names written into exported SVG/PNG files (the on-screen legend is outside the SVG). */
  legend?: readonly LegendEntry[];
  /** The chart: an <svg> with a viewBox. */
  children: ReactNode;
  className?: string;
}

/** A figure with a caption and SVG / PNG / CSV downloads for the chart inside it. */
export function ChartFrame({ title, filename, data, legend = [], children, className }: Props) {
  const t = useT(controlStrings);
  const ref = useRef<HTMLElement>(null);
  const svg = () => ref.current?.querySelector('svg') ?? null;
  return (
    <figure ref={ref} className={`chart-frame ${className ?? ''}`}>
      <figcaption>
        <span className="chart-title">{title}</span>
        <span className="chart-downloads">
          <button type="button" aria-label={t('downloadSvgLabel', { title })} onClick={() => { const s = svg(); if (s) void exporter().then((x) => x.downloadSvg(s, title, filename, legend)); }}>
            {t('downloadSvg')}
          </button>
          <button type="button" aria-label={t('downloadPngLabel', { title })} onClick={() => { const s = svg(); if (s) void exporter().then((x) => x.downloadPng(s, title, filename, legend)); }}>
            {t('downloadPng')}
          </button>
          {data && (
            <button type="button" aria-label={t('downloadCsvLabel', { title })} onClick={() => { const d = data(); void exporter().then((x) => x.downloadCsv(d.headers, d.rows, filename)); }}>
              {t('downloadCsv')}
            </button>
          )}
        </span>
      </figcaption>
      {children}
    </figure>
  );
}
