import { siBluesky, siFacebook, siMastodon, siRss, siX, type SimpleIcon } from 'simple-icons'
import type { SocialProfile } from '@/lib/site'
import { cn } from '@/lib/utils'

const brandIcons: Record<SocialProfile['icon'] | 'rss', SimpleIcon> = {
  x: siX,
  facebook: siFacebook,
  bluesky: siBluesky,
  mastodon: siMastodon,
  rss: siRss,
}

type BrandIconProps = { name: keyof typeof brandIcons; className?: string }

/** A brand mark from Simple Icons; decorative, since every use sits next to a text label. */
export function BrandIcon({ name, className }: BrandIconProps) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={cn('size-4 fill-current', className)}>
      <path d={brandIcons[name].path} />
    </svg>
  )
}
