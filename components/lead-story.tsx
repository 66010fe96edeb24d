import type { Post } from '@/lib/content/posts'
import { Picture } from './picture'
import { PostMeta } from './post-meta'
import { SectionLabel } from './section-label'
import { StoryHeadline } from './story-headline'
import { UpdatedLabel } from './updated-label'

/**
 * The story that leads the front page: its lead picture large (the page's largest paint, so it loads first
 * and is sized for the first screen), its section, headline, summary and date line.
 */
export function LeadStory({ post, now }: { post: Post; now: Date }) {
  return (
    <article aria-label="Lead story" className="grid gap-4 md:grid-cols-5 md:items-start md:gap-6">
      {post.image ? (
        <div className="md:col-span-3">
          <Picture
            src={post.image}
            alt={post.imageAlt ?? ''}
            sizes="(min-width: 1024px) 560px, (min-width: 768px) 60vw, 100vw"
            priority
            className="aspect-[16/9] rounded object-cover"
          />
        </div>
      ) : null}
      <div className={post.image ? 'space-y-2 md:col-span-2' : 'space-y-2 md:col-span-5'}>
        <SectionLabel name={post.category} />
        <StoryHeadline post={post} level={2} className="text-3xl leading-tight font-black sm:text-4xl" />
        <UpdatedLabel post={post} now={now} />
        <p className="text-lg text-stone-700 dark:text-stone-200">{post.summary}</p>
        <PostMeta post={post} />
      </div>
    </article>
  )
}
