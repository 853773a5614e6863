import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { Transport } from '../../../../src/panels/neuron/Transport';

function renderTransport() {
  const onToggle = vi.fn();
  const noop = () => {};
  render(<Transport epoch={10} epochs={300} playing={false} speed={60} showSpeed onToggle={onToggle} onStep={noop} onRestart={noop} onSeek={noop} onSpeed={noop} />);
  return onToggle;
}

describe('transport keys', () => {
  it('K plays and pauses from the buttons and sliders, Space only from the epoch slider', () => {
    const onToggle = renderTransport();
    fireEvent.keyDown(screen.getByRole('button', { name: /Play/ }), { key: 'k' });
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Epoch' }), { key: 'K' });
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Epoch' }), { key: ' ' });
    expect(onToggle).toHaveBeenCalledTimes(3);
    // Space on a button is the button's own press; on the speed slider it is not play/pause.
    fireEvent.keyDown(screen.getByRole('button', { name: /Play/ }), { key: ' ' });
    fireEvent.keyDown(screen.getByRole('slider', { name: /Speed/ }), { key: ' ' });
    expect(onToggle).toHaveBeenCalledTimes(3);
  });

  it('typing in the speed box is typing, and shortcuts with modifiers are left alone', () => {
    const onToggle = renderTransport();
    const box = screen.getByRole('textbox', { name: /Speed/ });
    fireEvent.keyDown(box, { key: 'k' });
    fireEvent.keyDown(box, { key: ' ' });
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Epoch' }), { key: 'k', ctrlKey: true });
    expect(onToggle).not.toHaveBeenCalled();
  });
});
