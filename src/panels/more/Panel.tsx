import type { PanelProps } from '../definition';
import { InformationSection } from './InformationSection';
import { RegressionSection } from './RegressionSection';
import './panel.css';

/** More losses: regression losses against the residual, and entropy / cross-entropy / KL divergence. */
export default function MorePanel({ hidden }: PanelProps) {
  return (
    <div className="panel-more">
      {!hidden.has('regression') && <RegressionSection hidden={hidden} />}
      {!hidden.has('information') && <InformationSection />}
    </div>
  );
}
