import Link from 'next/link'
import { historyPath } from '@/lib/urls'
import { modifiedAt } from '@/lib/content/corrections'
import type { Post } from '@/lib/content/posts'
import { formatDateTime } from '@/lib/dates'
import { cn } from '@/lib/utils'
import { Byline } from './byline'

type PostMetaProps = { post: Post; byline?: boolean; className?: string }

/**
 * Date line of an article: byline and credits, when it was published (to the minute when
 * the newsroom dated it so) and last changed, with a link to its history,
 * and reading time.
 */
export function PostMeta({ post, byline = false, className }: PostMetaProps) {
  const modified = modifiedAt(post)
  const history =
    byline && post.versions > 0 ? (
      <Link href={historyPath(post.url)} className="underline hover:no-underline">
        {modified ? 'See what changed' : 'History'}
      </Link>
    ) : null
  return (
    <p className={cn('flex flex-wrap gap-x-3 gap-y-1 text-sm text-stone-600 dark:text-stone-300', className)}>
      {byline ? <Byline post={post} /> : null}
      <span>
        {byline ? 'Published ' : null}
        <time dateTime={post.date}>{formatDateTime(post.date)}</time>
      </span>
      {byline && modified ? (
        <span>
          Updated <time dateTime={modified}>{formatDateTime(modified)}</time>
          {history ? <> · {history}</> : null}
        </span>
      ) : history ? (
        <span>{history}</span>
      ) : null}
      <span>{post.readingMinutes} min read</span>
    </p>
  )
}
