import { preloadable } from './preloadable';

/**
 * The embed view (`?embed=`), a chunk of its own: a page of the site does not download it. An
 * embed's startup requests it beside the shell and waits for it before it hydrates (src/main.tsx).
 */
export const lazyEmbedView = preloadable(() => import('./EmbedView').then((module) => module.EmbedView));
