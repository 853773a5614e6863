import { describe, expect, it } from 'vitest';
import { formatOutputs, readOutputs } from '../../../../src/panels/probability/outputs';

describe('reading the outputs field', () => {
  it('reads numbers as people write them: commas or spaces, brackets, full-width forms', () => {
    expect(readOutputs('0.1, 0.05, 0.6')).toEqual({ ok: true, values: [0.1, 0.05, 0.6] });
    expect(readOutputs('[0.5 0.5]')).toEqual({ ok: true, values: [0.5, 0.5] });
    expect(readOutputs('０．２，０．８')).toEqual({ ok: true, values: [0.2, 0.8] });
    expect(readOutputs(formatOutputs([0.1, 0.05, 0.6, 0, 0.25]))).toEqual({ ok: true, values: [0.1, 0.05, 0.6, 0, 0.25] });
  });

  it('says which entry is wrong and why', () => {
    expect(readOutputs('0.5, 1.5')).toMatchObject({ ok: false, error: { kind: 'not-probability', entry: 2 }, unfinished: false });
    expect(readOutputs('0.5, -0.1')).toMatchObject({ ok: false, error: { kind: 'not-probability', entry: 2 } });
    expect(readOutputs('0.5, 1e400')).toMatchObject({ ok: false, error: { kind: 'not-probability', entry: 2 } });
    expect(readOutputs('0.5, abc')).toMatchObject({ ok: false, error: { kind: 'bad-character', entry: 2, char: 'a' } });
    expect(readOutputs('0.5,,0.5')).toMatchObject({ ok: false, error: { kind: 'empty-entry', entry: 2 } });
    expect(readOutputs(Array(11).fill('0.1').join(','))).toMatchObject({ ok: false, error: { kind: 'too-many' } });
  });

  it('text still being typed is not flagged yet: one number, an unfinished last one, nothing', () => {
    expect(readOutputs('0.5')).toMatchObject({ ok: false, error: { kind: 'too-few' }, unfinished: true });
    expect(readOutputs('0.5, 0.')).toEqual({ ok: true, values: [0.5, 0] });
    expect(readOutputs('0.5, 1e')).toMatchObject({ ok: false, error: { kind: 'incomplete' }, unfinished: true });
    expect(readOutputs('')).toMatchObject({ ok: false, error: { kind: 'empty' }, unfinished: true });
  });
});
