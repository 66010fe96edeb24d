import type { MetadataRoute } from 'next'
import { getAuthors, getPublishedPosts, getTags } from '@/lib/posts'
import { siteConfig } from '@/lib/site'
import { tagUrl } from '@/lib/tags'

const absolute = (path: string) => new URL(path, siteConfig.url).toString()
const lastChange = (posts: readonly { date: string; updated?: string }[]) =>
  posts.map((post) => post.updated ?? post.date).reduce((a, b) => (a > b ? a : b), '1970-01-01T00:00:00.000Z')

// Published articles only, even on previews (which robots.txt closes anyway).
export default function sitemap(): MetadataRoute.Sitemap {
  const posts = getPublishedPosts()
  const published = new Set(posts)
  return [
    { url: absolute('/'), lastModified: lastChange(posts) },
    ...posts.map((post) => ({ url: absolute(post.url), lastModified: post.updated ?? post.date })),
    ...getTags().map((tag) => ({
      url: absolute(tagUrl(tag.name)),
      lastModified: lastChange(tag.posts.filter((post) => published.has(post))),
    })),
    ...getAuthors().map((author) => ({
      url: absolute(`/authors/${author.slug}`),
      lastModified: lastChange(author.posts.filter((post) => published.has(post))),
    })),
  ]
}
