import type { MetadataRoute } from 'next'
import { absoluteUrl, authorPath, tagPath } from '@/lib/urls'
import { getAuthors, getPublishedPosts, getTags } from '@/lib/content/posts'

const lastChange = (posts: readonly { date: string; updated?: string }[]) =>
  posts.map((post) => post.updated ?? post.date).reduce((a, b) => (a > b ? a : b), '1970-01-01T00:00:00.000Z')

// Published articles only, even on previews (which robots.txt closes anyway).
export default function sitemap(): MetadataRoute.Sitemap {
  const posts = getPublishedPosts()
  const published = new Set(posts)
  return [
    { url: absoluteUrl('/'), lastModified: lastChange(posts) },
    ...posts.map((post) => ({ url: absoluteUrl(post.url), lastModified: post.updated ?? post.date })),
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
