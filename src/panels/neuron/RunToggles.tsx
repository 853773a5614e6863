import { Switch } from '../../components/controls';
import { useT } from '../../i18n/strings';
import { definition, RUN_IDS } from './definition';
import { RunSwatch } from './marks';
import { useActions, useValue } from './store';
import { useRunLabel } from './useRuns';

/** One switch per run (its swatch and name); the store's `toggle` keeps the set in the schema's order. */
export function RunToggles() {
  const label = useT(definition.labels);
  const runLabel = useRunLabel();
  const shown = useValue('runs');
  const { toggle } = useActions();
  return (
    <fieldset className="run-toggles">
      <legend>{label('runsLegend')}</legend>
      {RUN_IDS.map((id) => (
        <Switch
          key={id}
          label={
            <>
              <RunSwatch run={id} /> {runLabel(id)}
            </>
          }
          checked={shown.includes(id)}
          onChange={() => toggle('runs', id)}
        />
      ))}
    </fieldset>
  );
}
