import type { SQL } from 'drizzle-orm';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';

const dialect = new SQLiteAsyncDialect();

/** A statement for {@link atomicBatch}: drizzle's `sql` or any query builder. */
export type BatchStatement = SQL | { toSQL(): { sql: string; params: unknown[] } };

/**
 * Runs statements as one D1 batch, which D1 applies atomically: all of them or none. Written
 * against the D1 session itself because drizzle's own batch cannot take raw `sql` statements
 * with parameters, which the conditional writes need.
 */
export async function atomicBatch(
  d1: D1DatabaseSession,
  statements: readonly BatchStatement[],
): Promise<D1Result[]> {
  const prepared = statements.map((statement) => {
    const query = 'toSQL' in statement ? statement.toSQL() : dialect.sqlToQuery(statement);
    return d1.prepare(query.sql).bind(...query.params);
  });
  return d1.batch(prepared);
}
