import type { PanelProps } from '../definition';
import { BinarySection } from './BinarySection';
import { ExampleSection } from './ExampleSection';
import './panel.css';

/** Probabilities: binary cross-entropy against the squared error, and the articles' ten-class example. */
export default function ProbabilityPanel({ hidden }: PanelProps) {
  return (
    <div className="panel-probability">
      {!hidden.has('binary') && <BinarySection />}
      {!hidden.has('example') && <ExampleSection />}
    </div>
  );
}
