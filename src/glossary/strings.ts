import { defineStrings } from '../i18n/strings';

/**
 * The glossary: every term a beginner may not know, defined once, in plain words, in both
 * languages. `TERM_IDS` is the order the guide lists them in; `<Term id>` and `[[id|words]]` in
 * texts (RichText) show a definition where the term is used.
 */
export const TERM_IDS = ['margin', 'y-fx', 'surrogate', 'logit', 'one-hot', 'nan-inf', 'float', 'nats-bits', 'gradient', 'learning-rate', 'epoch'] as const;
export type TermId = (typeof TERM_IDS)[number];

export function isTermId(id: string): id is TermId {
  return (TERM_IDS as readonly string[]).includes(id);
}

export const glossaryStrings = defineStrings(
  {
    heading: 'Glossary',
    lead: 'Plain words for the terms Loss Lab uses. Underlined terms in the texts show these definitions when you point at, tap or focus them.',
    'margin.name': 'margin',
    'margin.def': 'The margin m = y·f(x) is the model’s score times the true label: positive when the example is classified correctly, negative when it is not, and larger the more confident the model is.',
    'y-fx.name': 'y and f(x)',
    'y-fx.def': 'y is the true answer for an example (in the classification panels +1 or −1); f(x) is the model’s output for the input x, a score whose sign is the model’s guess.',
    'surrogate.name': 'surrogate loss',
    'surrogate.def': 'A loss that stands in for the one you really care about (the 0-1 loss, a count of mistakes), which gives no gradient to follow; a surrogate is continuous and usually convex, so gradient descent can minimise it.',
    'logit.name': 'logit',
    'logit.def': 'A raw score a model outputs before the sigmoid or the softmax turns it into a probability; it can be any real number.',
    'one-hot.name': 'one-hot',
    'one-hot.def': 'A label written as all zeros but a single 1 at the class’s position: class 2 of 4 is [0, 1, 0, 0]. A sparse label gives only the index (2); the loss is the same.',
    'nan-inf.name': 'NaN and ∞',
    'nan-inf.def': '∞ (infinity) is what the computer gives when a result is too large to store, such as e¹⁰⁰⁰. NaN (“not a number”) is the result of an undefined operation such as ∞ / ∞, and it spreads to every result computed from it.',
    'float.name': 'float32 and float64',
    'float.def': 'Two sizes of stored real numbers. float64 (JavaScript’s numbers) keeps about 16 significant digits and reaches about 1.8 × 10³⁰⁸; float32 (common on GPUs) keeps about 7 digits and overflows beyond about 3.4 × 10³⁸, so eˣ overflows once x passes 88.7.',
    'nats-bits.name': 'nats and bits',
    'nats-bits.def': 'Units of information: an entropy or cross-entropy computed with log base 2 is in bits, with the natural log (base e) in nats. 1 nat ≈ 1.443 bits.',
    'gradient.name': 'gradient',
    'gradient.def': 'How fast the loss changes as each parameter changes, and in which direction: it points where the loss grows fastest, so training steps the other way.',
    'learning-rate.name': 'learning rate',
    'learning-rate.def': 'The step size η of gradient descent: each step moves the parameters by η times the gradient. Too small learns slowly; too large overshoots.',
    'epoch.name': 'epoch',
    'epoch.def': 'One pass of training over the whole training set. The single neuron has one example, so there one epoch is one gradient step.',
  },
  {
    heading: '术语表',
    lead: 'Loss Lab 所用术语的通俗解释。正文中带下划线的术语，用鼠标指向、轻触或用键盘聚焦即可看到这里的解释。',
    'margin.name': '间隔',
    'margin.def': '间隔 m = y·f(x) 是模型得分乘以真实标签：样本分类正确时为正，错误时为负，模型越有把握，绝对值越大。',
    'y-fx.name': 'y 与 f(x)',
    'y-fx.def': 'y 是样本的真实答案（在分类面板中为 +1 或 −1）；f(x) 是模型对输入 x 的输出，是一个得分，其正负号就是模型的判断。',
    'surrogate.name': '替代损失',
    'surrogate.def': '代替真正关心的损失（0-1 损失，即错分个数）的损失：0-1 损失没有可用的梯度，替代损失是连续的，通常还是凸的，因此可以用梯度下降来最小化。',
    'logit.name': 'logit（对数几率）',
    'logit.def': '模型在经过 sigmoid 或 softmax 变成概率之前输出的原始得分，可以是任意实数。',
    'one-hot.name': '独热编码（one-hot）',
    'one-hot.def': '用一串 0 和唯一的 1 表示类别，1 位于该类别的位置：4 类中的第 2 类为 [0, 1, 0, 0]。稀疏标签只给出序号（2），两者算出的损失相同。',
    'nan-inf.name': 'NaN 与 ∞',
    'nan-inf.def': '∞（无穷大）是结果大到无法存储时计算机给出的值，例如 e¹⁰⁰⁰。NaN（“不是数”）是无定义运算（如 ∞ / ∞）的结果，并会传给之后由它算出的每一个结果。',
    'float.name': 'float32 与 float64',
    'float.def': '两种长度的浮点数。float64（JavaScript 的数）约有 16 位有效数字，最大约 1.8 × 10³⁰⁸；float32（GPU 上常用）约有 7 位有效数字，超过约 3.4 × 10³⁸ 就会溢出，所以 x 超过 88.7 时 eˣ 就溢出了。',
    'nats-bits.name': '奈特与比特',
    'nats-bits.def': '信息量的单位：用以 2 为底的对数算出的熵或交叉熵以比特为单位，用自然对数（以 e 为底）算出的以奈特（nat）为单位。1 奈特 ≈ 1.443 比特。',
    'gradient.name': '梯度',
    'gradient.def': '参数变化时损失变化的快慢和方向：它指向损失增长最快的方向，所以训练时朝相反方向迈步。',
    'learning-rate.name': '学习率',
    'learning-rate.def': '梯度下降的步长 η：每一步参数移动 η 乘以梯度。太小学得慢，太大会冲过头。',
    'epoch.name': '轮（epoch）',
    'epoch.def': '用全部训练集训练一遍。单个神经元只有一个样本，所以那里的一轮就是一步梯度下降。',
  },
);
