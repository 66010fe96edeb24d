import type { Post } from '@/lib/content/posts'
import { cn } from '@/lib/utils'
import { Picture } from './picture'
import { PostMeta } from './post-meta'
import { SectionLabel } from './section-label'
import { StoryHeadline } from './story-headline'

type PostListProps = {
  posts: readonly Post[]
  /** The headlines' level: 2 under a page's heading, 3 under a section of the front page. */
  headingLevel?: 2 | 3
  className?: string
}

/** Article summaries, in the order given. */
export function PostList({ posts, headingLevel = 2, className }: PostListProps) {
  return (
    <ul className={cn('divide-y divide-stone-200 dark:divide-stone-700', className)}>
      {posts.map((post) => (
        <li key={post.slug} className="py-6">
          <article className="flex gap-4">
            <div className="min-w-0 flex-1 space-y-2">
              <SectionLabel name={post.category} />
              <StoryHeadline post={post} level={headingLevel} className="text-2xl leading-tight" />
              <PostMeta post={post} />
              <p className="text-stone-700 dark:text-stone-200">{post.summary}</p>
            </div>
            {post.image ? (
              <div className="w-24 shrink-0 sm:w-40">
                {/* The headline beside it says what the story is; the thumbnail adds nothing for a screen reader. */}
                <Picture
                  src={post.image}
                  alt=""
                  sizes="(min-width: 640px) 160px, 96px"
                  className="aspect-[4/3] rounded object-cover"
                />
              </div>
            ) : null}
          </article>
        </li>
      ))}
    </ul>
  )
}
