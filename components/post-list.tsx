import Link from 'next/link'
import { isUnpublished, type Post } from '@/lib/content/posts'
import { cn } from '@/lib/utils'
import { PostMeta } from './post-meta'
import { SectionLabel } from './section-label'
import { UnpublishedBadge } from './unpublished-badge'

type PostListProps = { posts: readonly Post[]; className?: string }

/** Article summaries, in the order given. */
export function PostList({ posts, className }: PostListProps) {
  return (
    <ul className={cn('divide-y divide-stone-200 dark:divide-stone-700', className)}>
      {posts.map((post) => (
        <li key={post.slug} className="py-6">
          <article className="space-y-2">
            <SectionLabel name={post.category} />
            <h2 className="font-serif text-2xl leading-tight font-bold">
              <Link href={post.url} className="hover:underline">
                {post.title}
              </Link>
              {isUnpublished(post) ? <UnpublishedBadge post={post} /> : null}
            </h2>
            <PostMeta post={post} />
            <p className="text-stone-700 dark:text-stone-200">{post.summary}</p>
          </article>
        </li>
      ))}
    </ul>
  )
}
