import { siteConfig } from '@/lib/site'
import { socialCard, socialCardSize } from '@/lib/reach/social-card'

export const alt = `${siteConfig.name}: ${siteConfig.description}`
export const size = socialCardSize
export const contentType = 'image/png'

export default function Image() {
  return socialCard({ kicker: 'Technology · Privacy · Policy', title: siteConfig.description })
}
