import Link from 'next/link'
import { authorUrl } from '@/lib/urls'
import type { Post } from '@/lib/content/posts'
import { cn, formatDate } from '@/lib/utils'

type PostMetaProps = { post: Post; byline?: boolean; className?: string }

/** Date line of an article: byline, published and updated dates, reading time. */
export function PostMeta({ post, byline = false, className }: PostMetaProps) {
  return (
    <p className={cn('flex flex-wrap gap-x-3 gap-y-1 text-sm text-stone-600 dark:text-stone-300', className)}>
      {byline ? (
        <span>
          By{' '}
          <Link href={authorUrl(post.author)} rel="author" className="underline hover:no-underline">
            {post.author}
          </Link>
        </span>
      ) : null}
      <span>
        {byline ? 'Published ' : null}
        <time dateTime={post.date}>{formatDate(post.date)}</time>
      </span>
      {byline && post.updated ? (
        <span>
          Updated <time dateTime={post.updated}>{formatDate(post.updated)}</time>
        </span>
      ) : null}
      <span>{post.readingMinutes} min read</span>
    </p>
  )
}
