import { useId } from 'react'
import { siteConfig } from '@/lib/site'
import { cn } from '@/lib/utils'
import { BrandIcon } from './icons'
import { NewsletterForm } from './newsletter-form'

const linkClass =
  'inline-flex min-h-11 items-center gap-2 rounded-full border border-stone-300 px-4 py-2 text-sm font-medium text-stone-800 hover:border-stone-500 hover:bg-stone-100 dark:border-stone-600 dark:text-stone-100 dark:hover:border-stone-400 dark:hover:bg-stone-800'

const feeds = [
  { label: 'RSS feed', href: siteConfig.feeds.rss },
  { label: 'Atom feed', href: siteConfig.feeds.atom },
  { label: 'JSON Feed', href: siteConfig.feeds.json },
]

type FollowUsProps = { className?: string; headingLevel?: 'h2' | 'h3' }

/** "Follow News Ledge" after an article: feeds, social profiles and the newsletter (the footer has a compact line). */
export function FollowUs({ className, headingLevel: Heading = 'h2' }: FollowUsProps) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className={cn('space-y-4', className)}>
      <Heading id={headingId} className="font-serif text-xl font-bold">
        Follow {siteConfig.name}
      </Heading>
      <ul className="flex flex-wrap gap-2">
        {feeds.map((feed) => (
          <li key={feed.href}>
            <a href={feed.href} className={linkClass}>
              <BrandIcon name="rss" />
              {feed.label}
            </a>
          </li>
        ))}
        {siteConfig.social.map((profile) => (
          <li key={profile.href}>
            <a href={profile.href} className={linkClass} rel="me noopener">
              <BrandIcon name={profile.icon} />
              {profile.name}
            </a>
          </li>
        ))}
      </ul>
      <NewsletterForm />
    </section>
  )
}
