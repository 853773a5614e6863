/** Each point's loss and their sum: the data of one bar in the outlier strip. */
export function lossShares(f: (m: number) => number, margins: readonly number[]): { shares: number[]; total: number } {
  const shares = margins.map((m) => f(m));
  return { shares, total: shares.reduce((sum, s) => sum + s, 0) };
}
