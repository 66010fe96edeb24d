import type { MetadataRoute } from 'next'
import { absoluteUrl } from '@/lib/urls'
import { contentEnvironment } from '@/lib/content/visibility'

export default function robots(): MetadataRoute.Robots {
  if (contentEnvironment() === 'preview') {
    return { rules: { userAgent: '*', disallow: '/' } }
  }
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl('/news-sitemap.xml')],
  }
}
