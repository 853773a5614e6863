import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { StoreApi } from 'zustand';
import { ParamSegmented, ParamSlider, ParamSwitch } from '../../../src/components/boundControls';
import { LangContext } from '../../../src/i18n/strings';
import { defaultValues } from '../../../src/state/params';
import { createPanelStore, panelHooks, PanelContext, type PanelState } from '../../../src/state/panelStore';
import { definition, schema } from '../../../src/panels/surrogate/definition';
import type { ValuesOf } from '../../../src/state/params';

type Values = ValuesOf<typeof schema>;
const { useValue } = panelHooks<Values>();

/** A panel body that re-renders whenever the margin moves, as the surrogate panel does. */
function Body() {
  const m = useValue('m');
  return (
    <div>
      <p data-testid="margin">{m}</p>
      <div data-testid="moved">
        <ParamSlider name="m" numberBox bench />
      </div>
      <div data-testid="others">
        <ParamSlider name="range" />
        <ParamSlider name="ceiling" numberBox />
        <ParamSwitch name="grad" />
        <ParamSegmented name="base" />
      </div>
    </div>
  );
}

function mount() {
  const store = createPanelStore<Values>(definition, defaultValues(schema) as Values);
  const context = { definition, store: store as unknown as StoreApi<PanelState<object>>, hidden: new Set<string>() };
  render(
    <LangContext.Provider value="en">
      <PanelContext.Provider value={context}>
        <Body />
      </PanelContext.Provider>
    </LangContext.Provider>,
  );
  return store;
}

// A re-rendered <input> is rewritten by React (its name, type and value attributes), and the page's
// style and layout follow: the controls of values that did not change must not be touched at all.
describe('bound controls on a moving value', () => {
  it('the moved slider and its number box follow; the other controls are not written to', () => {
    const store = mount();
    const others = screen.getByTestId('others');
    const observer = new MutationObserver(() => {});
    observer.observe(others, { subtree: true, attributes: true, childList: true, characterData: true });
    const slider = screen.getByRole('slider', { name: 'Margin m' }) as HTMLInputElement;
    for (const value of ['0.5', '1', '-1.25']) fireEvent.change(slider, { target: { value } });
    expect(screen.getByTestId('margin').textContent).toBe('-1.25');
    expect(slider.value).toBe('-1.25');
    expect((screen.getByRole('textbox', { name: 'Margin m' }) as HTMLInputElement).value).toBe('-1.25');
    expect(observer.takeRecords()).toEqual([]);

    // The memo is not a freeze: a control whose own value changes (here from outside) follows.
    act(() => store.getState().patch({ range: 2, grad: true, base: 'e' }));
    expect((screen.getByRole('slider', { name: /range/i }) as HTMLInputElement).value).toBe('2');
    expect((screen.getByRole('switch') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { checked: true }) as HTMLInputElement).value).toBe('e');
    expect(observer.takeRecords().length).toBeGreaterThan(0);
    observer.disconnect();
  });
});
