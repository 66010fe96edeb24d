import 'server-only'
import problemsJson from '@/.contentlayer/content-problems.json'
import savedArticles from '@/.contentlayer/saved-articles.json'
import { readArticleBody, type ArticleBody } from './article-body'
import { readHistory, type ArticleHistory } from './history'
import type { Post } from './post'
import { contentStore } from '../environment'
import { readSavedFrontMatter } from './saved-front-matter'
import { parseProblems, type ContentProblem } from '../checks/problems'
import { parseRelatedMap } from '../related/map'
import type { RelatedLink, RelatedMap } from '../related/types'
import type { SearchQuery } from '@/components/search-form'
import type { ExcerptPart } from '../store/read'
import { siteConfig } from '../site'
import { slugify } from '../urls'
import {
  contentSnapshot,
  type ArchiveMonth as SnapshotMonth,
  type Author as SnapshotAuthor,
  type ContentSnapshot,
  type Section as SnapshotSection,
  type Tag as SnapshotTag,
} from './snapshot'
import { contentEnvironment, isPublished } from './visibility'

/**
 * The only module pages read content through. Pages ask it, never
 * `.contentlayer/` or the database, so visibility rules apply everywhere at
 * once and no page can tell which store it reads.
 *
 * Two stores (lib/environment.js says which): the content build's files, whose
 * metadata index is bundled and whose bodies are read from disk when a page
 * renders (docs/performance.md), or PostgreSQL, where `npm run db:publish`
 * wrote every article and from which the index is read at render time, again
 * after each publish (lib/content/store.ts), so a deploy's size does not grow
 * with the archive.
 */
export type { ArticleBody, Post }

const environment = contentEnvironment()

type Snapshot = ContentSnapshot<Post>
type Tag = SnapshotTag<Post>
type Author = SnapshotAuthor<Post>
type Section = SnapshotSection<Post>
type ArchiveMonth = SnapshotMonth<Post>

/** Every article of the store, drafts and scheduled ones too, with a key that changes when they do. */
async function articles(): Promise<{ key: string; posts: readonly Post[] }> {
  // Each choice of store is spelled out (not lib/environment.js contentStore()) so that Next inlines the value and
  // drops the other branch: a build on one store carries no code or data of the other.
  if (process.env.CONTENT_STORE === 'postgres') {
    const { readStoredIndex } = await import('./store')
    return readStoredIndex()
  }
  const { default: posts } = await import('@/.contentlayer/post-index.json')
  return { key: 'files', posts }
}

// Visibility is decided when a page renders, not when the server starts: a
// scheduled article goes live at its minute on a server that has run for
// days, and pages revalidate every minute (app/layout.tsx) to pick it up.
// What is visible changes only when the clock passes an article's time (or a
// publish changes the articles), so the snapshot is rebuilt then, and reused in between.
let goLive: { key: string; times: number[] } | undefined
/** How many articles' times have passed: with the store's key, the snapshot's key. */
function epoch(key: string, posts: readonly Post[], now: Date): number {
  if (goLive?.key !== key) {
    const times = [...new Set(posts.filter((post) => !post.draft).map((post) => Date.parse(post.date)))]
    goLive = { key, times: times.sort((a, b) => a - b) }
  }
  const { times } = goLive
  let low = 0
  let high = times.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((times[mid] ?? Infinity) <= now.getTime()) low = mid + 1
    else high = mid
  }
  return low
}
let cached: { key: string; epoch: number; snapshot: Snapshot } | undefined
async function current(): Promise<Snapshot> {
  const { key, posts } = await articles()
  const now = new Date()
  const at = epoch(key, posts, now)
  if (cached?.key !== key || cached.epoch !== at) {
    cached = { key, epoch: at, snapshot: contentSnapshot(posts, environment, now) }
  }
  return cached.snapshot
}

let eventual: { key: string; snapshot: Snapshot } | undefined
/**
 * The sections this build will show once its scheduled articles are live.
 * Section fronts and feeds are prerendered from it, so a section that only a
 * scheduled article has already has its page (answering 404 until the
 * article's time); the page decides what to show when it renders. Tag,
 * author and archive pages render on first request instead; in production
 * proxy.ts answers a list that only a draft or a not-yet-live article has
 * with the 404 page until that article's time (lib/content/list-pages.ts).
 */
export async function getEventualIndex(): Promise<Pick<Snapshot, 'sections'>> {
  const { key, posts } = await articles()
  if (eventual?.key !== key) eventual = { key, snapshot: contentSnapshot(posts, environment, new Date(8.64e15)) }
  return eventual.snapshot
}

/** Articles a reader may see now, newest first (drafts and scheduled ones too on previews and in development). */
export async function getPosts(): Promise<readonly Post[]> {
  return (await current()).visible
}

/**
 * Published articles only, even on previews: feeds are read by apps that
 * keep what they fetched, so a draft must never reach one.
 */
export async function getPublishedPosts(): Promise<readonly Post[]> {
  return (await current()).published
}

/** The newest articles, which the build prerenders; older ones render on first request. */
export async function getPrerenderedPosts(): Promise<readonly Post[]> {
  return (await current()).visible.slice(0, siteConfig.prerenderArticles)
}

/**
 * Under `npm run dev`: whether the article was saved since the server
 * started, so that its page shows the file as saved. The content check's
 * watcher lists those articles in .contentlayer/saved-articles.json on every
 * save; importing it is also what makes the dev server refresh open pages then.
 */
const savedInDev = (post: Post) =>
  process.env.NODE_ENV === 'development' && savedArticles[post._raw.sourceFilePath] !== undefined

/**
 * The article with this slug, if visible. Under `npm run dev`, an article
 * saved since the server started carries its front matter as saved
 * (lib/content/saved-front-matter.ts), so a new headline shows at once.
 */
export async function getPost(slug: string): Promise<Post | undefined> {
  const post = (await current()).bySlug.get(slug)
  if (post && savedInDev(post)) {
    const saved = readSavedFrontMatter(post._raw.sourceFilePath)
    if (saved) return { ...post, ...saved }
  }
  return post
}

/**
 * Published articles by slug at this moment, for resolving many links at
 * once without waiting on each (the <Related> cards of a feed's articles).
 */
export async function getPublishedLookup(): Promise<(slug: string) => Post | undefined> {
  const { bySlug, now } = await current()
  return (slug) => {
    const post = bySlug.get(slug)
    return post && isPublished(post, now) ? post : undefined
  }
}

/**
 * The article's compiled MDX and its source, read from the content build.
 *
 * Under `npm run dev`, an article saved since the server started is compiled
 * from its file as saved (lib/content/article-source.ts), so an edit shows
 * at once instead of after Contentlayer has rewritten the archive's data.
 */
export async function getArticleBody(post: Post): Promise<ArticleBody> {
  if (savedInDev(post)) {
    // Imported only here: production bundles carry neither the file reading nor MDX's compiler.
    const { readArticleSource } = await import('./article-source')
    const body = await readArticleSource(post)
    if (body) return body
  }
  if (process.env.CONTENT_STORE !== 'postgres') return readArticleBody(post)
  // Imported only here: a build that reads files loads no database client.
  const { readStoredBody } = await import('./store')
  return readStoredBody(post.slug)
}

/** The versions readers have seen of the article (lib/history/build.ts), or null when the build had none. */
export async function getArticleHistory(post: Post): Promise<ArticleHistory | null> {
  if (process.env.CONTENT_STORE !== 'postgres') return readHistory(post.slug)
  const { readStoredHistory } = await import('./store')
  return readStoredHistory(post.slug)
}

/** True when the article is shown only because this is a preview or dev build. */
export function isUnpublished(post: Post): boolean {
  return !isPublished(post, new Date())
}

export async function getPostsByTag(slug: string): Promise<readonly Post[]> {
  return (await current()).tagsBySlug.get(slug)?.posts ?? []
}

/** Every tag on a visible article, by slug, with the spelling editors used first; most used first. */
export async function getTags(): Promise<readonly Readonly<Tag>[]> {
  return (await current()).tags
}

export async function getTag(slug: string): Promise<Readonly<Tag> | undefined> {
  return (await current()).tagsBySlug.get(slug)
}

/** Every author of a visible article, by slug, with their articles newest first. */
export async function getAuthors(): Promise<readonly Readonly<Author>[]> {
  return (await current()).authors
}

export async function getAuthor(slug: string): Promise<Readonly<Author> | undefined> {
  return (await current()).authorsBySlug.get(slug)
}

/** Sections with visible articles, each with its articles newest first. */
export async function getSections(): Promise<readonly Readonly<Section>[]> {
  return (await current()).sections
}

export async function getSection(slug: string): Promise<Readonly<Section> | undefined> {
  return (await current()).sections.find((section) => section.slug === slug)
}

/** Every month with visible articles, newest first. */
export async function getArchiveMonths(): Promise<readonly Readonly<ArchiveMonth>[]> {
  return (await current()).months
}

export type SiteCorrection = { post: Post; note: Post['corrections'][number] }

/** Every correction, clarification and update on a published article, newest first, for /corrections and its feed. */
export async function getCorrections(): Promise<SiteCorrection[]> {
  const { published } = await current()
  return published
    .flatMap((post) => post.corrections.map((note) => ({ post, note })))
    .sort((a, b) => Date.parse(b.note.date) - Date.parse(a.note.date) || a.post.slug.localeCompare(b.post.slug))
}

/** The ranked related list the content build made for an article (lib/related), before visibility. */
async function relatedLinks(slug: string): Promise<RelatedLink[]> {
  if (process.env.CONTENT_STORE === 'postgres') {
    const { readStoredRelated } = await import('./store')
    return readStoredRelated(slug)
  }
  const { default: related } = await import('@/.contentlayer/related.json')
  relatedMap ??= parseRelatedMap(related)
  return relatedMap[slug] ?? []
}
let relatedMap: RelatedMap | undefined

export type RelatedPost = { post: Post; reason: string | null }

/** The ranked related list of an article, without anything this build hides. */
export async function getRelatedPosts(post: Post): Promise<RelatedPost[]> {
  const { bySlug, now } = await current()
  const links = await relatedLinks(post.slug)
  return links
    .flatMap(({ slug, reason }) => {
      const related = bySlug.get(slug)
      return related && isPublished(related, now) ? [{ post: related, reason }] : []
    })
    .slice(0, siteConfig.related.limit)
}

export type SearchResult = { post: Post; excerpt: ExcerptPart[] }

/** Whether the store answers searches on the server (PostgreSQL); otherwise readers' browsers search the files' Pagefind index. */
export const searchesOnServer = () => contentStore() === 'postgres'

/**
 * Page `page` of a reader's search (words, section, topic, order), with how
 * many articles match in all, answered by the store on the server; null
 * where the store cannot (the files' search runs in the browser, app/search).
 * Visibility is decided when asked, so a scheduled article is found from its minute.
 */
export async function searchPosts(
  query: SearchQuery,
  page: number,
): Promise<{ results: SearchResult[]; total: number; perPage: number } | null> {
  if (process.env.CONTENT_STORE !== 'postgres' || !query.q) return null
  const { searchStored } = await import('./store')
  const perPage = siteConfig.searchResultsPerPage
  const filter = {
    ...(query.section ? { category: query.section } : {}),
    ...(query.tag ? { tag: slugify(query.tag) } : {}),
  }
  const found = await searchStored(query.q, {
    filter,
    newest: query.sort === 'newest',
    limit: perPage,
    offset: (page - 1) * perPage,
  })
  return { ...found, perPage }
}

/**
 * What `npm run check:content -- --watch` last found wrong in the content, so
 * the dev server can show it on the page. Always empty in a build that passed.
 */
export function getContentProblems(): ContentProblem[] {
  return parseProblems(problemsJson)
}
