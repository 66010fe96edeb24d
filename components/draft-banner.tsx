import type { Post } from '@/lib/content/posts'
import { formatDateTime } from '@/lib/dates'

/** Says plainly, on previews and in development, that readers cannot see this article yet. */
export function DraftBanner({ post }: { post: Post }) {
  const message = post.draft
    ? 'Draft: not published. Readers of the live site cannot see this article.'
    : `Scheduled: goes live on ${formatDateTime(post.date)}, everywhere at once within a minute or two of that time, with no deploy.`
  return (
    <p
      role="status"
      className="rounded-md border-2 border-dashed border-amber-700 bg-amber-100 px-4 py-3 font-semibold text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100"
    >
      {message}
    </p>
  )
}
