import Link from 'next/link'
import { cn } from '@/lib/utils'

type PaginationNavProps = {
  page: number
  totalPages: number
  /** URL of page n; page 1 is the base URL itself. */
  href: (page: number) => string
  className?: string
  /** The links' words; a list newest first by default. */
  labels?: { previous: string; next: string }
}

const newestFirst = { previous: 'Newer articles', next: 'Older articles' }

/** "Newer" / "Older" links between pages of a list, newest first (or other words for another order). */
export function PaginationNav({ page, totalPages, href, className, labels = newestFirst }: PaginationNavProps) {
  if (totalPages <= 1) return null
  const linkClass =
    'rounded-md border border-stone-300 px-4 py-2 font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800'
  return (
    <nav aria-label="Pages" className={cn('flex items-center justify-between gap-4 pt-6', className)}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          ← {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-600 dark:text-stone-300">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          {labels.next} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
