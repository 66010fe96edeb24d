import { absoluteUrl } from '@/lib/urls'
import { sitemapIndexXml } from '@/lib/reach/sitemap-files'
import { getSitemapFiles, sitemapFilePath, xmlResponse } from '@/lib/reach/site-sitemaps'

// Rebuilt at most a minute after it was made, like the pages (app/layout.tsx).
export const revalidate = 60

/** The sitemap index robots.txt names: one file per year of articles, and one of the lists (lib/reach/sitemap-files.ts). */
export async function GET() {
  const files = await getSitemapFiles()
  return xmlResponse(
    sitemapIndexXml(
      files.map((file) => ({ url: absoluteUrl(sitemapFilePath(file.name)), lastModified: file.lastModified })),
    ),
  )
}
