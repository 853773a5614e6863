/**
 * The sources Loss Lab is built on, as bibliographic data (the same in every language; what each
 * contributes is in strings.ts under `source.<id>`). Titles as published; an address only where the
 * source names one (the articles' copies in the team's seeds do not all carry theirs).
 */
export interface Source {
  id: 'nielsen' | 'surrogate' | 'tfNotes' | 'fishBook' | 'summary' | 'tds';
  title: string;
  /** Author (or reposter) and date as the source gives them. */
  byline: string;
  url?: string;
  /** Language of the source (for the link's `hreflang` and the title's `lang`). */
  lang: 'en' | 'zh-CN';
}

export const SOURCES: readonly Source[] = [
  {
    id: 'nielsen',
    title: 'Neural Networks and Deep Learning, chapter 3: Improving the way neural networks learn',
    byline: 'Michael A. Nielsen, Determination Press, 2015',
    url: 'http://neuralnetworksanddeeplearning.com/chap3.html',
    lang: 'en',
  },
  {
    id: 'surrogate',
    title: '系统学习深度学习（八）--损失函数',
    byline: 'Eason.wxd, CSDN, 2017-02-21 (reposting google19890102)',
    url: 'http://blog.csdn.net/google19890102/article/details/50522945',
    lang: 'zh-CN',
  },
  {
    id: 'tfNotes',
    title: 'TensorFlow学习笔记（三）-- 神经网络优化之损失函数',
    byline: '2017-06-12',
    lang: 'zh-CN',
  },
  {
    id: 'fishBook',
    title: '损失函数（鱼书《深度学习入门》笔记）',
    byline: '2023-03-26',
    lang: 'zh-CN',
  },
  {
    id: 'summary',
    title: '损失函数汇总及tensorflow实践',
    byline: 'zihuaweng, 2018-04-01',
    lang: 'zh-CN',
  },
  {
    id: 'tds',
    title: '损失函数在深度学习和 Python 实现中的重要性 (Importance of Loss Functions in Deep Learning and Python Implementation)',
    byline: 'Towards Data Science, Chinese translation',
    url: 'https://towardsdatascience.com/importance-of-loss-functions-in-deep-learning-and-python-implementation-4307bfa92810',
    lang: 'zh-CN',
  },
];
