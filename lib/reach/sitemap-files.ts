import { latest } from '../dates'
import { escapeHtml } from '../utils'

/** One URL of a sitemap, with when what it shows last changed. */
export type SitemapEntry = { url: string; lastModified: string }

/**
 * Google reads at most 50,000 URLs and 50 MB per sitemap file
 * (https://developers.google.com/search/docs/crawling-indexing/sitemaps/large-sitemaps);
 * 50,000 of this site's URLs are about 8 MB.
 */
export const URLS_PER_SITEMAP = 50_000

/** A year of published articles: how many, and when the newest change to one was. */
export type SitemapYear = { year: number; count: number; lastModified: string }

/**
 * One sitemap file of the site: its name under /sitemaps/, when anything in it last changed (its `lastmod` in
 * the index), and what it holds: a stretch of the lists, or a stretch of one year's articles, oldest first.
 */
export type SitemapFile = { name: string; lastModified: string } & (
  | { kind: 'pages'; entries: readonly SitemapEntry[] }
  | { kind: 'articles'; year: number; offset: number; limit: number }
)

const EPOCH = '1970-01-01T00:00:00.000Z'
const lastOf = (entries: readonly SitemapEntry[]) => latest(...entries.map((entry) => entry.lastModified)) ?? EPOCH
/** `base.xml`, then `base-2.xml`, `base-3.xml`… */
const partName = (base: string, part: number) => `${base}${part === 1 ? '' : `-${part}`}.xml`

/**
 * The site's sitemap files: the lists (home, sections, topics, authors, the
 * archive) in `pages.xml`, and the articles by the year they were published in
 * (the newsroom's zone), `articles-2014.xml`, oldest first, so a new article
 * changes one file, and a year past `perFile` articles continues in
 * `articles-2014-2.xml`. A file never holds more than `perFile` URLs. Made from
 * the lists and each year's count, never from every article: a year's file reads
 * its own articles when served (lib/reach/site-sitemaps.ts). A year's later parts
 * carry the year's `lastmod`.
 */
export function sitemapFiles(
  pages: readonly SitemapEntry[],
  years: readonly SitemapYear[],
  perFile = URLS_PER_SITEMAP,
): SitemapFile[] {
  const files: SitemapFile[] = []
  for (let start = 0; start < pages.length; start += perFile) {
    const entries = pages.slice(start, start + perFile)
    files.push({ name: partName('pages', files.length + 1), lastModified: lastOf(entries), kind: 'pages', entries })
  }
  for (const { year, count, lastModified } of years.toSorted((a, b) => a.year - b.year)) {
    for (let offset = 0, part = 1; offset < count; offset += perFile, part += 1) {
      const limit = Math.min(perFile, count - offset)
      files.push({ name: partName(`articles-${year}`, part), lastModified, kind: 'articles', year, offset, limit })
    }
  }
  return files
}

/** A sitemap file (sitemaps.org protocol 0.9). */
export function urlSetXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    (entry) => `<url><loc>${escapeHtml(entry.url)}</loc><lastmod>${entry.lastModified}</lastmod></url>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join('\n')}
</urlset>
`
}

/** The sitemap index: every sitemap file, each with when anything in it last changed. */
export function sitemapIndexXml(files: readonly { url: string; lastModified: string }[]): string {
  const sitemaps = files.map(
    (file) => `<sitemap><loc>${escapeHtml(file.url)}</loc><lastmod>${file.lastModified}</lastmod></sitemap>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${sitemaps.join('\n')}
</sitemapindex>
`
}
