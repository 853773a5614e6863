/** The numbers-only default interpolator d3-scale gets in the browser build (interpolate.js). */
export function interpolate(a: number, b: number): (t: number) => number;
