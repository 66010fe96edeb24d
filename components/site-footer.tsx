import { siteConfig } from '@/lib/site'
import { FollowUs } from './follow-us'

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-stone-300 dark:border-stone-700">
      <div className="mx-auto max-w-3xl space-y-6 px-4 py-8">
        <FollowUs headingLevel="h2" landmark={false} />
        <p className="text-sm text-stone-600 dark:text-stone-300">
          © {new Date().getFullYear()} {siteConfig.name}. {siteConfig.description}
        </p>
      </div>
    </footer>
  )
}
