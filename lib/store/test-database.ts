import postgres from 'postgres'
import type { StoredArticle } from './publish'

/**
 * A PostgreSQL database of its own for one test file, created on the server
 * `.ci/run` starts (TEST_DATABASE_URL, or the local server with trust or the
 * password CI sets) and dropped after: tests of the store talk to a real
 * server, never a stand-in.
 */
export const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres'

export async function throwawayDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `news_ledge_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} })
  await admin`create database ${admin(name)}`
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      await admin`drop database if exists ${admin(name)} with (force)`
      await admin.end()
    },
  }
}

/** An article of a test's own, made from one of the tests' site's (`template`) with another slug and `change`. */
export const articleLike =
  (template: StoredArticle) =>
  (slug: string, change: Partial<StoredArticle>): StoredArticle => ({ ...template, slug, contentHash: slug, ...change })
