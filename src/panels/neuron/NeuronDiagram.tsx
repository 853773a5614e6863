import { useId, useRef } from 'react';
import { formatNumber, type NeuronTrajectory } from '../../math';
import { useT } from '../../i18n/strings';
import { neuronStrings } from './strings';
import { useCursorWrite, useRestingNow, writeAttribute, writeText } from './live';

interface Props {
  runLabel: string;
  x: number;
  /** The run shown: its w, b, z and a at the cursor's epoch. */
  state: NeuronTrajectory;
}

const fmt = (value: number) => formatNumber(value, 4);

/**
 * x → (·w) → Σ (+b) = z → σ → a, with the values of one run at the current epoch: rendered at the
 * resting epoch, its numbers and label written at each move of the cursor (live.tsx).
 */
export function NeuronDiagram({ runLabel, x, state }: Props) {
  const t = useT(neuronStrings);
  const arrowId = useId();
  const arrow = `url(#${arrowId})`;
  const svg = useRef<SVGSVGElement>(null);
  const wText = useRef<SVGTextElement>(null);
  const bText = useRef<SVGTextElement>(null);
  const zText = useRef<SVGTextElement>(null);
  const aText = useRef<SVGTextElement>(null);
  const texts = (epoch: number) => {
    const [w, b, z, a] = [state.w[epoch], state.b[epoch], state.z[epoch], state.a[epoch]];
    return {
      label: t('diagramLabel', { run: runLabel, epoch, x: fmt(x), w: fmt(w), b: fmt(b), z: fmt(z), a: fmt(a) }),
      w: `w = ${fmt(w)}`,
      b: `b = ${fmt(b)}`,
      z: `z = ${fmt(z)}`,
      a: fmt(a),
    };
  };
  useCursorWrite((epoch) => {
    const now = texts(epoch);
    writeAttribute(svg.current, 'aria-label', now.label);
    writeText(wText.current, now.w);
    writeText(bText.current, now.b);
    writeText(zText.current, now.z);
    writeText(aText.current, now.a);
  }, true, () => svg.current, true);
  const shown = texts(useRestingNow());
  return (
    <svg ref={svg} className="neuron-diagram" viewBox="0 0 380 142" role="img" aria-label={shown.label}>
      <defs>
        <marker id={arrowId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0L10,5L0,10Z" className="diagram-arrowhead" />
        </marker>
      </defs>
      {/* input x */}
      <circle cx={34} cy={88} r={20} className="diagram-node" />
      <text x={34} y={93} className="diagram-symbol">x</text>
      <text x={34} y={128} className="diagram-value" textAnchor="middle">{fmt(x)}</text>
      {/* weight on the edge */}
      <line x1={56} y1={88} x2={140} y2={88} className="diagram-edge" markerEnd={arrow} />
      <text ref={wText} x={98} y={78} className="diagram-value" textAnchor="middle">{shown.w}</text>
      {/* bias from above */}
      <text ref={bText} x={172} y={24} className="diagram-value" textAnchor="start">{shown.b}</text>
      <line x1={164} y1={12} x2={164} y2={62} className="diagram-edge" markerEnd={arrow} />
      {/* weighted sum z */}
      <circle cx={164} cy={88} r={24} className="diagram-node" />
      <text x={164} y={94} className="diagram-symbol">Σ</text>
      <text ref={zText} x={164} y={132} className="diagram-value" textAnchor="middle">{shown.z}</text>
      <line x1={190} y1={88} x2={248} y2={88} className="diagram-edge" markerEnd={arrow} />
      {/* activation */}
      <rect x={250} y={66} width={44} height={44} rx={8} className="diagram-node" />
      <text x={272} y={94} className="diagram-symbol">σ</text>
      <line x1={296} y1={88} x2={322} y2={88} className="diagram-edge" markerEnd={arrow} />
      <text x={345} y={93} className="diagram-symbol">a</text>
      <text ref={aText} x={345} y={132} className="diagram-value" textAnchor="middle">{shown.a}</text>
    </svg>
  );
}
