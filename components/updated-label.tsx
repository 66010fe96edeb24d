import { recentChange } from '@/lib/content/corrections'
import type { Post } from '@/lib/content/posts'
import { formatTime } from '@/lib/dates'
import { cn } from '@/lib/utils'

/**
 * "Updated 2:15 PM EST" on a front-page story changed in the last day (a correction note, an update or a new
 * `updated` date), as newsrooms flag a developing story; nothing otherwise. The time is the render's: the front
 * page is made again every minute.
 */
export function UpdatedLabel({ post, now, className }: { post: Post; now: Date; className?: string }) {
  const modified = recentChange(post, now)
  if (!modified) return null
  return (
    <p className={cn('text-sm font-semibold text-red-800 dark:text-red-300', className)}>
      Updated <time dateTime={modified}>{formatTime(modified)}</time>
    </p>
  )
}
