import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Transport } from '../../../../src/panels/neuron/Transport';
import { CursorContext, useCursorSource } from '../../../../src/panels/neuron/useCursor';
import { neuronStore } from './neuronStore';

/** The transport on a paused cursor at epoch 10, its play/pause counted. */
function renderTransport(hidden: readonly string[] = []) {
  const toggle = vi.fn();
  const { wrapper, store } = neuronStore({ at: 10 }, hidden);
  function Harness() {
    const source = useCursorSource();
    return (
      <CursorContext.Provider value={{ ...source, playback: { ...source.playback, toggle } }}>
        <Transport />
      </CursorContext.Provider>
    );
  }
  render(<Harness />, { wrapper });
  return { toggle, store };
}

describe('transport keys', () => {
  it('K plays and pauses from the buttons and sliders, Space only from the epoch slider', () => {
    const { toggle } = renderTransport();
    fireEvent.keyDown(screen.getByRole('button', { name: /Play/ }), { key: 'k' });
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Epoch' }), { key: 'K' });
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Epoch' }), { key: ' ' });
    expect(toggle).toHaveBeenCalledTimes(3);
    // Space on a button is the button's own press; on the speed slider it is not play/pause.
    fireEvent.keyDown(screen.getByRole('button', { name: /Play/ }), { key: ' ' });
    fireEvent.keyDown(screen.getByRole('slider', { name: /Speed/ }), { key: ' ' });
    expect(toggle).toHaveBeenCalledTimes(3);
  });

  it('typing in the speed box is typing, and shortcuts with modifiers are left alone', () => {
    const { toggle } = renderTransport();
    const box = screen.getByRole('textbox', { name: /Speed/ });
    fireEvent.keyDown(box, { key: 'k' });
    fireEvent.keyDown(box, { key: ' ' });
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Epoch' }), { key: 'k', ctrlKey: true });
    expect(toggle).not.toHaveBeenCalled();
  });
});

describe('transport controls', () => {
  it('read their ranges from the definition: the scrubber ends at the run’s last epoch, the speed at 300', () => {
    const { store } = renderTransport();
    const scrubber = screen.getByRole('slider', { name: 'Epoch' }) as HTMLInputElement;
    expect([scrubber.min, scrubber.max, scrubber.value]).toEqual(['0', '300', '10']);
    expect((screen.getByRole('slider', { name: /Speed/ }) as HTMLInputElement).max).toBe('300');
    fireEvent.change(screen.getByRole('textbox', { name: /Speed/ }), { target: { value: '120' } });
    expect(store.getState().values.speed).toBe(120);
    act(() => store.getState().set('epochs', 50));
    expect(scrubber.max).toBe('50');
    expect(screen.getByTestId('epoch-counter').textContent).toBe('Epoch 10 / 50');
  });

  it('hides the speed in an embed that asks, never the scrubber', () => {
    renderTransport(['speed']);
    expect(screen.queryByRole('slider', { name: /Speed/ })).toBeNull();
    expect(screen.getByRole('slider', { name: 'Epoch' })).toBeTruthy();
  });
});
