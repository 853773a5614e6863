/** Settings beyond each panel's defaults and presets that the snippets are run with (partial values, rules applied). */
export const SCENARIOS: Readonly<Record<string, readonly (readonly [string, Record<string, unknown>])[]>> = {
  softmax: [
    ['float32, temperature 0.5, class 3', { logits: [89, 0, -3.5], precision: 'float32', temperature: 0.5, trueClass: 3 }],
    ['float64 overflow at T = 2', { logits: [1500, 1400, 3], temperature: 2, trueClass: 2 }],
  ],
};
