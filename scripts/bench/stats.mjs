// Small statistics helpers shared by the bench's parts.
export const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Nearest-rank percentile (p in 0…100). */
export const percentile = (xs, p) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};

export const ratio = (value, reference) => (typeof value === 'number' && typeof reference === 'number' && reference > 0 ? value / reference : null);

export const growth = (before, after) => (typeof before === 'number' && typeof after === 'number' && before > 0 ? (after - before) / before : null);
