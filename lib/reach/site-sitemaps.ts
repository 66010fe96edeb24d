import 'server-only'
import { modifiedAt } from '../content/corrections'
import { getPublishedLists, getPublishedOfYear, getSitePages, type Post } from '../content/posts'
import { sitePagePath } from '../content/site-pages'
import { absoluteUrl, archivePath, archiveUrl, authorPath, correctionsPath, sectionPath, tagPath } from '../urls'
import { latest } from '../dates'
import { sitemapFiles, type SitemapEntry, type SitemapFile } from './sitemap-files'

/** Where the sitemap files are served (app/sitemaps/[file]/route.ts); /sitemap.xml is their index. */
export const sitemapFilePath = (name: string) => `/sitemaps/${name}`

const changedAt = (post: Post) => modifiedAt(post) ?? post.date

/**
 * The site's sitemap files, from what is published at this moment: every
 * list a reader can reach (home, corrections, sections, topics, authors, the
 * archive's years and months), each with when what it shows last changed, and
 * the articles by year. Made from the lists' counts (lib/content/catalog.ts),
 * never from every article. Published articles only, previews included
 * (robots.txt closes those anyway).
 */
export async function getSitemapFiles(): Promise<SitemapFile[]> {
  const { tags, sections, authors, months } = await getPublishedLists()
  const entry = (path: string, lastModified: string | null | undefined): SitemapEntry[] =>
    lastModified ? [{ url: absoluteUrl(path), lastModified }] : []
  const everything = latest(...months.flatMap((month) => month.lastModified ?? []))
  const years = new Map<number, { year: number; count: number; lastModified: string }>()
  for (const { year, count, lastModified } of months) {
    const entry = years.get(year) ?? { year, count: 0, lastModified: '' }
    entry.count += count
    entry.lastModified = latest(entry.lastModified || undefined, lastModified ?? undefined) ?? ''
    years.set(year, entry)
  }
  const pages = [
    ...entry('/', everything),
    ...entry(correctionsPath, everything),
    // The newsroom's own pages, as of their `updated` date (or the newest article's, without one).
    ...getSitePages().flatMap(({ slug, page }) => entry(sitePagePath(slug), page.updated ?? everything)),
    ...sections.flatMap((section) => entry(sectionPath(section.slug), section.lastModified)),
    ...tags.flatMap((tag) => entry(tagPath(tag.slug), tag.lastModified)),
    ...authors.flatMap((author) => entry(authorPath(author.slug), author.lastModified)),
    // The date archive reaches every article, the ones not prerendered too.
    ...entry(archivePath, everything),
    ...[...years.values()].flatMap(({ year, lastModified }) => entry(archiveUrl(year), lastModified)),
    ...months.flatMap(({ year, month, lastModified }) => entry(archiveUrl(year, month), lastModified)),
  ]
  return sitemapFiles(
    pages,
    [...years.values()].filter((year) => year.lastModified !== ''),
  )
}

/** The URLs of one sitemap file, or null when the site has no file of that name now. */
export async function getSitemapEntries(name: string): Promise<readonly SitemapEntry[] | null> {
  const file = (await getSitemapFiles()).find((candidate) => candidate.name === name)
  if (!file) return null
  if (file.kind === 'pages') return file.entries
  const posts = await getPublishedOfYear(file.year, file.offset, file.limit)
  return posts.map((post) => ({ url: absoluteUrl(post.url), lastModified: changedAt(post) }))
}

export const xmlResponse = (xml: string) =>
  new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
