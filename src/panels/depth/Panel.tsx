import { memo, Suspense, useCallback, useMemo } from 'react';
import { lazyNearViewport } from '../../components/lazyNearViewport';
import { ParamSegmented, ParamSlider } from '../../components/boundControls';
import { useT } from '../../i18n/strings';
import { depthChain, depthWeights, formatLog10Magnitude, formatNumber, type DepthLayer } from '../../math';
import { panelHooks } from '../../state/panelStore';
import type { ValuesOf } from '../../state/params';
import type { PanelProps } from '../definition';
import { definition, schema } from './definition';
import { GradientBars } from './GradientBars';
import { LayerTable } from './LayerTable';
import { depthStrings } from './strings';
import { chainSummary } from './summary';
import './panel.css';

const { useValue, useActions } = panelHooks<ValuesOf<typeof schema>>();
// The formula needs KaTeX (the largest chunk): load it beside the chart, not before it.
const Formula = lazyNearViewport(() => import('./Formula').then((m) => ({ default: m.Formula })));

type PresetName = 'vanishing' | 'exploding' | 'relu' | 'saturated';
const PRESETS = Object.keys(definition.presets) as PresetName[];

/** Depth: the gradient's size at every layer of a chain of one-neuron layers, on a log scale. */
export default function DepthPanel({ hidden }: PanelProps) {
  const t = useT(depthStrings);
  const label = useT(definition.labels);
  const act = useValue('act');
  const count = useValue('layers');
  const scale = useValue('w');
  const weightMode = useValue('weights');
  const seed = useValue('seed');
  const input = useValue('x');
  const biasMode = useValue('bias');
  const b = useValue('b');
  const z = useValue('z');

  const chain = useMemo(
    () =>
      depthChain({
        activation: act,
        weights: depthWeights(count, scale, weightMode, seed),
        bias: biasMode === 'pin' ? { kind: 'pin', z } : { kind: 'fixed', value: b },
        input,
      }),
    [act, count, scale, weightMode, seed, biasMode, b, z, input],
  );
  const summary = chainSummary(chain, t, biasMode === 'pin' && weightMode === 'same');
  const barTitle = useCallback(
    (layer: DepthLayer) =>
      layer.log10Grad === -Infinity
        ? t('barTitleZero', { layer: layer.layer })
        : t(layer.underflow ? 'barTitleUnderflow' : 'barTitle', { layer: layer.layer, value: formatLog10Magnitude(layer.log10Grad) }),
    [t],
  );
  const tableText = useMemo(
    () => ({
      caption: t('tableCaption'),
      layer: t('colLayer'),
      weight: t('colWeight'),
      bias: t('colBias'),
      z: t('colZ'),
      a: t('colA'),
      slope: t('colSlope'),
      grad: t('colGrad'),
      underflow: (value: string) => t('cellUnderflow', { value }),
      off: t('cellOff'),
    }),
    [t],
  );
  const csv = () => ({
    headers: [t('csvLayer'), 'w', 'b', 'z', 'a', "phi'(z)", 'da_L/dz_l (float64)', 'log10|da_L/dz_l|'],
    rows: chain.layers.map((l) => [l.layer, l.weight, l.bias, l.z, l.a, l.slope, l.grad, l.log10Grad]),
  });

  return (
    <div className="panel-depth">
      <div className="depth-layout">
        <div className="depth-main">
          {!hidden.has('chart') && (
            <>
              <GradientBars
                layers={chain.layers}
                title={label('chartTitle')}
                label={t('chartLabel')}
                xLabel={t('axisLayer')}
                yLabel={t('axisGrad')}
                underflowText={t('underflowBand')}
                zeroText={t('zeroMark')}
                barTitle={barTitle}
                data={csv}
              />
              <p className="muted depth-what">{t('whatBars')}</p>
            </>
          )}
          <div className="depth-summary" aria-live="polite" data-testid="depth-summary">
            {summary.map((sentence) => (
              <p key={sentence}>{sentence}</p>
            ))}
          </div>
          <p className="depth-why">{t(`why.${act}`)}</p>
        </div>
        <DepthControls showPresets={!hidden.has('presets')} />
      </div>
      <Suspense fallback={null}>
        <Formula caption={t('formulaCaption')} />
      </Suspense>
      {!hidden.has('table') && <LayerTable layers={chain.layers} t={tableText} />}
    </div>
  );
}

const formatW = (v: number) => formatNumber(v);

/**
 * Presets and every control, memoized apart from the chart and table: each control reads its own
 * value, so a step of the layers slider re-renders that slider, not the other six.
 */
const DepthControls = memo(function DepthControls({ showPresets }: { showPresets: boolean }) {
  const t = useT(depthStrings);
  const label = useT(definition.labels);
  const weightMode = useValue('weights');
  const biasMode = useValue('bias');
  const { applyPreset } = useActions();
  return (
    <div className="depth-controls">
      {showPresets && (
        <div className="presets" role="group" aria-label={label('presetsLegend')}>
          <span className="presets-legend">{label('presetsLegend')}</span>
          {PRESETS.map((name) => (
            <button key={name} type="button" onClick={() => applyPreset(name)}>
              {t(`preset.${name}`)}
            </button>
          ))}
        </div>
      )}
      <ParamSegmented name="act" />
      <ParamSlider name="layers" bench />
      <ParamSlider name="w" numberBox format={formatW} />
      <ParamSegmented name="weights" />
      {weightMode === 'random' && <ParamSlider name="seed" />}
      <ParamSlider name="x" />
      <ParamSegmented name="bias" />
      {biasMode === 'pin' ? <ParamSlider name="z" /> : <ParamSlider name="b" />}
    </div>
  );
});
