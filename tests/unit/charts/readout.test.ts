import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bandIndex, indexForKey, nearestIndex, nearestPoint, svgPoint } from '../../../src/charts/readout';

describe('readout keys', () => {
  it('steps one index with the arrows, a tenth with Shift or Page keys, and jumps with Home and End', () => {
    expect(indexForKey('ArrowRight', false, 5, 300)).toBe(6);
    expect(indexForKey('ArrowUp', false, 5, 300)).toBe(6);
    expect(indexForKey('ArrowLeft', false, 5, 300)).toBe(4);
    expect(indexForKey('ArrowRight', true, 5, 300)).toBe(35);
    expect(indexForKey('PageDown', false, 100, 300)).toBe(70);
    expect(indexForKey('Home', false, 100, 300)).toBe(0);
    expect(indexForKey('End', false, 100, 300)).toBe(300);
    expect(indexForKey('Enter', false, 100, 300)).toBeNull();
  });

  it('stops at both ends, and a few categories still step by one', () => {
    expect(indexForKey('ArrowLeft', false, 0, 4)).toBe(0);
    expect(indexForKey('ArrowRight', false, 4, 4)).toBe(4);
    expect(indexForKey('PageUp', false, 1, 4)).toBe(2);
  });

  it('never leaves 0…last', () => {
    const keys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.boolean(), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (key, shift, at, last) => {
        const next = indexForKey(key, shift, Math.min(at, last), last)!;
        return Number.isInteger(next) && next >= 0 && next <= last;
      }),
    );
  });
});

describe('readout under a pointer', () => {
  it('picks the nearest index of a linear axis, clamped to the data', () => {
    const invert = (px: number) => (px - 50) / 2; // index i at pixel 50 + 2i
    expect(nearestIndex(invert, 50, 300)).toBe(0);
    expect(nearestIndex(invert, 60.9, 300)).toBe(5);
    expect(nearestIndex(invert, 61.1, 300)).toBe(6);
    expect(nearestIndex(invert, 10, 300)).toBe(0);
    expect(nearestIndex(invert, 9999, 300)).toBe(300);
    expect(nearestIndex(() => NaN, 10, 300)).toBe(0);
  });

  it('picks the band under the pointer, the outer ones reaching to the edges', () => {
    expect(bandIndex(40, 100, 40, 4)).toBe(0);
    expect(bandIndex(40, 100, 139.9, 4)).toBe(0);
    expect(bandIndex(40, 100, 140, 4)).toBe(1);
    expect(bandIndex(40, 100, 0, 4)).toBe(0);
    expect(bandIndex(40, 100, 1000, 4)).toBe(4);
  });

  it('picks the nearest point of a path, or none beyond reach', () => {
    const xs = [0, 10, 20, 30];
    const ys = [0, 0, 10, NaN];
    expect(nearestPoint(xs, ys, 11, 2)).toBe(1);
    expect(nearestPoint(xs, ys, 19, 9)).toBe(2);
    expect(nearestPoint(xs, ys, 15, -10)).toBe(1);
    expect(nearestPoint(xs, ys, 31, 0)).toBe(2); // the NaN point at x = 30 is never read
    expect(nearestPoint(xs, ys, 100, 100, 20)).toBeNull();
    expect(nearestPoint([], [], 0, 0)).toBeNull();
  });

  it('maps client pixels into the SVG viewBox, whatever size the SVG is drawn at', () => {
    expect(svgPoint({ left: 100, top: 50, width: 320, height: 160 }, 260, 90, 640, 320)).toEqual({ x: 320, y: 80 });
  });
});
