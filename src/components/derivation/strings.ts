import { defineStrings } from '../../i18n/strings';

/** Strings of the step-by-step derivations (src/components/derivation). */
export const derivationStrings = defineStrings(
  {
    previous: 'Previous step',
    next: 'Next step',
    showAll: 'Show all steps',
    restart: 'Start over',
    stepOf: 'Step {step} of {total}',
    announce: 'Step {step} of {total}: {note}',
    announceAll: 'All {total} steps shown.',
    stepsLabel: 'Steps of “{title}”',
    controlsLabel: 'Step through “{title}”',
    scrollable: 'Formula of step {step}, wider than the page: scroll sideways',
  },
  {
    previous: '上一步',
    next: '下一步',
    showAll: '显示全部步骤',
    restart: '从头开始',
    stepOf: '第 {step} 步，共 {total} 步',
    announce: '第 {step} 步，共 {total} 步：{note}',
    announceAll: '已显示全部 {total} 步。',
    stepsLabel: '“{title}”的步骤',
    controlsLabel: '逐步查看“{title}”',
    scrollable: '第 {step} 步的公式，比页面宽：可左右滚动',
  },
);
