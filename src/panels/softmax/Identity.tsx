import { memo } from 'react';
import { Tex } from '../../components/Tex';
import { useT } from '../../i18n/strings';
import { definition } from './definition';
import { softmaxStrings } from './strings';

const LINES = [
  String.raw`\begin{aligned} \operatorname{softmax}(x)_i &= \frac{e^{x_i}}{\sum_j e^{x_j}} = \frac{e^{c}\,e^{x_i - c}}{e^{c}\sum_j e^{x_j - c}} \\ &= \frac{e^{x_i - c}}{\sum_j e^{x_j - c}} = \operatorname{softmax}(x - c)_i \end{aligned}`,
  String.raw`\begin{aligned} \log \operatorname{softmax}(x)_i &= x_i - c - \log \sum_j e^{x_j - c} \\ c &= \max_j x_j \end{aligned}`,
  String.raw`\begin{aligned} L &= -\log p_k \\ \frac{\partial L}{\partial x_i} &= p_i - y_i, \quad y = \text{one-hot}(k) \end{aligned}`,
];

/** The identity behind the fix, in three KaTeX lines. */
export const Identity = memo(function Identity() {
  const t = useT(softmaxStrings);
  const label = useT(definition.labels);
  return (
    <section className="identity">
      <h3>{label('identityTitle')}</h3>
      <div className="identity-lines">
        {LINES.map((tex) => (
          <Tex key={tex} tex={tex} display />
        ))}
      </div>
      <p>{t('identityOutro')}</p>
    </section>
  );
});
