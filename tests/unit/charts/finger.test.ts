import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fingerDown, fingerMoves, fingerTapped, TOUCH_SLOP } from '../../../src/charts/finger';

const at = (clientX: number, clientY: number) => ({ clientX, clientY });

describe('a finger on a sideways-draggable chart', () => {
  it('drags once it has moved sideways more than up or down, past the slop', () => {
    const finger = fingerDown(at(100, 100), 0);
    expect(fingerMoves(finger, at(100 + TOUCH_SLOP - 1, 101))).toBe(false); // not yet
    expect(fingerMoves(finger, at(100 + TOUCH_SLOP, 102))).toBe(true);
    expect(fingerMoves(finger, at(110, 160))).toBe(true); // a drag stays a drag
    expect(fingerTapped(finger)).toBe(false);
  });

  it('never drags once it has gone up or down first, even if it turns sideways later', () => {
    const finger = fingerDown(at(100, 100), 0);
    expect(fingerMoves(finger, at(104, 108))).toBe(false); // 28° off vertical: a scroll
    expect(fingerMoves(finger, at(200, 110))).toBe(false);
    expect(finger.scrolling).toBe(true);
    expect(fingerTapped(finger)).toBe(false);
  });

  it('is a tap when it lifts within the slop', () => {
    const finger = fingerDown(at(50, 50), 1.5);
    fingerMoves(finger, at(52, 47));
    expect(fingerTapped(finger)).toBe(true);
    expect(finger.start).toBe(1.5);
  });

  it('any path decides at most once: drag and scroll never both', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -300, max: 300 }), fc.integer({ min: -300, max: 300 })), { maxLength: 30 }), (moves) => {
        const finger = fingerDown(at(0, 0), 0);
        let decided: 'drag' | 'scroll' | null = null;
        for (const [x, y] of moves) {
          fingerMoves(finger, at(x, y));
          const now = finger.dragging ? 'drag' : finger.scrolling ? 'scroll' : null;
          if (decided && now !== decided) return false;
          decided = now;
        }
        return !(finger.dragging && finger.scrolling);
      }),
    );
  });
});
