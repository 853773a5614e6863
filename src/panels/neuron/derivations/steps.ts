/**
 * The neuron panel's derivations as KaTeX lines with their words: σ′(z), the quadratic cost's
 * gradient, cross-entropy's, and cross-entropy derived from ∂C/∂b = a − y. Pure: the last line of
 * each takes the live state (every number from src/math's neuronGradients).
 */
import { formatNumber, neuronGradients } from '../../../math';
import type { DerivationStep } from '../../../components/derivation/Derivation';
import { texFactor as factor, texNumber } from '../../../components/derivation/texNumber';
import type { neuronDerivationStrings } from './strings';

type Key = keyof (typeof neuronDerivationStrings)['en'];
type T = (key: Key, params?: Record<string, string | number>) => string;

/** The neuron the last lines speak of: the diagram's run at the cursor. */
export interface LiveNeuron {
  run: string;
  epoch: number;
  w: number;
  b: number;
  x: number;
  y: number;
}

export interface NeuronDerivation {
  id: 'sigma' | 'quad' | 'ce' | 'derive';
  title: string;
  steps: DerivationStep[];
}

const DC = (v: string) => `\\frac{\\partial C}{\\partial ${v}}`;

export function neuronDerivations(t: T, live: LiveNeuron): NeuronDerivation[] {
  const { w, b, x, y } = live;
  const quad = neuronGradients('quadratic', w, b, x, y);
  const ce = neuronGradients('cross-entropy', w, b, x, y);
  const { z, a, sigmaPrime } = quad;
  const words = { run: live.run, epoch: live.epoch, w: formatNumber(w), b: formatNumber(b), x: formatNumber(x), y: formatNumber(y), z: formatNumber(z), a: formatNumber(a) };
  const error = `(${texNumber(a)} - ${texNumber(y)})`;
  const step = (key: Key, tex: string, params?: Record<string, string | number>): DerivationStep => ({ note: t(key, params), tex });
  return [
    {
      id: 'sigma',
      title: t('sigma.title'),
      steps: [
        step('sigma.1', 'a = \\sigma(z) = \\frac{1}{1 + e^{-z}}'),
        step('sigma.2', "\\begin{aligned} \\sigma'(z) &= -\\frac{-e^{-z}}{(1 + e^{-z})^2} \\\\ &= \\frac{e^{-z}}{(1 + e^{-z})^2} \\end{aligned}"),
        step('sigma.3', "\\sigma'(z) = \\frac{1}{1 + e^{-z}} \\cdot \\frac{e^{-z}}{1 + e^{-z}}"),
        step('sigma.4', "\\sigma'(z) = \\sigma(z)\\,\\bigl(1 - \\sigma(z)\\bigr)"),
        step('sigma.5', "\\sigma'(z) = a\\,(1 - a) \\le \\sigma'(0) = \\tfrac{1}{4}"),
        step('live', `\\begin{aligned} \\sigma'(${texNumber(z)}) &= ${texNumber(a)} \\times (1 - ${texNumber(a)}) \\\\ &= ${texNumber(sigmaPrime)} \\end{aligned}`, words),
      ],
    },
    {
      id: 'quad',
      title: t('quad.title'),
      steps: [
        step('quad.1', 'C = \\tfrac{1}{2}(a - y)^2'),
        step('quad.2', `${DC('w')} = ${DC('a')}\\,\\frac{\\partial a}{\\partial z}\\,\\frac{\\partial z}{\\partial w}`),
        step('quad.3', `${DC('a')} = a - y, \\quad \\frac{\\partial a}{\\partial z} = \\sigma'(z), \\quad \\frac{\\partial z}{\\partial w} = x`),
        step('quad.4', `\\begin{aligned} ${DC('w')} &= (a - y)\\,\\sigma'(z)\\,x \\\\ ${DC('b')} &= (a - y)\\,\\sigma'(z) \\end{aligned}`),
        step('quad.5', `\\begin{aligned} a \\to 1 &\\;\\Rightarrow\\; \\sigma'(z) = a(1 - a) \\to 0 \\\\ &\\;\\Rightarrow\\; ${DC('w')} \\to 0 \\end{aligned}`),
        step('liveQuad', `\\begin{aligned} ${DC('w')} &= ${error} \\times ${factor(sigmaPrime)} \\times ${factor(x)} \\\\ &= ${texNumber(quad.dCdw)} \\end{aligned}`, words),
      ],
    },
    {
      id: 'ce',
      title: t('ce.title'),
      steps: [
        step('ce.1', 'C = -\\bigl[\\,y \\ln a + (1 - y) \\ln(1 - a)\\,\\bigr]'),
        step('ce.2', `${DC('a')} = -\\frac{y}{a} + \\frac{1 - y}{1 - a} = \\frac{a - y}{a\\,(1 - a)}`),
        step('ce.3', `${DC('w')} = \\frac{a - y}{a\\,(1 - a)}\\,\\sigma'(z)\\,x`),
        step('ce.4', `\\begin{aligned} ${DC('w')} &= (a - y)\\,x \\\\ ${DC('b')} &= a - y \\end{aligned}`),
        step('ce.5', `${DC('w')} = (a - y)\\,x \\;\\propto\\; a - y`),
        step('liveCe', `\\begin{aligned} ${DC('w')} &= ${error} \\times ${factor(x)} \\\\ &= ${texNumber(ce.dCdw)} \\end{aligned}`, { ...words, quad: formatNumber(quad.dCdw) }),
      ],
    },
    {
      id: 'derive',
      title: t('derive.title'),
      steps: [
        step('derive.1', `${DC('b')} = a - y`),
        step('derive.2', `${DC('b')} = ${DC('a')}\\; a\\,(1 - a) = a - y`),
        step('derive.3', `\\begin{aligned} ${DC('a')} &= \\frac{a - y}{a\\,(1 - a)} \\\\ &= -\\frac{y}{a} + \\frac{1 - y}{1 - a} \\end{aligned}`),
        step('derive.4', 'C = -\\bigl[\\,y \\ln a + (1 - y) \\ln(1 - a)\\,\\bigr] + c'),
        step('derive.5', '\\begin{gathered} y \\in \\{0, 1\\} \\;\\Rightarrow\\; \\ln y \\in \\{-\\infty, 0\\} \\\\ 0 < a < 1 \\;\\Rightarrow\\; \\ln a \\in (-\\infty, 0) \\end{gathered}'),
        step(
          'liveCost',
          `\\begin{aligned} C &= -\\bigl[${texNumber(y)} \\cdot \\ln ${texNumber(a)} + ${factor(1 - y)} \\cdot \\ln(1 - ${texNumber(a)})\\bigr] \\\\ &= ${texNumber(ce.cost)} \\end{aligned}`,
          words,
        ),
      ],
    },
  ];
}
