import { getPublishedPosts } from '@/lib/content/posts'
import { siteConfig } from '@/lib/site'
import { newsSitemap } from '@/lib/reach/sitemaps'

// Built with the site: "the last two days" are counted from the deploy, which
// is why publishing runs a daily rebuild (docs/editing.md).
export const dynamic = 'force-static'

export function GET() {
  const xml = newsSitemap(getPublishedPosts(), {
    origin: siteConfig.url,
    publication: siteConfig.name,
    language: 'en',
    now: new Date(),
  })
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
