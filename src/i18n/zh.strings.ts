/*
 * The Chinese halves of the app-wide strings tables that every first view carries (the shell, the
 * shared controls, the glossary, the code bar, each panel's title and blurb). An English visitor never needs them, so they are a
 * chunk of their own, loaded when Chinese is chosen (src/i18n/packs.ts): at startup for a Chinese
 * view, on a switch of the language. Each part has exactly its English table's keys (checked by
 * the compiler, and by tests/unit/i18n/strings.test.ts as every table is).
 */
import type { ShellKey } from './shell';
import type { GlossaryKey } from '../glossary/strings';
import type { ControlKey } from '../components/strings';
import type { CodeKey } from '../code/strings';

export const shell: Record<ShellKey, string> = {
  title: 'Loss Lab 损失函数实验室',
  tagline: '拖动滑块、观察数学：直观理解机器学习中各种损失函数为何如此表现。',
  navLabel: '面板',
  language: '语言',
  loading: '加载中…',
  panelCrashed: '该面板出错并已停止，Loss Lab 的其他部分仍可正常使用。',
  panelCrashedDetail: '错误：{message}',
  retry: '重置该面板并重试',
  urlIssuesTitle: '链接中的部分设置无法按原样使用：',
  dismiss: '关闭',
  'problem.unknown-key': '“{key}”不是该面板的设置项',
  'problem.not-a-number': '“{key}={raw}”不是数字',
  'problem.out-of-range': '“{key}={raw}”超出范围',
  'problem.not-an-option': '“{key}={raw}”不是可选值之一',
  'problem.too-many': '“{key}”的条目过多',
  'problem.too-few': '“{key}”的条目过少',
  'problem.too-long': '“{key}”过长',
  'problem.conflict': '“{key}={raw}”与“{other}”不符',
  'problem.newer-version': '“v={raw}”是比当前 Loss Lab 更新的链接格式，部分设置可能无法按原意显示',
  usingValue: '，改用 {used}',
  theme: '主题',
  'theme.system': '跟随系统',
  'theme.light': '浅色',
  'theme.dark': '深色',
  share: '分享当前视图',
  copyLink: '复制链接',
  embed: '嵌入',
  copied: '已复制到剪贴板。',
  copyFailed: '无法自动复制：文本已选中，请按 Ctrl+C（⌘C）。',
  embedTitle: '将该面板嵌入课程页面',
  embedHelp: '将以下代码粘贴到你的页面中。iframe 会按当前状态显示该面板。每个页面引入一次脚本即可让框架自动调整高度；不引入时保持固定高度。',
  embedHide: '在嵌入中隐藏的控件：',
  embedHideIntro: '一句话简介',
  embedTheme: '嵌入的配色：',
  embedThemeSystem: '跟随每位读者自己的设置',
  embedEmpty: '所有部分都被隐藏后，嵌入内容将是空的：请至少保留一个部分。',
  embedCode: '嵌入代码',
  copyCode: '复制代码',
  close: '关闭',
  iframeTitle: 'Loss Lab：{panel}',
  openInLossLab: '在 Loss Lab 中打开',
  skipToPanel: '跳到面板',
  footer: '所有数值均由 Loss Lab 经过测试的数学库计算。',
  task: '任务',
  taskCut: '任务超过 {max} 个字符，已被截断。',
  embedTask: '显示在面板上方的任务（可选，纯文本）：',
  embedTaskCount: '{count} / {max} 个字符',
};

export const glossary: Record<GlossaryKey, string> = {
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
};

export const controls: Record<ControlKey, string> = {
  invalidNumber: '不是数字：“{raw}”。仍使用 {value}。',
  emptyNumber: '请输入数字。仍使用 {value}。',
  outOfRange: '{raw} 超出范围 {min} … {max}。仍使用 {value}。',
  downloadSvg: 'SVG',
  downloadPng: 'PNG',
  downloadCsv: 'CSV',
  downloadSvgLabel: '将“{title}”下载为 SVG',
  downloadPngLabel: '将“{title}”下载为 PNG（2 倍分辨率）',
  downloadCsvLabel: '将“{title}”的数据下载为 CSV',
};

export const code: Record<CodeKey, string> = {
  code: '代码',
  codeTitle: '用 Python 复现这些数字',
  codeHelp: '这段代码按当前设置打印面板上显示的数字（附标签），并随控件的变化而更新。可用 Python 3 加 NumPy 或 PyTorch 运行。',
  frameworks: '框架',
  'framework.numpy': 'NumPy',
  'framework.torch': 'PyTorch',
  codeField: '该面板的 {framework} 代码',
  copyCode: '复制代码',
  copied: '已复制到剪贴板。',
  copyFailed: '无法自动复制：代码已选中，请按 Ctrl+C（⌘C）。',
  close: '关闭',
  loading: '正在加载代码…',
  codeFailed: '无法生成代码：{message}',
  retry: '重试',
  snippetNote: '按这些设置打印面板上显示的数字，附标签',
};

// Each panel's title and blurb (and link text), for the tabs and headings of the shell (src/panels/<id>/meta.ts).
export const surrogateMeta = {
  title: '替代损失',
  blurb: '以间隔 m = y·f(x) 为横轴的分类损失：0-1、合页、对数、指数、感知机损失。',
};

export const neuronMeta = {
  title: '单个神经元',
  blurb: '单个 sigmoid 神经元，二次代价与交叉熵对比：σ′(z) 为何让学习停滞。',
};

export const softmaxMeta = {
  title: 'Softmax 溢出',
  blurb: '朴素 softmax 如何变成 NaN，以及减去最大值如何修复它。',
};

export const moreMeta = {
  title: '更多损失函数',
  blurb: '回归损失、交叉熵与 KL 散度。',
};

export const classifierMeta = {
  title: '分类器实验室',
  blurb: '每种替代损失都在你拖动的样本点上训练一个线性分类器：SVM、逻辑回归、AdaBoost 的损失、感知机。',
};

export const regressionMeta = {
  title: '直线拟合',
  blurb: '用 MSE、MAE、Huber、平滑 L1 和 log-cosh 拟合一条穿过你所拖动的点的直线：看 MSE 如何被离群点拉偏。',
};

export const probabilityMeta = {
  title: '概率',
  blurb: '为什么预测概率要用交叉熵，而不是平方误差。',
};

export const depthMeta = {
  title: '深度',
  blurb: '梯度消失与梯度爆炸：在一条很深的网络链中，梯度如何逐层变化。',
};

export const guideMeta = {
  title: '选哪种损失？',
  blurb: '什么任务用什么损失：输出层、损失函数、原因，以及在 Loss Lab 的哪里能看到。',
  linkText: '什么任务该用什么损失？',
};

export const creditsMeta = {
  title: '参考来源与致谢',
  blurb: 'Loss Lab 所依据的书籍章节和文章。',
  linkText: '参考来源与致谢',
};
