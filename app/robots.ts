import type { MetadataRoute } from 'next'
import { siteConfig } from '@/lib/site'
import { contentEnvironment } from '@/lib/visibility'

export default function robots(): MetadataRoute.Robots {
  if (contentEnvironment() === 'preview') {
    return { rules: { userAgent: '*', disallow: '/' } }
  }
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: [`${siteConfig.url}/sitemap.xml`, `${siteConfig.url}/news-sitemap.xml`],
  }
}
