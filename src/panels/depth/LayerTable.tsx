import { memo } from 'react';
import { formatLog10Magnitude, formatNumber, type DepthLayer } from '../../math';

interface Props {
  layers: readonly DepthLayer[];
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

/** Every layer's numbers, the chart's text alternative: underflow and exact zeros spelled out, never NaN. */
export const LayerTable = memo(function LayerTable({ layers, t }: Props) {
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
          {layers.map((layer) => (
            <tr key={layer.layer} data-layer={layer.layer}>
              <th scope="row">{layer.layer}</th>
              <td>{formatNumber(layer.weight)}</td>
              <td>{formatNumber(layer.bias)}</td>
              <td>{formatNumber(layer.z)}</td>
              <td>{formatNumber(layer.a)}</td>
              <td>{formatNumber(layer.slope)}</td>
              <td data-col="grad">{gradText(layer, t)}</td>
            </tr>
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
