/**
 * The fewest edits (insert, delete, substitute, or swap two neighbours: "untied" → "united")
 * that turn `query` into `target` or a prefix of it; null beyond `max`. A prefix may be at most
 * one letter shorter than the query, so dropping its last letters is no match ("frnace" is not
 * "face…"). Optimal string alignment, rows cut to `query.length + max` letters of the target.
 */
export function prefixEditDistance(query: string, target: string, max: number): number | null {
  const m = query.length;
  const n = Math.min(target.length, m + max);
  let before: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = query[i - 1] === target[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && query[i - 1] === target[j - 2] && query[i - 2] === target[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    // Every cell of the next row comes from this row or, by a swap, the last one plus 1.
    if (rowMin > max) return null;
    [before, prev] = [prev, row];
  }
  const ends = prev.slice(Math.max(0, m - 1));
  if (n === target.length) ends.push(prev[n]!);
  const best = Math.min(...ends);
  return best <= max ? best : null;
}
