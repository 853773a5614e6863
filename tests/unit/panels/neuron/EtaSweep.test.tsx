import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { EtaSweep } from '../../../../src/panels/neuron/EtaSweep';
import { bestRate, rateSweep, SWEEP_ETAS } from '../../../../src/panels/neuron/sweep';
import { LangContext } from '../../../../src/i18n/strings';
import { neuronStore } from './neuronStore';

const row = (eta: number) => screen.getByTestId('eta-sweep').querySelector(`tr[data-eta="${eta}"]`) as HTMLElement;
const cell = (eta: number, run: string) => row(eta).querySelector(`[data-run="${run}"]`)!.textContent;

describe('the learning-rate sweep', () => {
  it('gives each run its epochs to the target at every rate, marks the rate in use, and each run’s best', () => {
    const { wrapper } = neuronStore();
    render(<EtaSweep />, { wrapper });
    expect(screen.getByTestId('eta-sweep').querySelectorAll('tbody tr')).toHaveLength(SWEEP_ETAS.length);
    // From the independent Python sweep (scripts/neuron_sweep_reference.py): y = 0, 300 epochs, |a − y| ≤ 0.1.
    expect(cell(0.15, 'quad1')).toBe('273');
    expect(cell(0.15, 'quad2')).toBe('> 300');
    expect(cell(0.15, 'ce2')).toBe('50');
    expect(cell(5, 'quad2')).toBe('14');
    expect(within(row(0.15)).getByText('(both costs now)')).toBeTruthy();
    const best = screen.getByTestId('sweep-best');
    expect(best.querySelector('[data-run="quad2"]')!.textContent).toBe('4 (η = 15)');
    expect(best.querySelector('[data-run="ce1"]')!.textContent).toBe('1 (η = 5)');
    expect(screen.getByText(/One shared rate η is not neutral/)).toBeTruthy();
    expect(screen.queryByText(/the cost rises at some epoch/)).toBeNull();
  });

  it('with separate rates each cost’s own rate is marked; overshooting rates are flagged', () => {
    const { wrapper } = neuronStore({ separateRate: true, etaCe: 0.005, y: 0.5 });
    render(<EtaSweep />, { wrapper });
    expect(within(row(0.15)).getByText('(quadratic now)')).toBeTruthy();
    expect(within(row(0.005)).getByText('(cross-entropy now)')).toBeTruthy();
    expect(cell(5, 'ce1')).toBe('> 300 ⚠');
    expect(screen.getByText(/that rate overshoots/)).toBeTruthy();
  });

  it('speaks Chinese, and says scales, not units', () => {
    const { wrapper } = neuronStore();
    render(
      <LangContext.Provider value="zh-CN">
        <EtaSweep />
      </LangContext.Provider>,
      { wrapper },
    );
    expect(screen.getByText(/共用一个学习率 η 并不中立/)).toBeTruthy();
    expect(screen.getByText(/尺度不同/)).toBeTruthy();
  });

  it('bestRate picks the fewest epochs, the smaller rate on a tie, and null when no rate gets there', () => {
    const sweep = rateSweep({ epochs: 300, w1: 0.6, b1: 0.9, w2: 2, b2: 2, x: 1, y: 0 });
    expect(bestRate(sweep.ce1)?.eta).toBe(5);
    expect(bestRate([{ eta: 1, epochsToTarget: null, finalOutput: 0.5, overshoots: false }])).toBeNull();
  });
});
