import { latest, zonedYearMonth } from '../dates'
import { escapeHtml } from '../utils'

/** One URL of a sitemap, with when what it shows last changed. */
export type SitemapEntry = { url: string; lastModified: string }
/** One sitemap file of the site: its name under /sitemaps/ and its URLs. */
export type SitemapFile = { name: string; entries: readonly SitemapEntry[] }

/**
 * Google reads at most 50,000 URLs and 50 MB per sitemap file
 * (https://developers.google.com/search/docs/crawling-indexing/sitemaps/large-sitemaps);
 * 50,000 of this site's URLs are about 8 MB.
 */
export const URLS_PER_SITEMAP = 50_000

const EPOCH = '1970-01-01T00:00:00.000Z'
const lastOf = (entries: readonly SitemapEntry[]) => latest(...entries.map((entry) => entry.lastModified)) ?? EPOCH

/** `base.xml`, then `base-2.xml`, `base-3.xml`… for a list longer than one file holds. */
function chunked(base: string, entries: readonly SitemapEntry[], perFile: number): SitemapFile[] {
  const files: SitemapFile[] = []
  for (let start = 0; start < entries.length; start += perFile) {
    const part = files.length + 1
    files.push({ name: `${base}${part === 1 ? '' : `-${part}`}.xml`, entries: entries.slice(start, start + perFile) })
  }
  return files
}

/**
 * The site's sitemap files: the lists (home, sections, topics, authors, the
 * archive) in `pages.xml`, and the articles by the year they were published in
 * (the newsroom's zone), `articles-2014.xml`, oldest first, so a new article
 * changes one file, and a year past `perFile` articles continues in
 * `articles-2014-2.xml`. A file never holds more than `perFile` URLs.
 */
export function sitemapFiles(
  pages: readonly SitemapEntry[],
  articles: readonly (SitemapEntry & { date: string })[],
  perFile = URLS_PER_SITEMAP,
): SitemapFile[] {
  const byYear = new Map<number, (SitemapEntry & { date: string })[]>()
  for (const article of articles) {
    const { year } = zonedYearMonth(article.date)
    byYear.set(year, [...(byYear.get(year) ?? []), article])
  }
  const years = [...byYear.keys()].sort((a, b) => a - b)
  return [
    ...chunked('pages', pages, perFile),
    ...years.flatMap((year) =>
      chunked(
        `articles-${year}`,
        (byYear.get(year) ?? [])
          .toSorted((a, b) => Date.parse(a.date) - Date.parse(b.date) || a.url.localeCompare(b.url))
          .map(({ url, lastModified }) => ({ url, lastModified })),
        perFile,
      ),
    ),
  ]
}

/** When anything in a file last changed: its `lastmod` in the sitemap index. */
export const fileLastModified = (file: SitemapFile) => lastOf(file.entries)

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
