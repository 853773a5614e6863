import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { GroupedBars, type BarSeries } from '../../../src/charts/GroupedBars';
import { EpochChart } from '../../../src/panels/neuron/EpochChart';

const data = () => ({ headers: [], rows: [] });
const bars: BarSeries[] = [
  { key: 'naive', label: 'naive', values: [NaN, NaN, NaN], color: 'red', look: 'hatched' },
  { key: 'shifted', label: 'shifted', values: [0.25, 0.5, 0.25], color: 'blue', look: 'solid' },
];

/** The SVG drawn at its viewBox size, so client pixels are SVG units (jsdom lays nothing out). */
function atViewBoxSize(svg: Element) {
  const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);
  svg.getBoundingClientRect = () => ({ left: 0, top: 0, width, height, right: width, bottom: height, x: 0, y: 0, toJSON: () => ({}) });
}

const hoverText = () => screen.queryByTestId('hover-box')?.textContent ?? null;

describe('a bar chart readout', () => {
  it('reads the class under the pointer, and nothing once it leaves', () => {
    render(<GroupedBars title="P" label="Probabilities" filename="p" data={data} series={bars} xLabel="class" yLabel="p" formatValue={(v) => (Number.isNaN(v) ? 'NaN!' : v.toFixed(2))} />);
    const chart = screen.getByRole('slider', { name: /^Probabilities\. Point, tap/ });
    atViewBoxSize(chart);
    expect(hoverText()).toBeNull();
    // The middle of the shifted bar of class 2 (bars are drawn series by series: naive 1–3, then shifted 1–3).
    const bar = chart.querySelectorAll(':scope > rect')[1];
    const middle = Number(bar.getAttribute('x')) + Number(bar.getAttribute('width')) / 2;
    fireEvent.pointerMove(chart, { clientX: middle, clientY: 100, pointerType: 'mouse' });
    expect(hoverText()).toBe('class = 2naive: NaN!shifted: 0.50');
    fireEvent.pointerLeave(chart, { pointerType: 'mouse' });
    expect(hoverText()).toBeNull();
    // A finger's tap shows it, and lifting the finger (which leaves the chart) keeps it.
    fireEvent.pointerDown(chart, { clientX: middle, clientY: 100, pointerType: 'touch' });
    fireEvent.pointerLeave(chart, { pointerType: 'touch' });
    expect(hoverText()).toBe('class = 2naive: NaN!shifted: 0.50');
  });

  it('is a slider for the keyboard, its value text the readout', () => {
    render(<GroupedBars title="P" filename="p" data={data} series={bars} xLabel="class" yLabel="p" />);
    const chart = screen.getByRole('slider');
    fireEvent.focus(chart);
    expect(chart.getAttribute('aria-valuetext')).toBe('class = 1; naive: NaN; shifted: 0.25');
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    expect(chart.getAttribute('aria-valuenow')).toBe('2');
    expect(chart.getAttribute('aria-valuetext')).toBe('class = 3; naive: NaN; shifted: 0.25');
    expect(hoverText()).toBe('class = 3naive: NaNshifted: 0.25');
    fireEvent.keyDown(chart, { key: 'Escape' });
    expect(hoverText()).toBeNull();
    fireEvent.keyDown(chart, { key: 'Home' });
    expect(chart.getAttribute('aria-valuenow')).toBe('0');
    fireEvent.blur(chart);
    expect(hoverText()).toBeNull();
  });
});

describe('an epoch chart readout', () => {
  const series = [
    { run: 'quad1' as const, label: 'Quadratic, start 1', values: Float64Array.from([0.8, 0.6, 0.5, 0.45]) },
    { run: 'ce1' as const, label: 'Cross-entropy, start 1', values: Float64Array.from([0.8, 0.3, 0.1, 0.05]) },
  ];

  it('starts reading at the epoch cursor and walks the epochs with the keys', () => {
    render(<EpochChart title="Output" filename="o" xLabel="epoch" yLabel="a" series={series} epochs={3} epoch={2} />);
    const chart = screen.getByRole('slider', { name: /^Output\./ });
    fireEvent.focus(chart);
    expect(chart.getAttribute('aria-valuetext')).toBe('epoch = 2; Quadratic, start 1: 0.5; Cross-entropy, start 1: 0.1');
    fireEvent.keyDown(chart, { key: 'End' });
    expect(hoverText()).toBe('epoch = 3Quadratic, start 1: 0.45Cross-entropy, start 1: 0.05');
    fireEvent.keyDown(chart, { key: 'ArrowRight' }); // already at the last epoch
    expect(chart.getAttribute('aria-valuenow')).toBe('3');
  });

  it('reads the epoch nearest to the pointer', () => {
    render(<EpochChart title="Output" filename="o" xLabel="epoch" yLabel="a" series={series} epochs={3} epoch={0} />);
    const chart = screen.getByRole('slider', { name: /^Output\./ });
    atViewBoxSize(chart);
    const [, , width] = chart.getAttribute('viewBox')!.split(' ').map(Number);
    // The plot spans from 54 px (left padding) to width − 14 px: epoch 1 lies a third of the way.
    const epoch1 = 54 + (width - 54 - 14) / 3;
    fireEvent.pointerMove(chart, { clientX: epoch1 + 3, clientY: 50, pointerType: 'mouse' });
    expect(hoverText()).toBe('epoch = 1Quadratic, start 1: 0.6Cross-entropy, start 1: 0.3');
  });
});
