/** The two storage dialects and the few column types that differ between them. */
export type Dialect = 'sqlite' | 'postgres';

/** Binary column type: SQLite `blob`, PostgreSQL `bytea`. */
export function binaryType(dialect: Dialect): 'blob' | 'bytea' {
  return dialect === 'sqlite' ? 'blob' : 'bytea';
}
