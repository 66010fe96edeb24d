import { siteConfig } from '../site'

/**
 * True when a link is a retailer link carrying an affiliate parameter
 * (`?tag=…` on Amazon and the like). Relative links and links without such a
 * parameter are ordinary links.
 */
export function isAffiliateLink(href: string, params: readonly string[] = siteConfig.affiliate.params): boolean {
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return false
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false
  return params.some((param) => url.searchParams.has(param))
}

/** The `rel` a body link gets: sponsored for affiliate links, as search engines ask. */
export function linkRel(href: string): string | undefined {
  if (isAffiliateLink(href)) return 'sponsored noopener'
  return /^https?:\/\//.test(href) ? 'noopener' : undefined
}
