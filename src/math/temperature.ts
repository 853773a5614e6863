/**
 * Temperature scaling of logits: z_i = x_i / T. softmax(x / T) sharpens towards one-hot as T → 0
 * and flattens towards uniform as T → ∞; T = 1 leaves the logits unchanged.
 */
export function scaleByTemperature(logits: readonly number[], temperature: number): number[] {
  if (!(temperature > 0) || !Number.isFinite(temperature)) throw new RangeError(`temperature must be a positive finite number, got ${temperature}`);
  return logits.map((x) => x / temperature);
}
