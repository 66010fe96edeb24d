import type { Post } from '@/lib/content/posts'
import { Picture } from './picture'
import { SectionLabel } from './section-label'
import { StoryHeadline } from './story-headline'
import { UpdatedLabel } from './updated-label'

/** The top stories under the lead: each with its thumbnail, section and headline, three to a row on wider screens. */
export function TopStories({ posts, now }: { posts: readonly Post[]; now: Date }) {
  return (
    <section aria-labelledby="top-stories" className="border-t border-stone-200 pt-6 dark:border-stone-700">
      <h2 id="top-stories" className="sr-only">
        Top stories
      </h2>
      <ul className="grid gap-6 sm:grid-cols-3">
        {posts.map((post) => (
          <li key={post.slug}>
            {/* On a phone a small thumbnail beside the headline, as in the lists; above it on wider screens. */}
            <article className="flex gap-4 sm:flex-col sm:gap-2">
              {post.image ? (
                <div className="order-last w-24 shrink-0 sm:order-none sm:w-full">
                  {/* The headline beside it says what the story is; the thumbnail adds nothing for a screen reader. */}
                  <Picture
                    src={post.image}
                    alt=""
                    sizes="(min-width: 1024px) 240px, (min-width: 640px) 30vw, 96px"
                    className="aspect-[4/3] rounded object-cover sm:aspect-[16/9]"
                  />
                </div>
              ) : null}
              <div className="min-w-0 flex-1 space-y-2">
                <SectionLabel name={post.category} />
                <StoryHeadline post={post} level={3} className="text-xl leading-snug" />
                <UpdatedLabel post={post} now={now} />
              </div>
            </article>
          </li>
        ))}
      </ul>
    </section>
  )
}
