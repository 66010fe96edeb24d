import Link from 'next/link'
import { isUnpublished, type Post } from '@/lib/content/posts'
import { cn } from '@/lib/utils'
import { UnpublishedBadge } from './unpublished-badge'

type StoryHeadlineProps = { post: Post; level: 2 | 3; className?: string }

/**
 * A story's headline where it is listed (lists, the front page), linking to it, and marked Draft or
 * Scheduled where a preview or `npm run dev` shows what readers do not see yet.
 */
export function StoryHeadline({ post, level, className }: StoryHeadlineProps) {
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <Heading className={cn('font-serif font-bold', className)}>
      <Link href={post.url} className="hover:underline">
        {post.title}
      </Link>
      {isUnpublished(post) ? <UnpublishedBadge post={post} /> : null}
    </Heading>
  )
}
