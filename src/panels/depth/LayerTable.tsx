import { memo } from 'react';
import { formatLog10Magnitude, formatNumber, type DepthLayer } from '../../math';
import { chainOf, Live, type DepthValues } from './store';

interface Props {
  /** How many layers to keep rows for (useLayerSlots: the count, or one more, hidden). */
  slots: number;
  t: {
    caption: string;
    layer: string;
    weight: string;
    bias: string;
    z: string;
    a: string;
    slope: string;
    grad: string;
    underflow: (value: string) => string;
    off: string;
  };
}

/**
 * Every layer's numbers, the chart's text alternative: underflow and exact zeros spelled out, never NaN.
 * The numbers follow the panel's values without a render (Live nodes); a row kept past the layer
 * count (a step down by one) is hidden, as absent.
 */
export const LayerTable = memo(function LayerTable({ slots, t }: Props) {
  const cell = (index: number, text: (layer: DepthLayer) => string) => (values: DepthValues) => {
    const layer = chainOf(values).layers[index];
    return layer ? text(layer) : '';
  };
  return (
    <div className="table-scroll">
      <table className="data-table depth-table" data-testid="depth-table">
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.layer}</th>
            <th scope="col">{t.weight}</th>
            <th scope="col">{t.bias}</th>
            <th scope="col">{t.z}</th>
            <th scope="col">{t.a}</th>
            <th scope="col">{t.slope}</th>
            <th scope="col">{t.grad}</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: slots }, (_, index) => (
            <Live key={index} as="tr" data-layer={index + 1} attributes={(values) => ({ hidden: index >= chainOf(values).layers.length })}>
              <th scope="row">{index + 1}</th>
              <Live as="td" text={cell(index, (layer) => formatNumber(layer.weight))} />
              <Live as="td" text={cell(index, (layer) => formatNumber(layer.bias))} />
              <Live as="td" text={cell(index, (layer) => formatNumber(layer.z))} />
              <Live as="td" text={cell(index, (layer) => formatNumber(layer.a))} />
              <Live as="td" text={cell(index, (layer) => formatNumber(layer.slope))} />
              <Live as="td" data-col="grad" text={cell(index, (layer) => gradText(layer, t))} />
            </Live>
          ))}
        </tbody>
      </table>
    </div>
  );
});

function gradText(layer: DepthLayer, t: Props['t']): string {
  if (layer.underflow) return t.underflow(formatLog10Magnitude(layer.log10Grad, layer.sign));
  if (layer.log10Grad === -Infinity) return t.off;
  return formatNumber(layer.grad);
}
