import 'server-only'
import problemsJson from '@/.contentlayer/content-problems.json'
import savedArticles from '@/.contentlayer/saved-articles.json'
import frontPageChoices from '@/.contentlayer/front-page.json'
import sitePages from '@/.contentlayer/site-pages.json'
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
  filesCatalog,
  scopeCount,
  type Catalog,
  type ListScope,
  type ListSummary,
  type MonthSummary,
  type SiteCorrection,
} from './catalog'
import { pageCount, pageOf, type Page } from './pagination'
import { composeFrontPage, SECTION_STORIES, standingChoices, TOP_STORIES } from './front-page'
import { SITE_PAGES, type SitePage, type SitePageSlug } from './site-pages'
import { contentEnvironment, isPublished } from './visibility'

/**
 * The only module pages read content through. Pages ask it, never
 * `.contentlayer/` or the database, so visibility rules apply everywhere at
 * once and no page can tell which store it reads.
 *
 * Two stores (lib/environment.js says which), each answering what pages ask
 * (lib/content/catalog.ts) with no more than one page shows: the content
 * build's files, whose metadata index is bundled and whose bodies are read
 * from disk when a page renders (docs/performance.md), or PostgreSQL, where
 * `npm run db:publish` wrote every article and which answers each list page,
 * feed and sitemap file with a query of its own (lib/content/store.ts), so
 * neither a deploy nor a server grows with the archive.
 */
export type { ArticleBody, Post }
export type { ListScope, ListSummary, MonthSummary, SiteCorrection }

const environment = contentEnvironment()

let chosen: Catalog | undefined
async function catalog(): Promise<Catalog> {
  // Each choice of store is spelled out (not lib/environment.js contentStore()) so that Next inlines the value and
  // drops the other branch: a build on one store carries no code or data of the other.
  if (process.env.CONTENT_STORE === 'postgres') {
    const { storeCatalog } = await import('./store')
    return storeCatalog
  }
  chosen ??= filesCatalog(async () => {
    const { default: posts } = await import('@/.contentlayer/post-index.json')
    return { key: 'files', posts }
  }, environment)
  return chosen
}

// Visibility is decided when a page renders, not when the server starts: a scheduled article goes live at
// its minute on a server that has run for days, and pages revalidate every minute (app/layout.tsx) to pick
// it up. Each store keeps what it worked out until an article's time passes or a publish changes the articles.

/**
 * The slugs of the sections this build will show once its scheduled articles are live. Section fronts and
 * feeds are prerendered from them, so a section that only a scheduled article has already has its page
 * (answering 404 until the article's time); the page decides what to show when it renders. Tag, author and
 * archive pages render on first request instead; in production proxy.ts answers a list that only a draft or a
 * not-yet-live article has with the 404 page until that article's time (lib/content/list-pages.ts).
 */
export async function getEventualSections(): Promise<string[]> {
  return (await catalog()).eventualSections()
}

/** The newest articles, which the build prerenders; older ones render on first request. */
export async function getPrerenderedPosts(): Promise<readonly Post[]> {
  return (await catalog()).items({ kind: 'home' }, 'visible', { offset: 0, limit: siteConfig.prerenderArticles })
}

/**
 * The newest published articles of a list, for its feed: published only, even on previews, as feeds are read
 * by apps that keep what they fetched, so a draft must never reach one.
 */
export async function getLatestPublished(scope: ListScope, limit: number): Promise<readonly Post[]> {
  return (await catalog()).items(scope, 'published', { offset: 0, limit })
}

/** Published articles dated from `since` to now, newest first, at most `limit` (the news sitemap's window). */
export async function getPublishedSince(since: Date, limit: number): Promise<Post[]> {
  const store = await catalog()
  const found: Post[] = []
  const batch = 100
  for (let offset = 0; found.length < limit; offset += batch) {
    const items = await store.items({ kind: 'home' }, 'published', { offset, limit: batch })
    const recent = items.filter((post) => Date.parse(post.date) >= since.getTime())
    found.push(...recent)
    if (recent.length < items.length || items.length < batch) break
  }
  return found.slice(0, limit)
}

/**
 * `limit` published articles of a year from `offset`, oldest first: one sitemap file's articles
 * (lib/reach/site-sitemaps.ts).
 */
export async function getPublishedOfYear(year: number, offset: number, limit: number): Promise<readonly Post[]> {
  return (await catalog()).items({ kind: 'archive', year }, 'published', { offset, limit, oldestFirst: true })
}

/** Page `page` of a list, or null past its end (page 1 always exists, even empty). */
export async function getListPage(scope: ListScope, page: number): Promise<Page<Post> | null> {
  const store = await catalog()
  const perPage = siteConfig.postsPerPage
  const total = scopeCount(await store.lists('visible'), scope)
  const totalPages = pageCount(total, page, perPage)
  if (totalPages === null) return null
  const offset = (page - 1) * perPage
  // A page in the list's older half is read from its end, so no page costs more than half the list.
  const items =
    offset > total / 2
      ? (
          await store.items(scope, 'visible', {
            offset: Math.max(0, total - offset - perPage),
            limit: Math.min(perPage, total - offset),
            oldestFirst: true,
          })
        ).toReversed()
      : await store.items(scope, 'visible', { offset, limit: perPage })
  return { items, page, totalPages }
}

/**
 * The front page at `now` (lib/content/front-page.ts): the lead and top stories editors chose in
 * content/front-page.yml while their time stands and a reader may see them, else the newest; and each
 * section's newest stories not shown above, sections in the site's order.
 */
export async function getFrontPage(now: Date) {
  const store = await catalog()
  const chosen = standingChoices(frontPageChoices, now)
  const slugs = [...(chosen.lead === null ? [] : [chosen.lead]), ...chosen.top]
  const [visible, newest, sections] = await Promise.all([
    slugs.length > 0 ? store.posts(slugs, 'visible') : [],
    store.items({ kind: 'home' }, 'visible', { offset: 0, limit: 1 + TOP_STORIES + slugs.length }),
    getSections(),
  ])
  const { lead, top, shown } = composeFrontPage({ chosen, visible, newest, topCount: TOP_STORIES })
  const rows = await Promise.all(
    sections.map(async (section) => {
      const latest = await store.items({ kind: 'section', slug: section.slug }, 'visible', {
        offset: 0,
        limit: SECTION_STORIES + shown.size,
      })
      return { section, posts: latest.filter((post) => !shown.has(post.slug)).slice(0, SECTION_STORIES) }
    }),
  )
  return { lead, top, sections: rows.filter((row) => row.posts.length > 0) }
}

/** One of the site's own pages (lib/content/site-pages.ts), if editors wrote it. */
export function getSitePage(slug: SitePageSlug): SitePage | undefined {
  return sitePages.find((page) => page.slug === slug)
}

/** The site's own pages editors wrote, in the site's order, with the names links give them. */
export function getSitePages() {
  return SITE_PAGES.flatMap((entry) => {
    const page = getSitePage(entry.slug)
    return page ? [{ ...entry, page }] : []
  })
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
  const post = await (await catalog()).post(slug)
  if (post && savedInDev(post)) {
    const saved = readSavedFrontMatter(post._raw.sourceFilePath)
    if (saved) return { ...post, ...saved }
  }
  return post
}

/**
 * Those of these articles that are published at this moment, by slug, for
 * resolving many links at once without waiting on each (the <Related> cards
 * of a feed's articles).
 */
export async function getPublishedLookup(slugs: readonly string[]): Promise<(slug: string) => Post | undefined> {
  const found = new Map((await (await catalog()).posts([...new Set(slugs)], 'published')).map((post) => [post.slug, post]))
  return (slug) => found.get(slug)
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

/** Every topic on a visible article, by slug, with the spelling editors used first; most used first. */
export async function getTags(): Promise<readonly ListSummary[]> {
  return (await (await catalog()).lists('visible')).tags
}

/** Page `page` (1-based) of the topics index (/tags and its later pages), most used first; null past the end. */
export async function getTopicsPage(page: number): Promise<Page<ListSummary> | null> {
  return pageOf(await getTags(), page, siteConfig.topicsPerPage)
}

export async function getTag(slug: string): Promise<ListSummary | undefined> {
  return (await getTags()).find((tag) => tag.slug === slug)
}

/** Sections with visible articles, in the order lib/content/schema.ts lists them. */
export async function getSections(): Promise<readonly ListSummary[]> {
  return (await (await catalog()).lists('visible')).sections
}

export async function getSection(slug: string): Promise<ListSummary | undefined> {
  return (await getSections()).find((section) => section.slug === slug)
}

/** Every month with visible articles, newest first, with its count. */
export async function getArchiveMonths(): Promise<readonly MonthSummary[]> {
  return (await (await catalog()).lists('visible')).months
}

/** Every list with published articles, with when each last changed: what the sitemaps list (lib/reach/site-sitemaps.ts). */
export async function getPublishedLists() {
  return (await catalog()).lists('published')
}

/**
 * Page `page` (1-based) of every correction, clarification and update on an article a reader may see,
 * newest first: /corrections and its later pages. Null for a page past the end (page 1 always exists).
 */
export async function getCorrectionsPage(page: number): Promise<Page<SiteCorrection> | null> {
  const perPage = siteConfig.correctionsPerPage
  const store = await catalog()
  const { notes, total } = await store.notes('visible', { offset: (page - 1) * perPage, limit: perPage })
  const totalPages = pageCount(total, page, perPage)
  return totalPages === null ? null : { items: notes, page, totalPages }
}

/** The newest `count` notes on published articles, for the corrections feed. */
export async function getLatestCorrections(count: number): Promise<SiteCorrection[]> {
  return (await (await catalog()).notes('published', { offset: 0, limit: count })).notes
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
  const links = await relatedLinks(post.slug)
  const published = await getPublishedLookup(links.map((link) => link.slug))
  return links
    .flatMap(({ slug, reason }) => {
      const related = published(slug)
      return related ? [{ post: related, reason }] : []
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
