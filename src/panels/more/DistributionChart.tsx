import { GroupedBars, type BarSeries } from '../../charts/GroupedBars';
import { SERIES_STYLES } from '../../charts/palette';

const P_STYLE = SERIES_STYLES[1];
const Q_STYLE = SERIES_STYLES[2];

interface ChartProps {
  p: readonly number[];
  q: readonly number[];
  title: string;
  labels: { outcome: string; probability: string };
}

/** Grouped bars of p (solid) and q (dashed outline) per outcome, so the pair reads without colour. */
export function DistributionChart({ p, q, title, labels }: ChartProps) {
  const series: BarSeries[] = [
    { key: 'p', label: 'p', values: p, color: P_STYLE.color, look: 'solid' },
    { key: 'q', label: 'q', values: q, color: Q_STYLE.color, look: 'outline' },
  ];
  return (
    <GroupedBars
      title={title}
      filename="distributions"
      data={() => ({ headers: [labels.outcome, 'p', 'q'], rows: p.map((v, i) => [i + 1, v, q[i]]) })}
      series={series}
      yLabel={labels.probability}
    />
  );
}
