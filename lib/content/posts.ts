import 'server-only'
import allPosts from '@/.contentlayer/post-index.json'
import problemsJson from '@/.contentlayer/content-problems.json'
import relatedJson from '@/.contentlayer/related.json'
import { readArticleBody, type ArticleBody } from './article-body'
import { parseProblems, type ContentProblem } from '../checks/problems'
import type { RelatedLink } from '../related/types'
import { parseRelatedMap } from '../related/map'
import { siteConfig } from '../site'
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
// A static build decides visibility when it runs; a scheduled article goes
// live with the next build after its date (see docs/editing.md).
const now = new Date()

const byNewest = (a: Post, b: Post) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug)

const visiblePosts: readonly Post[] = allPosts.filter((post) => isVisible(post, environment, now)).toSorted(byNewest)
const visibleBySlug = new Map(visiblePosts.map((post) => [post.slug, post]))
const relatedMap = parseRelatedMap(relatedJson)

/** Articles a reader of this build may see, newest first. */
export function getPosts(): readonly Post[] {
  return visiblePosts
}

const publishedPosts = visiblePosts.filter((post) => isPublished(post, now))

type Tag = { slug: string; name: string; count: number; posts: Post[] }
type Author = { slug: string; name: string; posts: Post[] }

// Tags and authors are indexed once, when the module loads: every tag, author
// and sitemap page asks for them, and rescanning the archive on each call made
// a build quadratic in its size.
const tagsBySlug = new Map<string, Tag>()
const authorsBySlug = new Map<string, Author>()
for (const post of visiblePosts) {
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
const tags = [...tagsBySlug.values()].sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug))
const authors = [...authorsBySlug.values()]

/**
 * Published articles only, even on previews: feeds are read by apps that
 * keep what they fetched, so a draft must never reach one.
 */
export function getPublishedPosts(): readonly Post[] {
  return publishedPosts
}

/** The newest articles, which the build prerenders; older ones render on first request. */
export function getPrerenderedPosts(): readonly Post[] {
  return visiblePosts.slice(0, siteConfig.prerenderArticles)
}

export function getPost(slug: string): Post | undefined {
  return visibleBySlug.get(slug)
}

/** The article's compiled MDX and its source, read from the content build. */
export function getArticleBody(post: Post): Promise<ArticleBody> {
  return readArticleBody(post)
}

/** True when the article is shown only because this is a preview or dev build. */
export function isUnpublished(post: Post): boolean {
  return !isPublished(post, now)
}

export function getPostsByTag(slug: string): readonly Post[] {
  return tagsBySlug.get(slug)?.posts ?? []
}

/** Every tag on a visible article, by slug, with the spelling editors used first; most used first. */
export function getTags(): readonly Readonly<Tag>[] {
  return tags
}

export function getTag(slug: string): Readonly<Tag> | undefined {
  return tagsBySlug.get(slug)
}

/** Every author of a visible article, by slug, with their articles newest first. */
export function getAuthors(): readonly Readonly<Author>[] {
  return authors
}

export function getAuthor(slug: string): Readonly<Author> | undefined {
  return authorsBySlug.get(slug)
}

export type RelatedPost = { post: Post; reason: string | null }

/** The ranked related list of an article, without anything this build hides. */
export function getRelatedPosts(post: Post): RelatedPost[] {
  const links: RelatedLink[] = relatedMap[post.slug] ?? []
  return links
    .flatMap(({ slug, reason }) => {
      const related = visibleBySlug.get(slug)
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
