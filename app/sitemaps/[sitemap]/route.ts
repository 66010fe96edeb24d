import { urlSetXml } from '@/lib/reach/sitemap-files'
import { getSitemapEntries, getSitemapFiles, xmlResponse } from '@/lib/reach/site-sitemaps'

// Rebuilt at most a minute after it was made, like the pages (app/layout.tsx); a year's first
// article makes a file the build did not have, rendered on its first request.
export const revalidate = 60

/**
 * The files backend writes every file at build. With the store each is made on its first request and kept for
 * `revalidate`: a deploy does not read the whole archive (17 files, 6,000 articles a year, at 100,000 articles)
 * to write files that are made again a minute later.
 */
export async function generateStaticParams() {
  if (process.env.CONTENT_STORE === 'postgres') return []
  return (await getSitemapFiles()).map((file) => ({ sitemap: file.name }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ sitemap: string }> }) {
  const name = (await params).sitemap
  const entries = await getSitemapEntries(name)
  if (!entries) return new Response('Not found', { status: 404 })
  return xmlResponse(urlSetXml(entries))
}
