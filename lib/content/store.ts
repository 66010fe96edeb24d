import 'server-only'
import { cache } from 'react'
import { connect, type Database } from '../store/database'
import {
  latestPublish,
  readArticleParts,
  readHistoryValue,
  readIndex,
  searchArticles,
  type ExcerptPart,
  type ListFilter,
} from '../store/read'
import { contentSchema } from '../store/schema'
import { storedPost } from '../store/stored-post'
import { watched } from '../store/unavailable'
import { parseRelatedMap } from '../related/map'
import type { RelatedLink } from '../related/types'
import type { ArticleBody } from './article-body'
import { isHistory, type ArticleHistory } from './history'
import type { Post } from './post'
import { contentEnvironment, databaseUrl } from '../environment'

/**
 * The content from PostgreSQL (lib/environment.js says when);
 * lib/content/posts.ts is the only caller, so pages cannot tell which store
 * they read.
 */

let database: Database | undefined
function store(): Database {
  const url = databaseUrl()
  if (!url) throw new Error('This build reads articles from PostgreSQL, but DATABASE_URL is not set where it runs.')
  // A database that does not answer within a few seconds is down, as far as a reader waiting for a page is concerned.
  database ??= connect(url, contentSchema(contentEnvironment()), { connectTimeout: 5 })
  return database
}

/** How often a server asks whether a publish has happened since it last read the index. */
const RECHECK_MS = 10_000

type StoredIndex = { publish: string | null; posts: readonly Post[] }

async function load(previous: StoredIndex | undefined): Promise<StoredIndex> {
  const db = store()
  const publish = await watched(() => latestPublish(db))
  if (previous && previous.publish === publish) return previous
  const posts = (await watched(() => readIndex(db))).map((meta) => {
    const post = storedPost(meta)
    if (!post) throw new Error('An article in the database is not of the shape this site reads: run `npm run db:publish`.')
    return post
  })
  return { publish, posts }
}

let index: Promise<StoredIndex> | undefined
let checkedAt = 0

/**
 * Every article the store holds for this environment, with a key that
 * changes when a publish changes them. Read once, then again only when a
 * publish has happened since (asked every few seconds at most, once for all
 * requests). If the database cannot answer, the last index read is kept;
 * with none yet, the error goes to the page and the next request tries again.
 */
export async function readStoredIndex(): Promise<{ key: string; posts: readonly Post[] }> {
  if (!index || Date.now() - checkedAt >= RECHECK_MS) {
    checkedAt = Date.now()
    const previous = index
    const next = (async () => {
      const before = await previous?.catch(() => undefined)
      try {
        return await load(before)
      } catch (error) {
        if (before) return before
        throw error
      }
    })()
    index = next
    next.catch(() => {
      if (index === next) index = undefined
    })
  }
  const { publish, posts } = await index
  return { key: `publish ${publish ?? 'none'}`, posts }
}

/**
 * An article's body and related list, read in one query however many parts of one render ask
 * (React's cache() keeps it for that render): a page on a cache miss waits on the database once.
 */
const readParts = cache(async (slug: string) => {
  const parts = await watched(() => readArticleParts(store(), slug))
  if (!parts) throw new Error(`The article ${slug} is not in the database: was \`npm run db:publish\` run by this build?`)
  return parts
})

export async function readStoredBody(slug: string): Promise<ArticleBody> {
  const { code, raw } = await readParts(slug)
  return { code, raw }
}

export async function readStoredHistory(slug: string): Promise<ArticleHistory | null> {
  const value = await watched(() => readHistoryValue(store(), slug))
  return isHistory(value) ? value : null
}

export async function readStoredRelated(slug: string): Promise<RelatedLink[]> {
  return parseRelatedMap({ [slug]: (await readParts(slug)).related ?? [] })[slug] ?? []
}

export type StoredSearch = { filter: ListFilter; newest: boolean; limit: number; offset: number }

/** A reader's search, answered by PostgreSQL's full-text search at this moment (lib/store/read.ts searchArticles). */
export async function searchStored(
  words: string,
  { filter, newest, limit, offset }: StoredSearch,
): Promise<{ results: { post: Post; excerpt: ExcerptPart[] }[]; total: number }> {
  const moment = { environment: contentEnvironment(), now: new Date() }
  const { hits, total } = await watched(() =>
    searchArticles(store(), moment, words, { filter, newest, limit, offset }),
  )
  const results = hits.flatMap(({ meta, excerpt }) => {
    const post = storedPost(meta)
    return post ? [{ post, excerpt }] : []
  })
  return { results, total }
}
