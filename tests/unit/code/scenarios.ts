/** Settings beyond each panel's defaults and presets that the snippets are run with (partial values, rules applied). */
export const SCENARIOS: Readonly<Record<string, readonly (readonly [string, Record<string, unknown>])[]>> = {
  surrogate: [
    ['every loss, base e, m on the hinge corner', { losses: ['zero-one', 'hinge', 'logistic', 'exponential', 'perceptron', 'squared-hinge', 'modified-huber'], base: 'e', m: 1 }],
    ['every loss at m = -1 (modified Huber switches)', { losses: ['hinge', 'logistic', 'squared-hinge', 'modified-huber'], m: -1, points: [-10, -1, 0, 1, 10] }],
    ['no losses', { losses: [] }],
  ],
  more: [
    ['every curve, nats, r on the Huber and smooth L1 corners', { curves: ['mse', 'mae', 'huber', 'smooth-l1', 'log-cosh'], r: 2, delta: 2, beta: 2, base: 'e' }],
    ['r = 0, large |r| log-cosh', { curves: ['mae', 'log-cosh', 'huber'], r: 0, delta: 0.1 }],
    ['r = -9.5', { curves: ['mse', 'mae', 'huber', 'smooth-l1', 'log-cosh'], rrange: 10, r: -9.5, beta: 0.3 }],
    ['q misses an outcome p has (infinite)', { p: [0.5, 0.25, 0.25], q: [0, 1, 1] }],
    ['p misses an outcome q has, and a shared zero', { p: [0.6, 0.4, 0, 0], q: [0.2, 0.3, 0.5, 0], base: 'e' }],
    ['q equal to p', { p: [0.1, 0.2, 0.3, 0.4, 0.05, 0.05, 0.7, 0.2], q: [0.1, 0.2, 0.3, 0.4, 0.05, 0.05, 0.7, 0.2] }],
  ],
  neuron: [
    ['cursor at 120, separate rates, target 0.3', { at: 120, separateRate: true, etaCe: 0.05, y: 0.3 }],
    ['1000 epochs, saturated start, two runs', { epochs: 1000, at: 1000, w2: 10, b2: 10, x: 5, runs: ['quad2', 'ce2'] }],
    ['large rate, negative input, target 1', { eta: 20, x: -2, y: 1, epochs: 50, at: 7 }],
  ],
  regression: [
    ['every loss, small thresholds', { losses: ['mse', 'mae', 'huber', 'smooth-l1', 'log-cosh'], delta: 0.3, beta: 0.2, target: 0, pred: 0 }],
    ['every loss, wide thresholds, MSLE below the target', { losses: ['mse', 'mae', 'huber', 'smooth-l1', 'log-cosh'], delta: 5, beta: 5, target: 9.5, pred: 0.4 }],
  ],
  classifier: [
    ['every classifier, strong penalty', { losses: ['hinge', 'log', 'exponential', 'perceptron', 'squared-hinge', 'modified-huber'], lambda: 3 }],
    ['every classifier, weak penalty', { losses: ['hinge', 'log', 'exponential', 'perceptron', 'squared-hinge', 'modified-huber'], lambda: 0.001 }],
    ['no penalty', { losses: ['hinge', 'log', 'exponential', 'perceptron', 'squared-hinge', 'modified-huber'], penalty: false }],
    ['perceptron only', { losses: ['perceptron'] }],
  ],
  softmax: [
    ['float32, temperature 0.5, class 3', { logits: [89, 0, -3.5], precision: 'float32', temperature: 0.5, trueClass: 3 }],
    ['float64 overflow at T = 2', { logits: [1500, 1400, 3], temperature: 2, trueClass: 2 }],
  ],
  probability: [
    ['p near 0', { p: 0.01 }],
    ['p = 0: infinite cross-entropy for target 1', { p: 0 }],
    ['p = 1: infinite cross-entropy for target 0', { p: 1 }],
    ['logit axis, pos_weight 5', { logit: true, z: -2, posw: 5 }],
    ['logit axis, saturated z = 8, pos_weight 0.1', { logit: true, z: 8, posw: 0.1 }],
    ['logit axis, z = -8, pos_weight 10', { logit: true, z: -8, posw: 10 }],
    ['true class with output 0: the delta decides', { k: 3 }],
    ['two classes not summing to 1, an output of 1 clipped', { y: [0.3, 1], k: 1 }],
  ],
  depth: [
    ['30 sigmoid layers, w = 20, b = 5: the gradient near 1e-305', { act: 'sigmoid', layers: 30, w: 20, b: 5, x: 3 }],
    ['30 sigmoid layers, random w = 20, seed 104', { act: 'sigmoid', layers: 30, w: 20, weights: 'random', seed: 104, b: 5, x: 3 }],
    ['30 tanh layers, random w = 20: subnormal gradients', { act: 'tanh', layers: 30, w: 20, weights: 'random', seed: 7, x: 3 }],
    ['30 tanh layers, w = 20, b = -5: float64 underflows', { act: 'tanh', layers: 30, w: 20, b: -5, x: -3 }],
    ['random ReLU chain: every unit after an off one is off', { act: 'relu', layers: 15, w: 1.5, weights: 'random', seed: 3, x: 0.5 }],
    ['random ReLU chain with b = 0.5: off units in the middle', { act: 'relu', layers: 20, w: 1.5, weights: 'random', seed: 3, x: 0.5, b: 0.5 }],
    ['sigmoid pinned at z* = 2, random weights', { bias: 'pin', z: 2, weights: 'random', seed: 42, w: 5 }],
    ['tanh pinned at z* = 0, w = 1.2: the gradient grows', { act: 'tanh', bias: 'pin', z: 0, w: 1.2, layers: 30 }],
    ['one layer, negative input', { layers: 1, x: -3 }],
  ],
};
