import type { MetadataRoute } from 'next'
import { absoluteUrl, authorPath, correctionsPath, tagPath } from '@/lib/urls'
import { modifiedAt } from '@/lib/content/corrections'
import { getAuthors, getPublishedPosts, getTags, type Post } from '@/lib/content/posts'

const changedAt = (post: Post) => modifiedAt(post) ?? post.date
const lastChange = (posts: readonly Post[]) =>
  posts.map(changedAt).reduce((a, b) => (Date.parse(a) > Date.parse(b) ? a : b), '1970-01-01T00:00:00.000Z')

// Rebuilt at most a minute after it was made, like the pages (app/layout.tsx).
export const revalidate = 60

// Published articles only, even on previews (which robots.txt closes anyway).
export default function sitemap(): MetadataRoute.Sitemap {
  const posts = getPublishedPosts()
  const published = new Set(posts)
  return [
    { url: absoluteUrl('/'), lastModified: lastChange(posts) },
    { url: absoluteUrl(correctionsPath), lastModified: lastChange(posts) },
    ...posts.map((post) => ({ url: absoluteUrl(post.url), lastModified: changedAt(post) })),
    ...getTags().map((tag) => ({
      url: absoluteUrl(tagPath(tag.slug)),
      lastModified: lastChange(tag.posts.filter((post) => published.has(post))),
    })),
    ...getAuthors().map((author) => ({
      url: absoluteUrl(authorPath(author.slug)),
      lastModified: lastChange(author.posts.filter((post) => published.has(post))),
    })),
  ]
}
