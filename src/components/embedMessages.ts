/*
 * What an embed tells the page around it. Course platforms already listen for their own resize
 * messages, so the embed speaks each of them, from one place (postHeights):
 *
 * - Loss Lab's own `{ type: 'loss-lab:height', height }`, read by public/embed.js;
 * - Canvas and other LTI hosts: `{ subject: 'lti.frameResize', height }`, posted to the parent as an
 *   object, as Canvas documents (its listener also parses JSON strings; an object is what it reads
 *   first). Canvas finds the iframe by the message's source window and sets its height;
 * - WordPress's embed protocol, only when the page was loaded with WordPress's `#?secret=…`
 *   fragment: `{ message: 'height', value, secret }` (wp-embed.js clamps it to 200…1000 px), a
 *   fresh height whenever the host says `{ message: 'ready', secret }`, and `{ message: 'link',
 *   value, secret }` for the "Open in Loss Lab" link (WordPress sandboxes the iframe without
 *   allow-popups, so the host page navigates instead).
 *
 * Each listener ignores the others' messages (no `type`, no `subject`, no `secret`).
 */

/** Loss Lab's own height message type, read by public/embed.js. */
export const HEIGHT_MESSAGE_TYPE = 'loss-lab:height';
/** The LTI resize subject Canvas (and Sakai and other LTI hosts) listen for. */
export const LTI_RESIZE_SUBJECT = 'lti.frameResize';

/**
 * WordPress's secret from the fragment it appends to an embed's src (`#?secret=abc123`): only
 * letters and digits, as wp-embed.js accepts; anything else is no secret.
 */
export function wordpressSecret(hash: string): string | null {
  const match = /^#\?(?:[^#]*&)?secret=([a-zA-Z0-9]{1,64})(?:&|$)/.exec(hash);
  return match ? match[1] : null;
}

export type EmbedMessage =
  | { type: typeof HEIGHT_MESSAGE_TYPE; height: number }
  | { subject: typeof LTI_RESIZE_SUBJECT; height: number }
  | { message: 'height' | 'link'; value: number | string; secret: string };

/** Every message that reports `height` (whole CSS pixels): Loss Lab's, LTI's, and WordPress's when there is a secret. */
export function heightMessages(height: number, secret: string | null): EmbedMessage[] {
  const messages: EmbedMessage[] = [
    { type: HEIGHT_MESSAGE_TYPE, height },
    { subject: LTI_RESIZE_SUBJECT, height },
  ];
  if (secret) messages.push({ message: 'height', value: height, secret });
  return messages;
}

/** WordPress's request to open `href` in the top window (the host checks the host name and that the iframe has focus). */
export function linkMessage(href: string, secret: string): EmbedMessage {
  return { message: 'link', value: href, secret };
}

/** Secrets a WordPress host handed over in its `ready` message, for an iframe whose src had none. */
const adopted = new WeakMap<Window, string>();

/**
 * The WordPress secret of this embed: from the fragment, or (when wp-embed.js appended it to an
 * iframe that had already loaded) the one its host sent with `ready`. Null when not under WordPress.
 */
export function embedSecret(win: Window): string | null {
  return wordpressSecret(win.location.hash) ?? adopted.get(win) ?? null;
}

/**
 * Posts `element`'s height to the parent window in every format above, once now and whenever it
 * changes (a ResizeObserver; an unchanged height is not posted again, so a host that sizes the
 * iframe to it settles instead of looping), and again when a WordPress host says it is ready
 * (whose secret it adopts if the src had none: only that parent receives the messages anyway).
 * Nothing is posted by a page that is not in a frame. Returns the function that stops it.
 */
export function postHeights(win: Window, element: Element): () => void {
  if (win.parent === win || typeof ResizeObserver === 'undefined') return () => {};
  let last = 0;
  const post = (again: boolean) => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height <= 0 || (height === last && !again)) return;
    last = height;
    for (const message of heightMessages(height, embedSecret(win))) win.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(() => post(false));
  observer.observe(element);
  const onMessage = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (event.source !== win.parent || typeof data !== 'object' || data === null) return;
    const { message, secret: theirs } = data as { message?: unknown; secret?: unknown };
    if (message !== 'ready' || typeof theirs !== 'string' || !/^[a-zA-Z0-9]{1,64}$/.test(theirs)) return;
    const ours = embedSecret(win);
    if (ours !== null && ours !== theirs) return;
    if (ours === null) adopted.set(win, theirs);
    post(true);
  };
  win.addEventListener('message', onMessage);
  post(false);
  return () => {
    observer.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
