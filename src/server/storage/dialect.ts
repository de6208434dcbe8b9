/** The two storage dialects and the few column types that differ between them. */
export type Dialect = 'sqlite' | 'postgres';

/** Binary column type: SQLite `blob`, PostgreSQL `bytea`. */
export function binaryType(dialect: Dialect): 'blob' | 'bytea' {
  return dialect === 'sqlite' ? 'blob' : 'bytea';
}

/**
 * Floating-point column type: SQLite `real` is 8 bytes, PostgreSQL `real` only 4,
 * so PostgreSQL gets `double precision` to keep the same values on both.
 */
export function floatType(dialect: Dialect): 'real' | 'double precision' {
  return dialect === 'sqlite' ? 'real' : 'double precision';
}
