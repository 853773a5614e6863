import { memo } from 'react';
import { Tex } from '../../components/Tex';
import { useT } from '../../i18n/strings';
import { RunSwatch } from './marks';
import { gradientIdentityTex, gradientNumbersText } from './reason';
import type { Run } from './runs';
import { neuronStrings } from './strings';
import { EpochSentence, LiveText, ReadoutGroup } from './live';
import { useValue } from './store';

/**
 * ∂C/∂z of each visible run at the cursor, split into its factors, grouped by cost. The epoch is the
 * panel's one cursor, the same the diagram, the table and the charts show (while playing too): the
 * identity is typeset once, the numbers are plain text, so following every frame costs little.
 */
export const Reason = memo(function Reason({ runs, target, runLabel }: { runs: readonly Run[]; target: number; runLabel: (run: Run) => string }) {
  const t = useT(neuronStrings);
  const epochs = useValue('epochs');
  const groups = [
    { cost: 'quadratic' as const, text: t('reasonQuad') },
    { cost: 'cross-entropy' as const, text: t('reasonCe') },
  ];
  return (
    <ReadoutGroup.Provider value="reason">
      <div className="neuron-reason">
        <EpochSentence as="p" data-testid="reason-intro" sentence={(epoch) => t('reasonIntro', { epoch })} epochs={epochs} />
        {groups.map(({ cost, text }) => {
          const members = runs.filter((run) => run.cost === cost);
          if (members.length === 0) return null;
          return (
            <div key={cost} className="reason-group">
              <p className="reason-text">{text}</p>
              {members.map((run) => {
                const tr = run.trajectory;
                return (
                  <div key={run.id} className="reason-row" data-run={run.id}>
                    <span className="reason-run">
                      <RunSwatch run={run.id} /> {runLabel(run)}
                    </span>
                    <Tex display tex={gradientIdentityTex(cost)} />
                    <LiveText
                      as="p"
                      className="reason-numbers"
                      data-testid={`reason-numbers-${run.id}`}
                      text={(epoch) => gradientNumbersText(cost, { a: tr.a[epoch], y: target, sigmaPrime: tr.sigmaPrime[epoch], dCdz: tr.dCdz[epoch] })}
                    />
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </ReadoutGroup.Provider>
  );
});
