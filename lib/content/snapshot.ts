import { zonedYearMonth } from '../dates'
import { slugify } from '../urls'
import { storyPeople, type Bylined } from './bylines'
import type { SiteSection } from './sections'
import { isVisible, type ContentEnvironment, type Publishable } from './visibility'

/** Slugs in code point order, as PostgreSQL's "C" collation orders them (lib/store/migrations/0005…). */
export const compareSlugs = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** What indexing reads of an article. */
export type SnapshotPost = Publishable & Bylined & { slug: string; tags: readonly string[]; category: string }

export type Tag<P> = { slug: string; name: string; count: number; posts: P[] }
/** An author's articles: those whose byline or credits name their id (lib/content/bylines.ts storyPeople). */
export type Author<P> = { slug: string; posts: P[] }
export type Section<P> = { slug: string; name: string; posts: P[] }
/** Year and month (1–12) in the newsroom's zone, with the articles dated then. */
export type ArchiveMonth<P> = { year: number; month: number; posts: P[] }

/** What readers may see at one moment: the visible articles and everything indexed from them. */
export type ContentSnapshot<P> = {
  now: Date
  visible: readonly P[]
  bySlug: Map<string, P>
  tags: readonly Tag<P>[]
  tagsBySlug: Map<string, Tag<P>>
  authors: readonly Author<P>[]
  authorsBySlug: Map<string, Author<P>>
  /** Sections with at least one visible article, in the order content/sections.yml lists them. */
  sections: readonly Section<P>[]
  /** Newest month first. */
  months: readonly ArchiveMonth<P>[]
}

/**
 * The articles of `environment` visible at `now`, newest first, with their
 * tags, authors, sections and months. Pages read it through
 * lib/content/posts.ts; the content build uses it to know every list page.
 */
export function contentSnapshot<P extends SnapshotPost>(
  posts: readonly P[],
  environment: ContentEnvironment,
  now: Date,
  siteSections: readonly SiteSection[],
): ContentSnapshot<P> {
  // Each date read once, not at every comparison of the sort (an archive of 100,000 articles compares 1.7 million times).
  const visible = posts
    .filter((post) => isVisible(post, environment, now))
    .map((post) => ({ post, time: Date.parse(post.date) }))
    .sort((a, b) => b.time - a.time || compareSlugs(a.post.slug, b.post.slug))
    .map(({ post }) => post)
  // Tags and authors are indexed once per snapshot: every tag, author and
  // sitemap page asks for them, and rescanning the archive on each call made
  // a build quadratic in its size.
  const tagsBySlug = new Map<string, Tag<P>>()
  const authorsBySlug = new Map<string, Author<P>>()
  // An archive spells a few thousand tags a hundred thousand times.
  const slugs = new Map<string, string>()
  const slugOf = (name: string) => {
    let slug = slugs.get(name)
    if (slug === undefined) {
      slug = slugify(name)
      slugs.set(name, slug)
    }
    return slug
  }
  for (const post of visible) {
    for (const name of post.tags) {
      const slug = slugOf(name)
      const tag = tagsBySlug.get(slug) ?? { slug, name, count: 0, posts: [] }
      // An article listing two spellings of one tag counts once.
      if (tag.posts.at(-1) !== post) {
        tag.count += 1
        tag.posts.push(post)
      }
      tagsBySlug.set(slug, tag)
    }
    for (const slug of storyPeople(post)) {
      const author = authorsBySlug.get(slug) ?? { slug, posts: [] }
      author.posts.push(post)
      authorsBySlug.set(slug, author)
    }
  }
  const sections = sectionsOf(visible, siteSections)
  const monthsByKey = new Map<string, ArchiveMonth<P>>()
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
    bySlug: new Map(visible.map((post) => [post.slug, post])),
    tags: [...tagsBySlug.values()].sort((a, b) => b.count - a.count || compareSlugs(a.slug, b.slug)),
    tagsBySlug,
    authors: [...authorsBySlug.values()],
    authorsBySlug,
  }
}

/**
 * The sections the articles are in, in the site's order. A category no section has (the content check stops
 * a build that has one) has no list, as in the store (lib/content/store.ts).
 */
function sectionsOf<P extends SnapshotPost>(visible: readonly P[], siteSections: readonly SiteSection[]): Section<P>[] {
  const byName = new Map<string, P[]>()
  for (const post of visible) {
    const posts = byName.get(post.category) ?? []
    posts.push(post)
    byName.set(post.category, posts)
  }
  return siteSections.flatMap(({ name, slug }) => {
    const posts = byName.get(name)
    return posts ? [{ slug, name, posts }] : []
  })
}
