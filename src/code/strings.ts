import { defineStringsWithPack } from '../i18n/packs';

/** The "Copy as code" button and panel. */
const en = {
  code: 'Code',
  codeTitle: 'Reproduce these numbers in Python',
  codeHelp: 'This snippet prints, labelled, the numbers the panel shows for its current settings, and follows the controls as you move them. Run it with Python 3 and NumPy, or PyTorch.',
  frameworks: 'Framework',
  'framework.numpy': 'NumPy',
  'framework.torch': 'PyTorch',
  codeField: '{framework} code for this panel',
  copyCode: 'Copy code',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Could not copy automatically: the code is selected, press Ctrl+C (⌘C).',
  close: 'Close',
  loading: 'Loading the code…',
  codeFailed: 'The code could not be made: {message}',
  retry: 'Try again',
  snippetNote: 'prints, labelled, the numbers the panel shows for these settings',
};

export type CodeKey = keyof typeof en;

// The Chinese half is in the language pack (src/i18n/zh.strings.ts), loaded when Chinese is chosen.
export const codeStrings = defineStringsWithPack(en, 'code');
