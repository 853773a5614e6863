import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as formatStandIns from '../../../scripts/d3-scale-deps/format.js';
import { interpolate } from '../../../scripts/d3-scale-deps/interpolate.js';
import { isD3Scale, markPureInitialisers, narrowD3Scale } from '../../../scripts/vite-plugin-narrow-d3';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });

describe('d3-scale with numbers-only interpolation (scripts/vite-plugin-narrow-d3.ts)', () => {
  it("maps every value exactly as d3-scale's own default interpolator does, inverse and clamping included", () => {
    fc.assert(
      fc.property(fc.tuple(finite, finite), fc.tuple(finite, finite), fc.double({ min: -2e6, max: 2e6, noNaN: true }), fc.boolean(), (domain, range, x, clamp) => {
        fc.pre(domain[0] !== domain[1]);
        const d3 = scaleLinear().domain(domain).range(range).clamp(clamp);
        const narrowed = scaleLinear().domain(domain).range(range).clamp(clamp).interpolate(interpolate);
        expect(Object.is(narrowed(x), d3(x))).toBe(true);
        expect(Object.is(narrowed.invert(x), d3.invert(x))).toBe(true);
      }),
    );
  });

  it('maps a polylinear scale (three stops) as d3 does', () => {
    const d3 = scaleLinear().domain([0, 1, 10]).range([0, 100, 120]);
    const narrowed = scaleLinear().domain([0, 1, 10]).range([0, 100, 120]).interpolate(interpolate);
    for (const x of [-1, 0, 0.3, 1, 4.2, 10, 11]) expect(narrowed(x)).toBe(d3(x));
  });

  it('refuses a colour range with a message naming the file, instead of interpolating it differently', () => {
    expect(() => (interpolate as (a: unknown, b: unknown) => unknown)('red', 'blue')).toThrow(/numeric ranges only.*interpolate\.js.*string blue/);
  });

  it("d3-format's stand-ins throw, pointing to src/math/format.ts", () => {
    for (const [name, standIn] of Object.entries(formatStandIns)) expect(standIn, name).toThrow(new RegExp(`${name} is not in Loss Lab's build.*src/math/format\\.ts`));
  });

  it('no source file asks a scale for tick labels (d3-format is not bundled) or builds a colour scale', () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
    const offenders = files('src').filter((file) => /\.(tsx?|js)$/.test(file) && /\.tickFormat\(|scale(Sequential|Diverging)|from 'd3-(interpolate|color|format)'/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('hands the narrowed modules to d3-scale only; other importers get the real packages', () => {
    const plugin = narrowD3Scale() as unknown as { resolveId: (source: string, importer?: string) => string | null };
    const d3Scale = '/app/node_modules/d3-scale/dist/d3-scale.mjs';
    expect(isD3Scale(d3Scale)).toBe(true);
    expect(plugin.resolveId('d3-interpolate', d3Scale)).toMatch(/scripts[\\/]d3-scale-deps[\\/]interpolate\.js$/);
    expect(plugin.resolveId('d3-format', d3Scale)).toMatch(/scripts[\\/]d3-scale-deps[\\/]format\.js$/);
    expect(plugin.resolveId('d3-array', d3Scale)).toBeNull();
    expect(plugin.resolveId('d3-interpolate', '/app/src/charts/Plot.tsx')).toBeNull();
    expect(plugin.resolveId('d3-interpolate', '/app/scripts/d3-scale-deps/interpolate.js')).toBeNull();
  });

  it("annotates d3-interpolate's and d3-shape's top-level builder calls as pure, and changes nothing else", () => {
    const source = readFileSync('node_modules/d3-interpolate/dist/d3-interpolate.mjs', 'utf8');
    const marked = markPureInitialisers(source);
    const annotated = marked.match(/^var \w+ = \/\* @__PURE__ \*\/ /gm) ?? [];
    expect(annotated.length).toBeGreaterThanOrEqual(10);
    expect(marked.replaceAll('/* @__PURE__ */ ', '')).toBe(source);
    expect(marked).toMatch(/^var rgb = \/\* @__PURE__ \*\/ \(function rgbGamma/m);
    const shape = readFileSync('node_modules/d3-shape/dist/d3-shape.mjs', 'utf8');
    expect(markPureInitialisers(shape)).toMatch(/^var cardinal = \/\* @__PURE__ \*\/ \(function custom\(tension\)/m);
    expect(markPureInitialisers(shape).replaceAll('/* @__PURE__ */ ', '')).toBe(shape);
  });
});
