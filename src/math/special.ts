/**
 * Numerically stable scalar building blocks shared by the loss functions.
 * Every other file in src/math composes these instead of writing exp/log by hand.
 */

/** softplus(x) = ln(1 + e^x), computed as max(x, 0) + log1p(e^-|x|): finite for x = ±1000, exact to the last bit for x = -50. */
export function softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

/** sigma(x) = 1 / (1 + e^-x), evaluated on the side where the exponential cannot overflow. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** sigma'(x) = sigma(x)·(1 - sigma(x)) = sigma(x)·sigma(-x), the second form avoiding the cancellation in 1 - sigma(x). */
export function sigmoidPrime(x: number): number {
  return sigmoid(x) * sigmoid(-x);
}

/** x·ln(y) with the information-theory convention 0·ln(y) = 0 for every y (including y = 0). */
export function xlogy(x: number, y: number): number {
  return x === 0 ? 0 : x * Math.log(y);
}
