/**
 * Whether a click on a link is a plain one (main button, no modifier), which the app may handle in
 * place; a modified click (new tab, new window, download) is left to the browser.
 */
export function isPlainClick(event: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean }): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
