import { defineStrings } from '../i18n/strings';

/** Strings of the charts' readouts (hover, tap and keyboard). */
export const chartStrings = defineStrings(
  {
    readoutHint: '{label}. Point, tap, or use the arrow keys to read the values.',
    readoutTitle: '{axis} = {value}',
  },
  {
    readoutHint: '{label}。指向、轻触或用方向键读取数值。',
    readoutTitle: '{axis} = {value}',
  },
);
