import type { RunId } from './definition';
import { RUN_STYLES } from './runStyles';

/** A run's marker (circle for start 1, triangle for start 2) at (x, y); hollow for a path's start. */
export function RunMarker({ run, x, y, size = 5, hollow = false }: { run: RunId; x: number; y: number; size?: number; hollow?: boolean }) {
  const style = RUN_STYLES[run];
  const paint = hollow
    ? { fill: 'var(--bg)', stroke: style.color, strokeWidth: 2 }
    : { fill: style.color, stroke: 'var(--bg)', strokeWidth: 1.5 };
  if (style.marker === 'triangle') {
    const h = size * 1.2;
    return <path d={`M${x},${y - h}L${x + h},${y + h * 0.8}L${x - h},${y + h * 0.8}Z`} {...paint} />;
  }
  return <circle cx={x} cy={y} r={size} {...paint} />;
}

/** A short line sample in the run's colour and dash, with its marker: the legend swatch. */
export function RunSwatch({ run }: { run: RunId }) {
  const style = RUN_STYLES[run];
  return (
    <svg className="run-swatch" viewBox="0 0 40 14" width="40" height="14" aria-hidden="true">
      <line x1={2} x2={38} y1={7} y2={7} stroke={style.color} strokeWidth={2.5} strokeDasharray={style.dash || undefined} />
      <RunMarker run={run} x={20} y={7} size={4} />
    </svg>
  );
}
