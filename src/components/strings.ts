import { defineStrings } from '../i18n/strings';

/** Strings of the shared controls and chart frame. */
export const controlStrings = defineStrings(
  {
    invalidNumber: 'Not a number: “{raw}”. Still using {value}.',
    emptyNumber: 'Type a number. Still using {value}.',
    outOfRange: '{raw} is outside {min} … {max}. Still using {value}.',
    downloadSvg: 'SVG',
    downloadPng: 'PNG',
    downloadCsv: 'CSV',
    downloadSvgLabel: 'Download “{title}” as SVG',
    downloadPngLabel: 'Download “{title}” as PNG (2× resolution)',
    downloadCsvLabel: 'Download the data of “{title}” as CSV',
  },
  {
    invalidNumber: '不是数字：“{raw}”。仍使用 {value}。',
    emptyNumber: '请输入数字。仍使用 {value}。',
    outOfRange: '{raw} 超出范围 {min} … {max}。仍使用 {value}。',
    downloadSvg: 'SVG',
    downloadPng: 'PNG',
    downloadCsv: 'CSV',
    downloadSvgLabel: '将“{title}”下载为 SVG',
    downloadPngLabel: '将“{title}”下载为 PNG（2 倍分辨率）',
    downloadCsvLabel: '将“{title}”的数据下载为 CSV',
  },
);
