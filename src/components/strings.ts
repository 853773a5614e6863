import { defineStringsWithPack } from '../i18n/packs';

/** Strings of the shared controls and chart frame. */
const en = {
  invalidNumber: 'Not a number: “{raw}”. Still using {value}.',
  emptyNumber: 'Type a number. Still using {value}.',
  outOfRange: '{raw} is outside {min} … {max}. Still using {value}.',
  downloadSvg: 'SVG',
  downloadPng: 'PNG',
  downloadCsv: 'CSV',
  downloadSvgLabel: 'Download “{title}” as SVG',
  downloadPngLabel: 'Download “{title}” as PNG (2× resolution)',
  downloadCsvLabel: 'Download the data of “{title}” as CSV',
};

export type ControlKey = keyof typeof en;

// The Chinese half is in the language pack (src/i18n/zh.strings.ts), loaded when Chinese is chosen.
export const controlStrings = defineStringsWithPack(en, 'controls');
