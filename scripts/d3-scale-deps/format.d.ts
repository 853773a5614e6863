/** Stand-ins for d3-format in the browser build (format.js): each throws when called. */
export const format: () => never;
export const formatPrefix: () => never;
export const formatSpecifier: () => never;
export const precisionFixed: () => never;
export const precisionPrefix: () => never;
export const precisionRound: () => never;
