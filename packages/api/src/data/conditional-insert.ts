import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

/**
 * `INSERT INTO table (…) SELECT <row> WHERE <condition>`: one statement that writes the row
 * only if the condition holds when it runs. D1 runs each statement atomically, so the check
 * and the write cannot be separated by a concurrent request. Run it with `atomicBatch`.
 */
export function insertWhere<T extends SQLiteTable>(
  table: T,
  row: T['$inferInsert'],
  condition: SQL,
) {
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const keys = Object.keys(row).filter((key) => row[key as keyof typeof row] !== undefined);
  const names = keys.map((key) => sql.identifier(columns[key]!.name));
  const values = keys.map((key) => {
    const value = row[key as keyof typeof row] as unknown;
    // JSON columns are written as text, as drizzle would.
    return sql`${typeof value === 'object' && value !== null ? JSON.stringify(value) : value}`;
  });
  return sql`
    INSERT INTO ${table} (${sql.join(names, sql`, `)})
    SELECT ${sql.join(values, sql`, `)}
    WHERE ${condition}`;
}
