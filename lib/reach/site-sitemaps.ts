import 'server-only'
import { modifiedAt } from '../content/corrections'
import { getArchiveMonths, getAuthors, getPublishedPosts, getSections, getTags, type Post } from '../content/posts'
import { absoluteUrl, archivePath, archiveUrl, authorPath, correctionsPath, sectionPath, tagPath } from '../urls'
import { latest } from '../dates'
import { sitemapFiles, type SitemapEntry, type SitemapFile } from './sitemap-files'

/** Where the sitemap files are served (app/sitemaps/[file]/route.ts); /sitemap.xml is their index. */
export const sitemapFilePath = (name: string) => `/sitemaps/${name}`

const changedAt = (post: Post) => modifiedAt(post) ?? post.date
const EPOCH = '1970-01-01T00:00:00.000Z'

/**
 * The site's sitemap files, from what is published at this moment: every
 * article, and every list a reader can reach (home, corrections, sections,
 * topics, authors, the archive's years and months), each with when what it
 * shows last changed. Published articles only, previews included (robots.txt
 * closes those anyway).
 */
export async function getSitemapFiles(): Promise<SitemapFile[]> {
  const posts = await getPublishedPosts()
  const published = new Set(posts)
  const [months, tags, sections, authors] = await Promise.all([
    getArchiveMonths(),
    getTags(),
    getSections(),
    getAuthors(),
  ])
  const lastChange = (list: readonly Post[]) =>
    latest(...list.filter((post) => published.has(post)).map(changedAt)) ?? EPOCH
  const entry = (path: string, list: readonly Post[]): SitemapEntry => ({
    url: absoluteUrl(path),
    lastModified: lastChange(list),
  })
  const years = [...new Set(months.map(({ year }) => year))]
  const pages = [
    entry('/', posts),
    entry(correctionsPath, posts),
    ...sections.map((section) => entry(sectionPath(section.slug), section.posts)),
    ...tags.map((tag) => entry(tagPath(tag.slug), tag.posts)),
    ...authors.map((author) => entry(authorPath(author.slug), author.posts)),
    // The date archive reaches every article, the ones not prerendered too.
    entry(archivePath, posts),
    ...years.map((year) =>
      entry(
        archiveUrl(year),
        months.filter((month) => month.year === year).flatMap((month) => month.posts),
      ),
    ),
    ...months.map(({ year, month, posts: monthPosts }) => entry(archiveUrl(year, month), monthPosts)),
  ].filter((page) => page.lastModified !== EPOCH)
  const articles = posts.map((post) => ({ url: absoluteUrl(post.url), lastModified: changedAt(post), date: post.date }))
  return sitemapFiles(pages, articles)
}

export const xmlResponse = (xml: string) =>
  new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
