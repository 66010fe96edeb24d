import { getPublishedSince } from '@/lib/content/posts'
import { siteConfig } from '@/lib/site'
import { NEWS_WINDOW_MS, NEWS_URLS, newsSitemap } from '@/lib/reach/sitemaps'

// "The last two days" are counted when the file is served: it is rebuilt at
// most a minute after it was last made (app/layout.tsx), not frozen at deploy.
export const revalidate = 60

export async function GET() {
  const now = new Date()
  const recent = await getPublishedSince(new Date(now.getTime() - NEWS_WINDOW_MS), NEWS_URLS)
  const xml = newsSitemap(recent, { origin: siteConfig.url, publication: siteConfig.name, language: 'en', now })
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
