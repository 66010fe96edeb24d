import 'server-only'
import { allPosts, type Post } from 'contentlayer/generated'
import problemsJson from '@/.contentlayer/content-problems.json'
import relatedJson from '@/.contentlayer/related.json'
import { parseProblems, type ContentProblem } from './content-checks'
import type { RelatedLink } from './related'
import { parseRelatedMap } from './related-map'
import { siteConfig } from './site'
import { authorSlug } from './authors'
import { tagSlug } from './tags'
import { contentEnvironment, isPublished, isVisible } from './visibility'

/**
 * The only module that reads the generated content. Pages ask it, never
 * `contentlayer/generated`, so visibility rules apply everywhere at once.
 */
export type { Post }

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

/**
 * Published articles only, even on previews: feeds are read by apps that
 * keep what they fetched, so a draft must never reach one.
 */
export function getPublishedPosts(): readonly Post[] {
  return visiblePosts.filter((post) => isPublished(post, now))
}

/** The newest articles, which the build prerenders; older ones render on first request. */
export function getPrerenderedPosts(): readonly Post[] {
  return visiblePosts.slice(0, siteConfig.prerenderArticles)
}

export function getPost(slug: string): Post | undefined {
  return visibleBySlug.get(slug)
}

/** True when the article is shown only because this is a preview or dev build. */
export function isUnpublished(post: Post): boolean {
  return !isPublished(post, now)
}

export function getPostsByTag(slug: string): readonly Post[] {
  return visiblePosts.filter((post) => post.tags.some((tag) => tagSlug(tag) === slug))
}

/** Every tag on a visible article, by slug, with the spelling editors used first. */
export function getTags(): { slug: string; name: string; count: number }[] {
  const tags = new Map<string, { slug: string; name: string; count: number }>()
  for (const post of visiblePosts) {
    for (const name of post.tags) {
      const slug = tagSlug(name)
      const tag = tags.get(slug) ?? { slug, name, count: 0 }
      tag.count += 1
      tags.set(slug, tag)
    }
  }
  return [...tags.values()].sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug))
}

/** Every author of a visible article, by slug, with their articles newest first. */
export function getAuthors(): { slug: string; name: string; posts: Post[] }[] {
  const authors = new Map<string, { slug: string; name: string; posts: Post[] }>()
  for (const post of visiblePosts) {
    const slug = authorSlug(post.author)
    const author = authors.get(slug) ?? { slug, name: post.author, posts: [] }
    author.posts.push(post)
    authors.set(slug, author)
  }
  return [...authors.values()]
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
