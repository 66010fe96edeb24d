import 'server-only'
import allPosts from '@/.contentlayer/post-index.json'
import problemsJson from '@/.contentlayer/content-problems.json'
import relatedJson from '@/.contentlayer/related.json'
import savedArticles from '@/.contentlayer/saved-articles.json'
import { readArticleBody, type ArticleBody } from './article-body'
import { readHistory, type ArticleHistory } from './history'
import { usesDatabase } from './store-choice'
import { readSavedFrontMatter } from './saved-front-matter'
import { parseProblems, type ContentProblem } from '../checks/problems'
import type { RelatedLink } from '../related/types'
import { parseRelatedMap } from '../related/map'
import { siteConfig } from '../site'
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
 * `.contentlayer/`, so visibility rules apply everywhere at once.
 *
 * It holds every article's metadata but no bodies: a body is read from disk
 * when its page or feed is rendered (`getArticleBody`), so memory does not
 * grow with the archive's text (docs/performance.md).
 */
export type Post = (typeof allPosts)[number]
export type { ArticleBody }

const environment = contentEnvironment()

const relatedMap = parseRelatedMap(relatedJson)

type Snapshot = ContentSnapshot<Post>
type Tag = SnapshotTag<Post>
type Author = SnapshotAuthor<Post>
type Section = SnapshotSection<Post>
type ArchiveMonth = SnapshotMonth<Post>
const buildSnapshot = (now: Date): Snapshot => contentSnapshot(allPosts, environment, now)

// Visibility is decided when a page renders, not when the server starts: a
// scheduled article goes live at its minute on a server that has run for
// days, and pages revalidate every minute (app/layout.tsx) to pick it up.
// What is visible changes only when the clock passes an article's time, so
// the snapshot is rebuilt then, and reused in between.
const goLiveTimes = [...new Set(allPosts.filter((post) => !post.draft).map((post) => Date.parse(post.date)))].sort(
  (a, b) => a - b,
)
/** How many articles' times have passed: the snapshot's key. */
function epoch(now: Date): number {
  let low = 0
  let high = goLiveTimes.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((goLiveTimes[mid] ?? Infinity) <= now.getTime()) low = mid + 1
    else high = mid
  }
  return low
}
let cached: { epoch: number; snapshot: Snapshot } | undefined
function current(): Snapshot {
  const now = new Date()
  const key = epoch(now)
  if (cached?.epoch !== key) cached = { epoch: key, snapshot: buildSnapshot(now) }
  return cached.snapshot
}

let eventual: Snapshot | undefined
/**
 * The sections this build will show once its scheduled articles are live.
 * Section fronts and feeds are prerendered from it, so a section that only a
 * scheduled article has already has its page (answering 404 until the
 * article's time); the page decides what to show when it renders. Tag,
 * author and archive pages render on first request instead; in production
 * proxy.ts answers a list that only a draft or a not-yet-live article has
 * with the 404 page until that article's time (lib/content/list-pages.ts).
 */
export function getEventualIndex(): Pick<Snapshot, 'sections'> {
  eventual ??= buildSnapshot(new Date(8.64e15))
  return eventual
}

/** Articles a reader may see now, newest first (drafts and scheduled ones too on previews and in development). */
export function getPosts(): readonly Post[] {
  return current().visible
}

/**
 * Published articles only, even on previews: feeds are read by apps that
 * keep what they fetched, so a draft must never reach one.
 */
export function getPublishedPosts(): readonly Post[] {
  return current().published
}

/** The newest articles, which the build prerenders; older ones render on first request. */
export function getPrerenderedPosts(): readonly Post[] {
  return current().visible.slice(0, siteConfig.prerenderArticles)
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
export function getPost(slug: string): Post | undefined {
  const post = current().bySlug.get(slug)
  if (post && savedInDev(post)) {
    const saved = readSavedFrontMatter(post._raw.sourceFilePath)
    if (saved) return { ...post, ...saved }
  }
  return post
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
  if (!usesDatabase()) return readArticleBody(post)
  // Imported only here: a build that reads files loads no database client.
  const { readStoredBody } = await import('./store')
  return readStoredBody(post.slug)
}

/** The versions readers have seen of the article (lib/history/build.ts), or null when the build had none. */
export async function getArticleHistory(post: Post): Promise<ArticleHistory | null> {
  if (!usesDatabase()) return readHistory(post.slug)
  const { readStoredHistory } = await import('./store')
  return readStoredHistory(post.slug)
}

/** True when the article is shown only because this is a preview or dev build. */
export function isUnpublished(post: Post): boolean {
  return !isPublished(post, new Date())
}

export function getPostsByTag(slug: string): readonly Post[] {
  return current().tagsBySlug.get(slug)?.posts ?? []
}

/** Every tag on a visible article, by slug, with the spelling editors used first; most used first. */
export function getTags(): readonly Readonly<Tag>[] {
  return current().tags
}

export function getTag(slug: string): Readonly<Tag> | undefined {
  return current().tagsBySlug.get(slug)
}

/** Every author of a visible article, by slug, with their articles newest first. */
export function getAuthors(): readonly Readonly<Author>[] {
  return current().authors
}

export function getAuthor(slug: string): Readonly<Author> | undefined {
  return current().authorsBySlug.get(slug)
}

/** Sections with visible articles, each with its articles newest first. */
export function getSections(): readonly Readonly<Section>[] {
  return current().sections
}

export function getSection(slug: string): Readonly<Section> | undefined {
  return current().sections.find((section) => section.slug === slug)
}

/** Every month with visible articles, newest first. */
export function getArchiveMonths(): readonly Readonly<ArchiveMonth>[] {
  return current().months
}

export type SiteCorrection = { post: Post; note: Post['corrections'][number] }

/** Every correction, clarification and update on a published article, newest first, for /corrections and its feed. */
export function getCorrections(): SiteCorrection[] {
  return current()
    .published.flatMap((post) => post.corrections.map((note) => ({ post, note })))
    .sort((a, b) => Date.parse(b.note.date) - Date.parse(a.note.date) || a.post.slug.localeCompare(b.post.slug))
}

export type RelatedPost = { post: Post; reason: string | null }

/** The ranked related list of an article, without anything this build hides. */
export function getRelatedPosts(post: Post): RelatedPost[] {
  const { bySlug, now } = current()
  const links: RelatedLink[] = relatedMap[post.slug] ?? []
  return links
    .flatMap(({ slug, reason }) => {
      const related = bySlug.get(slug)
      return related && isPublished(related, now) ? [{ post: related, reason }] : []
    })
    .slice(0, siteConfig.related.limit)
}

/**
 * What `npm run check:content -- --watch` last found wrong in the content, so
 * the dev server can show it on the page. Always empty in a build that passed.
 */
export function getContentProblems(): ContentProblem[] {
  return parseProblems(problemsJson)
}
