import { siteConfig } from '@/lib/site'
import { cn } from '@/lib/utils'

/**
 * The affiliate disclosure. Pages place it above the article body, so a
 * reader meets it before any affiliate link, as the FTC asks.
 */
export function AffiliateNotice({ className }: { className?: string }) {
  return (
    <aside
      aria-label="Affiliate disclosure"
      className={cn(
        'rounded-md border-l-4 border-amber-600 bg-amber-50 px-4 py-3 text-sm text-stone-800 dark:border-amber-400 dark:bg-stone-800 dark:text-stone-100',
        className,
      )}
    >
      {siteConfig.affiliate.notice}
    </aside>
  )
}
