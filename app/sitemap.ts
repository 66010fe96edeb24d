import type { MetadataRoute } from 'next'
import { absoluteUrl, archivePath, archiveUrl, authorPath, correctionsPath, sectionPath, tagPath } from '@/lib/urls'
import { modifiedAt } from '@/lib/content/corrections'
import { getArchiveMonths, getAuthors, getPublishedPosts, getSections, getTags, type Post } from '@/lib/content/posts'

const changedAt = (post: Post) => modifiedAt(post) ?? post.date
const lastChange = (posts: readonly Post[]) =>
  posts.map(changedAt).reduce((a, b) => (Date.parse(a) > Date.parse(b) ? a : b), '1970-01-01T00:00:00.000Z')

// Rebuilt at most a minute after it was made, like the pages (app/layout.tsx).
export const revalidate = 60

// Published articles only, even on previews (which robots.txt closes anyway).
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const posts = await getPublishedPosts()
  const published = new Set(posts)
  const [months, tags, sections, authors] = await Promise.all([
    getArchiveMonths(),
    getTags(),
    getSections(),
    getAuthors(),
  ])
  return [
    { url: absoluteUrl('/'), lastModified: lastChange(posts) },
    { url: absoluteUrl(correctionsPath), lastModified: lastChange(posts) },
    ...posts.map((post) => ({ url: absoluteUrl(post.url), lastModified: changedAt(post) })),
    ...tags.map((tag) => ({
      url: absoluteUrl(tagPath(tag.slug)),
      lastModified: lastChange(tag.posts.filter((post) => published.has(post))),
    })),
    ...sections.map((section) => ({
      url: absoluteUrl(sectionPath(section.slug)),
      lastModified: lastChange(section.posts.filter((post) => published.has(post))),
    })),
    // The date archive reaches every article, the ones not prerendered too.
    { url: absoluteUrl(archivePath), lastModified: lastChange(posts) },
    ...[...new Set(months.map(({ year }) => year))].map((year) => ({
      url: absoluteUrl(archiveUrl(year)),
      lastModified: lastChange(
        months.filter((m) => m.year === year).flatMap((m) => m.posts.filter((post) => published.has(post))),
      ),
    })),
    ...months.map(({ year, month, posts: monthPosts }) => ({
      url: absoluteUrl(archiveUrl(year, month)),
      lastModified: lastChange(monthPosts.filter((post) => published.has(post))),
    })),
    ...authors.map((author) => ({
      url: absoluteUrl(authorPath(author.slug)),
      lastModified: lastChange(author.posts.filter((post) => published.has(post))),
    })),
  ]
}
