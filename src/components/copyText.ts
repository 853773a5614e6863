/**
 * Copies text to the clipboard. The async Clipboard API needs a secure context and permission
 * (often missing inside iframes), so fall back to selecting the text in `fallbackField` and the
 * legacy copy command. Returns whether the text is known to be on the clipboard.
 */
export async function copyText(text: string, fallbackField?: HTMLTextAreaElement | HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through
  }
  if (fallbackField) {
    fallbackField.focus();
    fallbackField.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
  return false;
}
