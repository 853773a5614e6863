import { useId } from 'react';
import { ParamSlider } from '../../components/boundControls';
import { Tex } from '../../components/Tex';
import { useT } from '../../i18n/strings';
import { clippedCrossEntropyError, crossEntropyError, formatNumber, sparseCrossEntropyError, sumOfSquaresError } from '../../math';
import { panelHooks } from '../../state/panelStore';
import type { ValuesOf } from '../../state/params';
import { definition, LOG_DELTA, type schema } from './definition';
import { OutputsField } from './OutputsField';
import { sameOutputs } from './outputs';
import { probabilityStrings } from './strings';

const { useValue, useActions } = panelHooks<ValuesOf<typeof schema>>();

const PRESETS = [
  ['right', 'presetRight'],
  ['wrong', 'presetWrong'],
] as const;

/** The one-hot vector of class k over n classes. */
const oneHot = (k: number, n: number) => Array.from({ length: n }, (_, i) => (i === k ? 1 : 0));

/**
 * The articles' ten-class example: editable outputs, the true class as an index (sparse) and as a
 * one-hot vector (dense) with the same loss, each class's terms, and what the delta does.
 */
export function ExampleSection() {
  const t = useT(probabilityStrings);
  const label = useT(definition.labels);
  const name = useId();
  const y = useValue('y');
  const k = useValue('k');
  const { set, applyPreset } = useActions();
  const target = oneHot(k, y.length);
  const halfSquares = sumOfSquaresError(y, target);
  const dense = crossEntropyError(y, target, LOG_DELTA);
  const sparse = sparseCrossEntropyError(y, k, LOG_DELTA);
  const clipped = clippedCrossEntropyError(y, target, LOG_DELTA);
  const sum = y.reduce((a, b) => a + b, 0);
  const fmt = (v: number) => formatNumber(v, 6);

  return (
    <section className="prob-section" aria-labelledby="prob-example-title">
      <h3 id="prob-example-title">{label('exampleTitle')}</h3>
      <p className="muted">{t('exampleIntro')}</p>
      <div className="prob-formulas">
        <Tex display tex={String.raw`E_{\text{squares}} = \tfrac12\sum_i (y_i - t_i)^2`} />
        <Tex display tex={String.raw`E_{\text{CE}} = -\sum_i t_i \ln(y_i + \delta),\quad \delta = 10^{-7}`} />
      </div>
      <div className="control preset-row" role="group" aria-label={label('presets')}>
        {PRESETS.map(([preset, key]) => {
          const values = definition.presets[preset];
          const pressed = sameOutputs(values.y ?? [], y) && values.k === k;
          return (
            <button key={preset} type="button" aria-pressed={pressed} onClick={() => applyPreset(preset)}>
              {t(key)}
            </button>
          );
        })}
      </div>
      <div className="prob-example-layout">
        <div className="prob-example-controls">
          <OutputsField />
          <ParamSlider name="k" numberBox />
        </div>
        <div className="prob-totals">
          <dl className="prob-loss-pair">
            <div data-measure="half-squares">
              <dt>{t('halfSquares')}</dt>
              <dd>{fmt(halfSquares)}</dd>
            </div>
            <div data-measure="cross-entropy">
              <dt>{t('crossEntropy')}</dt>
              <dd>{fmt(dense)}</dd>
            </div>
          </dl>
          <div className="prob-labels">
            <div className="prob-label-card" data-label="sparse">
              <h4>{t('sparseTitle')}</h4>
              <Tex tex={String.raw`k = ${k}:\; -\ln(y_{${k}} + \delta) = ${fmt(sparse)}`} />
            </div>
            <div className="prob-label-card" data-label="dense">
              <h4>{t('denseTitle')}</h4>
              <Tex tex={String.raw`t = [${target.join(',\\,')}]:\; -\textstyle\sum_i t_i \ln(y_i + \delta) = ${fmt(dense)}`} />
            </div>
          </div>
          <p className="prob-note">{t('sameLoss')}</p>
        </div>
      </div>
      <div className="table-scroll">
        <table className="data-table prob-terms">
          <caption>{t('tableCaption', { k })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colClass')}</th>
              <th scope="col">{t('colOutput')}</th>
              <th scope="col">{t('colTarget')}</th>
              <th scope="col">{t('colSquare')}</th>
              <th scope="col">{t('colCe')}</th>
            </tr>
          </thead>
          <tbody>
            {y.map((yi, i) => (
              <tr key={i} data-class={i} className={i === k ? 'is-target' : undefined}>
                <th scope="row">{i}</th>
                <td>{formatNumber(yi)}</td>
                <td>
                  <label className="target-pick">
                    <input type="radio" name={name} checked={i === k} onChange={() => set('k', i)} aria-label={t('pickTarget', { i })} />
                    <span aria-hidden="true">{target[i]}</span>
                  </label>
                </td>
                <td>{fmt(sumOfSquaresError([yi], [target[i]]))}</td>
                <td>{fmt(crossEntropyError([yi], [target[i]], LOG_DELTA))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('total')}</th>
              <td>{formatNumber(sum, 6)}</td>
              <td>1</td>
              <td>{fmt(halfSquares)}</td>
              <td>{fmt(dense)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {Math.abs(sum - 1) > 1e-9 && <p className="prob-note">{t('sumNote', { sum: formatNumber(sum, 6) })}</p>}
      <p className="prob-note">{t('deltaNote')}</p>
      <p className="prob-note">{t('clipNote', { value: fmt(clipped) })}</p>
    </section>
  );
}
