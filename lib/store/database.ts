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
 * no native parts to install. It works behind a transaction-mode pooler
 * (Neon's pooled URL, which Vercel's integration sets), which hands each
 * transaction whichever server connection is free and keeps no session
 * setting: `prepare: false`, every table named with its schema (`table`), never
 * the connection's search_path, and settings only for one transaction.
 *
 * And every query outside a transaction binds at least one value. Without
 * prepared statements the client asks for a query's parameter types before it
 * sends their values, and sends nothing else on that connection meanwhile; but
 * it sends a query with no values and then the next one at once, and a pooler
 * may end the first's turn on a server connection between the second's two
 * halves: its values then reach a server that did not read it
 * (`lib/store/pooler.test.ts` saw a slug bound as a date; Supabase documents
 * the same for its pooler and postgres.js). A query with nothing to bind says
 * `where ${true}`.
 */
export type Database = { sql: Sql; schema: string }

/** A table of the database's schema, named in full (`"production"."articles"`). */
export const table = (
  { sql, schema }: Database,
  name:
    | 'articles'
    | 'staged_articles'
    | 'publishes'
    | 'schema_migrations'
    | 'site_tables'
    | 'search_rows'
    | 'list_rows'
    | 'note_rows'
    | 'related_frequencies'
    | 'related_champions'
    | 'related_epoch'
    | 'related_recent'
    | 'list_counts',
) => sql(`${schema}.${name}`)

export function connect(url: string, schema: string, { max = 4, connectTimeout = 30 } = {}): Database {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`"${schema}" is not a schema name the store uses`)
  const sql = postgres(url, {
    max,
    // Seconds to wait for a connection: pages wait less than build scripts (lib/content/store.ts).
    connect_timeout: connectTimeout,
    prepare: false,
    onnotice: () => {},
    connection: { application_name: 'news-ledge' },
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
export async function migrate(db: Database): Promise<string[]> {
  const { sql, schema } = db
  const done = table(db, 'schema_migrations')
  await sql`create schema if not exists ${sql(schema)}`
  await sql`create table if not exists ${done} (name text primary key, applied_at timestamptz not null default now())`
  const applied: string[] = []
  for (const migration of migrations()) {
    await sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(hashtext(${schema}))`
      const [already] = await tx`select 1 from ${done} where name = ${migration.name}`
      if (already) return
      // Migrations name tables as written (`articles`): for this transaction only, they are the schema's.
      await tx`select set_config('search_path', ${schema}, true)`
      await tx.unsafe(migration.text)
      await tx`insert into ${done} (name) values (${migration.name})`
      applied.push(migration.name)
    })
  }
  return applied
}
