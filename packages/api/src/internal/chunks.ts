/**
 * D1 binds at most 100 parameters per statement, so a multi-row insert must be split into
 * statements of at most this many rows for a table with `columns` columns.
 */
export function rowsPerInsert(columns: number): number {
  return Math.floor(100 / columns);
}

/** `items` cut into consecutive runs of at most `size`, in order. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const runs: T[][] = [];
  for (let index = 0; index < items.length; index += size) {
    runs.push(items.slice(index, index + size));
  }
  return runs;
}
