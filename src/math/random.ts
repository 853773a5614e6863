/**
 * A small deterministic pseudo-random generator, so that seeded presets give the same points on every
 * machine and in every test. Not for cryptography; Math.random is never used in src/math.
 */

/** A generator of uniform numbers in [0, 1). */
export type UniformSource = () => number;

/**
 * mulberry32 (Tommy Ettinger's 32-bit generator): one 32-bit state, period 2^32, every output a
 * multiple of 2^-32 in [0, 1). The seed is reduced to 32 bits (seed >>> 0), so seeds equal
 * modulo 2^32 give the same stream.
 */
export function mulberry32(seed: number): UniformSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A standard normal draw by the Box–Muller transform: z = sqrt(-2 ln u1) · cos(2π u2), with
 * u1 = 1 - uniform() in (0, 1] so the logarithm stays finite.
 */
export function normalSample(uniform: UniformSource): number {
  const u1 = 1 - uniform();
  const u2 = uniform();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/**
 * A Student-t draw with `dof` degrees of freedom: z / sqrt(χ²/dof), with χ² the sum of the squares
 * of `dof` normals (dof is rounded to an integer ≥ 1). dof = 1 is the Cauchy distribution, whose
 * tails are so heavy that it has no mean; small dof is the classic heavy-tailed noise.
 */
export function studentTSample(uniform: UniformSource, dof: number): number {
  const k = Math.max(1, Math.round(dof));
  const z = normalSample(uniform);
  let chiSquare = 0;
  for (let i = 0; i < k; i++) {
    const g = normalSample(uniform);
    chiSquare += g * g;
  }
  // chiSquare = 0 has probability zero but a float can reach it; keep the draw finite.
  return z / Math.sqrt(Math.max(chiSquare, Number.MIN_VALUE) / k);
}
