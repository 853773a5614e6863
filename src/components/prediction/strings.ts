import { defineStrings } from '../../i18n/strings';

/** Strings of the prediction prompt shared by the panels. */
export const predictionStrings = defineStrings(
  {
    title: 'What do you expect?',
    reveal: 'Show the answer',
    again: 'Guess again',
    yourGuess: 'Your guess: {guess}',
    noGuess: 'Your guess: none',
    result: 'Result: {result}',
    right: '✓ as you expected',
    wrong: '✗ not what you expected',
  },
  {
    title: '你预计会怎样？',
    reveal: '显示答案',
    again: '重新猜',
    yourGuess: '你的猜测：{guess}',
    noGuess: '你的猜测：无',
    result: '结果：{result}',
    right: '✓ 与你预计的一致',
    wrong: '✗ 与你预计的不同',
  },
);
