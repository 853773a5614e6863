import { defineStrings } from '../i18n/strings';

/** The "Copy as code" button and panel. */
export const codeStrings = defineStrings(
  {
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
  },
  {
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
  },
);
