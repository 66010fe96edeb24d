import { escapeHtml } from '../utils'
import { isoInZone } from '../dates'

export type SitemapArticle = { url: string; title: string; date: string; updated?: string }

const DAY_MS = 86_400_000
/** Google News reads articles of the last two days, at most 1,000 URLs a sitemap. */
export const NEWS_WINDOW_MS = 2 * DAY_MS
export const NEWS_URLS = 1000

/**
 * A Google News sitemap: articles published in the last two days, as Google
 * News asks, newest first. Text is escaped for XML.
 */
export function newsSitemap(
  articles: readonly SitemapArticle[],
  { origin, publication, language, now }: { origin: string; publication: string; language: string; now: Date },
): string {
  const recent = articles.filter((a) => {
    const age = now.getTime() - Date.parse(a.date)
    return age >= 0 && age <= NEWS_WINDOW_MS
  })
  const urls = recent.map(
    (a) => `  <url>
    <loc>${escapeHtml(new URL(a.url, origin).toString())}</loc>
    <news:news>
      <news:publication>
        <news:name>${escapeHtml(publication)}</news:name>
        <news:language>${escapeHtml(language)}</news:language>
      </news:publication>
      <news:publication_date>${isoInZone(a.date)}</news:publication_date>
      <news:title>${escapeHtml(a.title)}</news:title>
    </news:news>
  </url>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls.join('\n')}
</urlset>
`
}
