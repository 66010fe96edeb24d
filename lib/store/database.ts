import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import postgres, { type Sql } from 'postgres'

/**
 * The PostgreSQL side of the content store: one connection pool per schema.
 * Each environment has its own schema (lib/store/schema.ts), so a preview
 * build's rows, drafts included, are in tables production never reads.
 *
 * `postgres` (porsager/postgres): queries are tagged templates whose values
 * are always sent as parameters, rows come back as plain objects, and it has
 * no native parts to install. `prepare: false` keeps it working behind a
 * transaction-mode pooler (Neon's pooled URL, which Vercel's integration sets).
 */
export type Database = { sql: Sql; schema: string }

export function connect(url: string, schema: string, { max = 4, connectTimeout = 30 } = {}): Database {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`"${schema}" is not a schema name the store uses`)
  const sql = postgres(url, {
    max,
    // Seconds to wait for a connection: pages wait less than build scripts (lib/content/store.ts).
    connect_timeout: connectTimeout,
    prepare: false,
    onnotice: () => {},
    connection: { search_path: schema, application_name: 'news-ledge' },
  })
  return { sql, schema }
}

/** The migrations kept in the repository, in the order of their names (0001_…, 0002_…); read by build scripts. */
export function migrations(): { name: string; text: string }[] {
  const migrationsDir = path.join(import.meta.dirname, 'migrations')
  return readdirSync(migrationsDir)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(migrationsDir, name), 'utf8') }))
}

/**
 * Brings the schema up to the newest migration, each in its own transaction,
 * and says which it applied. Two builds migrating at once take turns (an
 * advisory lock per schema), and a migration that fails leaves the schema as
 * it was before it.
 */
export async function migrate({ sql, schema }: Database): Promise<string[]> {
  await sql`create schema if not exists ${sql(schema)}`
  await sql`create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())`
  const applied: string[] = []
  for (const migration of migrations()) {
    await sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(hashtext(${schema}))`
      const [done] = await tx`select 1 from schema_migrations where name = ${migration.name}`
      if (done) return
      await tx.unsafe(migration.text)
      await tx`insert into schema_migrations (name) values (${migration.name})`
      applied.push(migration.name)
    })
  }
  return applied
}
