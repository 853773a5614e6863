/** Settings beyond each panel's defaults and presets that the snippets are run with (partial values, rules applied). */
export const SCENARIOS: Readonly<Record<string, readonly (readonly [string, Record<string, unknown>])[]>> = {
  surrogate: [
    ['every loss, base e, m on the hinge corner', { losses: ['zero-one', 'hinge', 'logistic', 'exponential', 'perceptron', 'squared-hinge', 'modified-huber'], base: 'e', m: 1 }],
    ['every loss at m = -1 (modified Huber switches)', { losses: ['hinge', 'logistic', 'squared-hinge', 'modified-huber'], m: -1, points: [-10, -1, 0, 1, 10] }],
    ['no losses', { losses: [] }],
  ],
  softmax: [
    ['float32, temperature 0.5, class 3', { logits: [89, 0, -3.5], precision: 'float32', temperature: 0.5, trueClass: 3 }],
    ['float64 overflow at T = 2', { logits: [1500, 1400, 3], temperature: 2, trueClass: 2 }],
  ],
};
