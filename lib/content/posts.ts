import 'server-only'
import allPosts from '@/.contentlayer/post-index.json'
import problemsJson from '@/.contentlayer/content-problems.json'
import relatedJson from '@/.contentlayer/related.json'
import { readArticleBody, type ArticleBody } from './article-body'
import { parseProblems, type ContentProblem } from '../checks/problems'
import type { RelatedLink } from '../related/types'
import { parseRelatedMap } from '../related/map'
import { siteConfig } from '../site'
import { zonedYearMonth } from '../dates'
import { categories } from './schema'
import { slugify } from '../urls'
import { contentEnvironment, isPublished, isVisible } from './visibility'

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

const byNewest = (a: Post, b: Post) => Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug)
const relatedMap = parseRelatedMap(relatedJson)

type Tag = { slug: string; name: string; count: number; posts: Post[] }
type Author = { slug: string; name: string; posts: Post[] }
type Section = { slug: string; name: string; posts: Post[] }
/** Year and month (1–12) in the newsroom's zone, with the articles dated then. */
type ArchiveMonth = { year: number; month: number; posts: Post[] }

/** What readers may see at one moment: the visible articles and everything indexed from them. */
type Snapshot = {
  now: Date
  visible: readonly Post[]
  published: readonly Post[]
  bySlug: Map<string, Post>
  tags: readonly Tag[]
  tagsBySlug: Map<string, Tag>
  authors: readonly Author[]
  authorsBySlug: Map<string, Author>
  /** Sections with at least one visible article, in the order lib/content/schema.ts lists them. */
  sections: readonly Section[]
  /** Newest month first. */
  months: readonly ArchiveMonth[]
}

function buildSnapshot(now: Date): Snapshot {
  const visible = allPosts.filter((post) => isVisible(post, environment, now)).toSorted(byNewest)
  // Tags and authors are indexed once per snapshot: every tag, author and
  // sitemap page asks for them, and rescanning the archive on each call made
  // a build quadratic in its size.
  const tagsBySlug = new Map<string, Tag>()
  const authorsBySlug = new Map<string, Author>()
  for (const post of visible) {
    for (const name of post.tags) {
      const slug = slugify(name)
      const tag = tagsBySlug.get(slug) ?? { slug, name, count: 0, posts: [] }
      // An article listing two spellings of one tag counts once.
      if (tag.posts.at(-1) !== post) {
        tag.count += 1
        tag.posts.push(post)
      }
      tagsBySlug.set(slug, tag)
    }
    const slug = slugify(post.author)
    const author = authorsBySlug.get(slug) ?? { slug, name: post.author, posts: [] }
    author.posts.push(post)
    authorsBySlug.set(slug, author)
  }
  const sections = categories.flatMap((name) => {
    const posts = visible.filter((post) => post.category === name)
    return posts.length > 0 ? [{ slug: slugify(name), name, posts }] : []
  })
  const monthsByKey = new Map<string, ArchiveMonth>()
  for (const post of visible) {
    const { year, month } = zonedYearMonth(post.date)
    const key = `${year}-${month}`
    const entry = monthsByKey.get(key) ?? { year, month, posts: [] }
    entry.posts.push(post)
    monthsByKey.set(key, entry)
  }
  return {
    now,
    visible,
    sections,
    months: [...monthsByKey.values()].sort((a, b) => b.year - a.year || b.month - a.month),
    published: visible.filter((post) => isPublished(post, now)),
    bySlug: new Map(visible.map((post) => [post.slug, post])),
    tags: [...tagsBySlug.values()].sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug)),
    tagsBySlug,
    authors: [...authorsBySlug.values()],
    authorsBySlug,
  }
}

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
 * Every article, tag and author this build will show once its scheduled
 * articles are live. Routes list their static params from it, so a tag that
 * only a scheduled article has already has a route (answering 404 until the
 * article's time); the page decides what to show when it renders.
 */
export function getEventualIndex(): Pick<Snapshot, 'visible' | 'tags' | 'authors' | 'sections' | 'months'> {
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

export function getPost(slug: string): Post | undefined {
  return current().bySlug.get(slug)
}

/** The article's compiled MDX and its source, read from the content build. */
export function getArticleBody(post: Post): Promise<ArticleBody> {
  return readArticleBody(post)
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
