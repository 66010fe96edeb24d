import Link from 'next/link'
import { siteConfig } from '@/lib/site'
import { archivePath, correctionsPath } from '@/lib/urls'
import { getSitePages } from '@/lib/content/posts'
import { sitePagePath } from '@/lib/content/site-pages'
import { BrandIcon } from './icons'

const feeds = [
  { label: 'RSS', href: siteConfig.feeds.rss },
  { label: 'Atom', href: siteConfig.feeds.atom },
  { label: 'JSON Feed', href: siteConfig.feeds.json },
]
const link = 'inline-flex min-h-11 items-center gap-1.5 underline hover:no-underline'

/**
 * The footer: one compact line of the ways to follow the site (an article
 * carries the whole follow-us widget, newsletter included, so a reader meets
 * it once), the archive, corrections, the newsroom's own pages (about, standards, contact…) and the site's line.
 */
export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-stone-300 dark:border-stone-700">
      <div className="mx-auto max-w-3xl space-y-3 px-4 py-8 text-sm text-stone-700 dark:text-stone-200">
        <nav aria-label="Follow and more">
          <ul className="flex flex-wrap items-center gap-x-4">
            <li className="font-semibold">Follow {siteConfig.name}:</li>
            {feeds.map((feed) => (
              <li key={feed.href}>
                <a href={feed.href} className={link}>
                  <BrandIcon name="rss" />
                  {feed.label}
                </a>
              </li>
            ))}
            {siteConfig.social.map((profile) => (
              <li key={profile.href}>
                <a href={profile.href} className={link} rel="me noopener">
                  <BrandIcon name={profile.icon} />
                  {profile.name}
                </a>
              </li>
            ))}
            <li>
              <Link href={archivePath} className={link}>
                Archive
              </Link>
            </li>
            <li>
              <Link href={correctionsPath} className={link}>
                Corrections
              </Link>
            </li>
          </ul>
        </nav>
        <nav aria-label="About us">
          <ul className="flex flex-wrap items-center gap-x-4">
            {getSitePages().map(({ slug, name }) => (
              <li key={slug}>
                <Link href={sitePagePath(slug)} className={link}>
                  {name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="text-stone-600 dark:text-stone-300">
          © {new Date().getFullYear()} {siteConfig.name}. {siteConfig.description}
        </p>
      </div>
    </footer>
  )
}
