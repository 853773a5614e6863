import { memo } from 'react';
import { Tex } from '../../components/Tex';

/** The backpropagation recursion through the chain and its product form, two display lines (KaTeX, loaded with this chunk). */
export const Formula = memo(function Formula({ caption }: { caption: string }) {
  return (
    <div className="depth-formula">
      <p>{caption}</p>
      <Tex display tex={"\\frac{\\partial a_L}{\\partial z_l} = \\varphi'(z_l)\\, w_{l+1}\\, \\frac{\\partial a_L}{\\partial z_{l+1}}"} />
      <Tex display tex={"\\phantom{\\frac{\\partial a_L}{\\partial z_l}} = \\varphi'(z_l) \\prod_{k=l+1}^{L} w_k\\, \\varphi'(z_k)"} />
    </div>
  );
});
