import type { Post } from '@/lib/content/posts'

/** "Draft" or "Scheduled" next to an article title in lists (previews and development only). */
export function UnpublishedBadge({ post }: { post: Post }) {
  return (
    <span className="ml-2 inline-block rounded bg-amber-200 px-2 py-0.5 align-middle font-sans text-xs font-bold tracking-wide text-amber-950 uppercase">
      {post.draft ? 'Draft' : 'Scheduled'}
    </span>
  )
}
