import 'server-only'
import { cache } from 'react'
import { connect, type Database } from '../store/database'
import {
  latestPublish,
  readArticleParts,
  readArticlesBySlug,
  readEventualCategories,
  readHistoryValue,
  readListItems,
  readNextGoLive,
  readNotes,
  searchArticles,
  type ArticleRow,
  type ExcerptPart,
  type ListFilter,
  type Moment,
} from '../store/read'
import { readListCounts, type ListCount } from '../store/list-counts'
import { contentSchema } from '../store/schema'
import { storedPost } from '../store/stored-post'
import { watched } from '../store/unavailable'
import { parseRelatedMap } from '../related/map'
import type { RelatedLink } from '../related/types'
import type { ArticleBody } from './article-body'
import { sectionName, type Audience, type Catalog, type ListScope, type Lists, type ListSummary } from './catalog'
import { isHistory, type ArticleHistory } from './history'
import type { Post } from './post'
import { getSiteSections } from './sections'
import { compareSlugs } from './snapshot'
import { contentEnvironment, databaseUrl } from '../environment'

/**
 * The content from PostgreSQL (lib/environment.js says when); lib/content/posts.ts is the only caller, so
 * pages cannot tell which store they read. Every question is a query bounded by what one page shows
 * (lib/store/read.ts): no server holds the archive. The lists' counts, which every page's header and
 * each list's page count read, are kept between requests until a publish or an article's go-live time
 * changes them.
 */

let database: Database | undefined
function store(): Database {
  const url = databaseUrl()
  if (!url) throw new Error('This build reads articles from PostgreSQL, but DATABASE_URL is not set where it runs.')
  // A database that does not answer within a few seconds is down, as far as a reader waiting for a page is concerned.
  database ??= connect(url, contentSchema(contentEnvironment()), { connectTimeout: 5 })
  return database
}

const environment = contentEnvironment()
const momentFor = (audience: Audience): Moment => ({
  environment: audience === 'published' ? 'production' : environment,
  now: new Date(),
})

function post(row: ArticleRow): Post {
  const found = storedPost(row.meta)
  if (!found) throw new Error(`The article ${row.slug} in the database is not of the shape this site reads: run \`npm run db:publish\`.`)
  return found
}

function filterOf(scope: ListScope): ListFilter | null {
  switch (scope.kind) {
    case 'home':
      return {}
    case 'tag':
      return { tag: scope.slug }
    case 'author':
      return { author: scope.slug }
    case 'section': {
      const category = sectionName(scope.slug)
      return category === undefined ? null : { category }
    }
    case 'archive':
      return { year: scope.year, ...(scope.month === undefined ? {} : { month: scope.month }) }
    case 'corrected':
      return { corrected: true }
  }
}

/** How often a server asks whether a publish has happened since it last read the lists' counts. */
const RECHECK_MS = 10_000
let publish: { checkedAt: number; id: Promise<string | null> } | undefined
/** The last publish's id, asked at most every few seconds for all requests; the last answer stands while the database is down. */
function lastPublish(): Promise<string | null> {
  if (!publish || Date.now() - publish.checkedAt >= RECHECK_MS) {
    const previous = publish?.id
    const id = watched(() => latestPublish(store())).catch((error: unknown) => {
      if (previous) return previous
      throw error
    })
    publish = { checkedAt: Date.now(), id }
    id.catch(() => {
      if (publish?.id === id) publish = undefined
    })
  }
  return publish.id
}

const summary = ({ slug, name, count, lastModified }: ListCount): ListSummary => ({
  slug,
  name,
  count,
  lastModified: lastModified?.toISOString() ?? null,
})

async function readLists(audience: Audience): Promise<{ lists: Lists; until: number }> {
  const db = store()
  const moment = momentFor(audience)
  const [counts, next] = await watched(() => Promise.all([readListCounts(db, moment), readNextGoLive(db, moment.now)]))
  const sections = new Map(counts.sections.map((row) => [row.slug, row]))
  const lists: Lists = {
    // In the files' order (lib/content/snapshot.ts), sorted here so that both stores order ties alike.
    tags: counts.tags.map(summary).sort((a, b) => b.count - a.count || compareSlugs(a.slug, b.slug)),
    authors: counts.authors.map(summary).sort((a, b) => compareSlugs(a.slug, b.slug)),
    sections: getSiteSections().flatMap(({ name, slug }) => {
      const row = sections.get(name)
      return row ? [{ ...summary(row), slug }] : []
    }),
    months: counts.months.map(({ year, month, count, lastModified }) => ({
      year,
      month,
      count,
      lastModified: lastModified?.toISOString() ?? null,
    })),
  }
  return { lists, until: next?.getTime() ?? Infinity }
}

const listsMade = new Map<Audience, { publish: string | null; until: number; lists: Promise<Lists> }>()
/** The lists' counts, read again after a publish or once the next scheduled article's time has come. */
async function lists(audience: Audience): Promise<Lists> {
  const id = await lastPublish()
  const made = listsMade.get(audience)
  if (made && made.publish === id && Date.now() < made.until) return made.lists
  const reading = readLists(audience)
  const entry = { publish: id, until: Infinity, lists: reading.then((read) => read.lists) }
  listsMade.set(audience, entry)
  reading.then(
    (read) => {
      entry.until = read.until
    },
    () => {
      // Nothing to keep: the next request asks again (the error went to this one's page).
      if (listsMade.get(audience) === entry) listsMade.delete(audience)
    },
  )
  return entry.lists
}

/** An article a page asks for, read once however many parts of one render ask (React's cache()). */
const visiblePost = cache(async (slug: string): Promise<Post | undefined> => {
  const [row] = await watched(() => readArticlesBySlug(store(), momentFor('visible'), [slug]))
  return row ? post(row) : undefined
})

export const storeCatalog: Catalog = {
  post: visiblePost,
  async posts(slugs, audience) {
    if (slugs.length === 0) return []
    return (await watched(() => readArticlesBySlug(store(), momentFor(audience), slugs))).map(post)
  },
  async items(scope, audience, { offset, limit, oldestFirst }) {
    const filter = filterOf(scope)
    if (filter === null || limit <= 0) return []
    const rows = await watched(() =>
      readListItems(store(), momentFor(audience), filter, { offset, limit, ...(oldestFirst ? { oldestFirst } : {}) }),
    )
    return rows.map(post)
  },
  lists,
  async notes(audience, range) {
    const { rows, total } = await watched(() => readNotes(store(), momentFor(audience), range))
    return {
      // The note is the article's own (its anchor on the page is its place among them).
      notes: rows.flatMap((row) => {
        const article = post(row)
        const note = article.corrections[row.position - 1]
        return note ? [{ post: article, note }] : []
      }),
      total,
    }
  },
  async eventualSections() {
    const sections = getSiteSections()
    const names = sections.map(({ name }) => name)
    const present = new Set(await watched(() => readEventualCategories(store(), environment, names)))
    return sections.filter(({ name }) => present.has(name)).map(({ slug }) => slug)
  },
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
