import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { logScale, NumberBox, Segmented, Slider, Switch } from '../../../src/components/controls';
import { csvText } from '../../../src/charts/exportChart';
import { LangContext } from '../../../src/i18n/strings';

describe('Slider', () => {
  it('is a labelled range input that reports numbers', () => {
    const onChange = vi.fn();
    render(<Slider label="Margin m" value={0} min={-4} max={4} step={0.1} onChange={onChange} bench />);
    const slider = screen.getByLabelText('Margin m') as HTMLInputElement;
    expect(slider.type).toBe('range');
    expect(slider.hasAttribute('data-bench-input')).toBe(true);
    fireEvent.change(slider, { target: { value: '-1' } });
    expect(onChange).toHaveBeenCalledWith(-1);
  });

  it('clamps what the range shows but keeps the true value in its text', () => {
    render(<Slider label="x" value={1000} min={-10} max={10} step={1} onChange={() => {}} />);
    const slider = screen.getByLabelText('x') as HTMLInputElement;
    expect(slider.value).toBe('10');
    expect(slider.getAttribute('aria-valuetext')).toBe('1000');
  });
});

describe('logScale', () => {
  it('moves in decades and rounds to three significant digits, within the range', () => {
    const scale = logScale(1e-4, 100);
    expect(scale.min).toBe(-4);
    expect(scale.max).toBe(2);
    expect(scale.fromPosition(Math.log10(0.15142))).toBe(0.151);
    expect(scale.fromPosition(3)).toBe(100);
    expect(scale.fromPosition(-9)).toBe(1e-4);
  });

  /** What Chromium does on an arrow key: the position plus or minus one step, snapped to the nearest step from the minimum. */
  const arrow = (scale: ReturnType<typeof logScale>, value: number, direction: 1 | -1) => {
    const steps = Math.round((scale.toPosition(value) + direction * scale.step - scale.min) / scale.step);
    return scale.fromPosition(scale.min + steps * scale.step);
  };

  it('moves on every arrow key, up and down, from any value it can show (two digits stuck at 0.1, 0.15 and 1)', () => {
    for (const [min, max, start] of [[1e-4, 10, 0.1], [1e-4, 100, 0.15], [0.1, 20, 1], [0.1, 10, 1], [1e-4, 100, 0.005]] as const) {
      const scale = logScale(min, max);
      let up: number = start;
      for (let i = 0; i < 1000 && up < max; i++) {
        const next = arrow(scale, up, 1);
        expect(next, `ArrowRight from ${up}`).toBeGreaterThan(up);
        up = next;
      }
      expect(up).toBe(max);
      let down: number = start;
      for (let i = 0; i < 1000 && down > min; i++) {
        const next = arrow(scale, down, -1);
        expect(next, `ArrowLeft from ${down}`).toBeLessThan(down);
        down = next;
      }
      expect(down).toBe(min);
    }
  });

  it('drives a slider whose value and callback stay in real units', () => {
    const onChange = vi.fn();
    render(<Slider label="η" value={0.15} min={1e-4} max={100} step={0} scale={logScale(1e-4, 100)} onChange={onChange} />);
    const slider = screen.getByLabelText('η') as HTMLInputElement;
    expect(Number(slider.value)).toBeCloseTo(Math.log10(0.15), 2);
    fireEvent.change(slider, { target: { value: '-2' } });
    expect(onChange).toHaveBeenCalledWith(0.01);
  });
});

describe('NumberBox', () => {
  it('applies valid numbers and keeps the last valid value on bad input, saying why', () => {
    const onChange = vi.fn();
    const { rerender } = render(<NumberBox value={0.15} min={0} max={10} onChange={onChange} ariaLabel="Learning rate" />);
    const box = screen.getByLabelText('Learning rate') as HTMLInputElement;
    fireEvent.change(box, { target: { value: '0.5' } });
    expect(onChange).toHaveBeenLastCalledWith(0.5);
    rerender(<NumberBox value={0.5} min={0} max={10} onChange={onChange} ariaLabel="Learning rate" />);
    fireEvent.change(box, { target: { value: 'abc' } });
    expect(screen.getByRole('alert').textContent).toBe('Not a number: “abc”. Still using 0.5.');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(box, { target: { value: '1e400' } });
    expect(screen.getByRole('alert').textContent).toBe('1e400 is outside 0 … 10. Still using 0.5.');
    fireEvent.change(box, { target: { value: '0x5' } });
    expect(screen.getByRole('alert').textContent).toContain('Not a number: “0x5”');
    fireEvent.change(box, { target: { value: '−0' } });
    expect(onChange).toHaveBeenLastCalledWith(-0);
    onChange.mockClear();
    fireEvent.change(box, { target: { value: '11' } });
    expect(screen.getByRole('alert').textContent).toBe('11 is outside 0 … 10. Still using 0.5.');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('waits while a number is being typed, and says what is missing when the box is left unfinished', () => {
    const onChange = vi.fn();
    render(<NumberBox value={0.5} min={-10} max={10} onChange={onChange} ariaLabel="m" />);
    const box = screen.getByLabelText('m') as HTMLInputElement;
    // On the way to "-2" and "1e-3": no red flash, nothing applied.
    for (const partial of ['-', '−', '', '.', '1e', '1e-', '－']) {
      fireEvent.change(box, { target: { value: partial } });
      expect(screen.queryByRole('alert'), partial).toBeNull();
    }
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(box, { target: { value: '-2' } });
    expect(onChange).toHaveBeenLastCalledWith(-2);
    // Left empty, or half-typed: now it is an error, and the value in use is named.
    fireEvent.change(box, { target: { value: '' } });
    fireEvent.blur(box);
    expect(screen.getByRole('alert').textContent).toBe('Type a number. Still using 0.5.');
    fireEvent.change(box, { target: { value: '1e' } });
    fireEvent.blur(box);
    expect(screen.getByRole('alert').textContent).toBe('Not a number: “1e”. Still using 0.5.');
    // Enter finishes the number as leaving the box does.
    fireEvent.change(box, { target: { value: '-' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toBe('Not a number: “-”. Still using 0.5.');
    // Not a prefix of any number: an error at once, quoted with a sign that it was cut.
    fireEvent.change(box, { target: { value: 'e' } });
    expect(screen.getByRole('alert').textContent).toBe('Not a number: “e”. Still using 0.5.');
    fireEvent.change(box, { target: { value: '<img src=x onerror=alert(1)>' } });
    expect(screen.getByRole('alert').textContent).toBe('Not a number: “<img src=x onerror=a…”. Still using 0.5.');
    // A Chinese input method's full-width digits are digits.
    fireEvent.change(box, { target: { value: '１．５' } });
    expect(onChange).toHaveBeenLastCalledWith(1.5);
  });

  it('says what is wrong in the language being read, also after a switch', () => {
    const box = (lang: 'en' | 'zh-CN') => (
      <LangContext.Provider value={lang}>
        <NumberBox value={0} min={-4} max={4} onChange={() => {}} ariaLabel="m" />
      </LangContext.Provider>
    );
    const { rerender } = render(box('en'));
    fireEvent.change(screen.getByLabelText('m'), { target: { value: 'abc' } });
    expect(screen.getByRole('alert').textContent).toBe('Not a number: “abc”. Still using 0.');
    rerender(box('zh-CN'));
    expect(screen.getByRole('alert').textContent).toBe('不是数字：“abc”。仍使用 0。');
  });

  it('follows outside changes', () => {
    const { rerender } = render(<NumberBox value={1} min={0} max={10} onChange={() => {}} ariaLabel="n" />);
    rerender(<NumberBox value={2} min={0} max={10} onChange={() => {}} ariaLabel="n" />);
    expect((screen.getByLabelText('n') as HTMLInputElement).value).toBe('2');
  });
});

describe('Switch and Segmented', () => {
  it('switch toggles', () => {
    const onChange = vi.fn();
    render(<Switch label="Show gradients" checked={false} onChange={onChange} />);
    fireEvent.click(screen.getByRole('switch', { name: 'Show gradients' }));
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('segmented is a radio group', () => {
    const onChange = vi.fn();
    render(<Segmented legend="Base" options={[{ value: '2', label: 'log₂' }, { value: 'e', label: 'ln' }]} value="2" onChange={onChange} />);
    expect((screen.getByRole('radio', { name: 'log₂' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'ln' }));
    expect(onChange).toHaveBeenCalledWith('e');
  });
});

describe('csvText', () => {
  it('writes a header and rows, quoting where needed, numbers at full precision', () => {
    expect(csvText(['m', 'loss "hinge"'], [[-1, 2], [0.1 + 0.2, NaN], ['a,b', Infinity]])).toBe(
      'm,"loss ""hinge"""\r\n-1,2\r\n0.30000000000000004,NaN\r\n"a,b",Infinity\r\n',
    );
  });
});
