import { describe, expect, it } from 'vitest';
import { MARGIN_LOSS_IDS } from '../../../../src/math';
import { curveSpecs, plottedCurve } from '../../../../src/panels/surrogate/curves';
import { mathLossId, schema } from '../../../../src/panels/surrogate/definition';
import { lossShares } from '../../../../src/panels/surrogate/outliers';
import { surrogateStrings } from '../../../../src/panels/surrogate/strings';
import { gradientFloor, gradientView, lossView } from '../../../../src/panels/surrogate/views';
import { parseParams, serializeParams } from '../../../../src/state/params';
import { marginLoss } from '../../../../src/math';

describe('curve helpers', () => {
  it('the logistic curve follows the base', () => {
    expect(mathLossId('logistic', '2')).toBe('log2');
    expect(mathLossId('logistic', 'e')).toBe('log');
    expect(mathLossId('hinge', 'e')).toBe('hinge');
    const [log2] = curveSpecs(['logistic'], '2', (k) => k);
    const [ln] = curveSpecs(['logistic'], 'e', (k) => k);
    expect(log2.loss(0)).toBe(1);
    expect(ln.loss(0)).toBeCloseTo(Math.LN2, 15);
  });

  it('keeps legend order and marks only the 0-1 jump as a gradient hole', () => {
    const specs = curveSpecs(['perceptron', 'zero-one', 'hinge'], '2', (k) => k);
    expect(specs.map((s) => s.id)).toEqual(['zero-one', 'hinge', 'perceptron']);
    expect(specs.map((s) => s.gradUndefinedAt)).toEqual([[0], [], []]);
  });

  it('hands the chart the loss, or the gradient with its holes, and the math table’s breakpoints', () => {
    const [zeroOne] = curveSpecs(['zero-one'], '2', (k) => k);
    const loss = plottedCurve(zeroOne, 'loss');
    const grad = plottedCurve(zeroOne, 'grad');
    expect([loss.f(0), grad.f(0)]).toEqual([1, 0]);
    expect(loss.breakpoints).toEqual([0]);
    expect(loss.holes).toBeUndefined();
    expect(grad.holes).toEqual([0]);
  });
});

describe('the models that use each loss (panel text, not math)', () => {
  it('names a model for every margin loss in both languages', () => {
    for (const id of MARGIN_LOSS_IDS) {
      expect(surrogateStrings.en[`model.${id}`].length, id).toBeGreaterThan(0);
      expect(surrogateStrings['zh-CN'][`model.${id}`].length, id).toBeGreaterThan(0);
    }
    expect(surrogateStrings.en['model.hinge']).toMatch(/SVM/);
    expect(surrogateStrings.en['model.exponential']).toBe('AdaBoost');
    expect(surrogateStrings.en['model.log']).toMatch(/logistic regression/);
  });
});

describe('views and outlier bars', () => {
  it('the gradient axis goes down to -5 for the default ceiling and never above -1.5', () => {
    expect(gradientFloor(8)).toBe(-5);
    expect(gradientFloor(1)).toBe(-1.5);
    expect(gradientView(4, 8)).toEqual({ min: -4, max: 4, low: -5, high: 0.5 });
    expect(lossView(4, 8)).toEqual({ min: -4, max: 4, low: 0, high: 8 });
  });

  it('sums each point’s loss', () => {
    const { shares, total } = lossShares((m) => marginLoss('hinge', m), [-3, -0.5, 0.5, 1.5, 2.5]);
    expect(shares).toEqual([4, 1.5, 0.5, 0, 0]);
    expect(total).toBe(6);
  });

  it('shows the exponential loss exploding where hinge grows linearly', () => {
    expect(lossShares((m) => marginLoss('hinge', m), [-4]).total).toBe(5);
    expect(lossShares((m) => marginLoss('exponential', m), [-4]).total).toBeCloseTo(Math.exp(4), 12);
  });
});

describe('surrogate URL schema', () => {
  it('round-trips every control', () => {
    const search = new URLSearchParams('m=-1.25&losses=hinge,modified-huber&grad=1&range=6&ceiling=12.5&base=e&points=-4,0.5,2');
    const { values, issues } = parseParams(schema, search);
    expect(issues).toEqual([]);
    expect(values).toEqual({ m: -1.25, losses: ['hinge', 'modified-huber'], grad: true, range: 6, ceiling: 12.5, base: 'e', points: [-4, 0.5, 2] });
    expect(new URLSearchParams(serializeParams(schema, values)).toString()).toBe(search.toString().replace(/,/g, '%2C'));
  });

  it('rejects out-of-range values', () => {
    const { values, issues } = parseParams(schema, new URLSearchParams('m=11&range=0&ceiling=0.5&base=10&points=1,2,3,4,5,6,7,8,9'));
    expect(issues.map((i) => i.key)).toEqual(['m', 'range', 'ceiling', 'base', 'points']);
    expect(values.range).toBe(4);
  });
});
