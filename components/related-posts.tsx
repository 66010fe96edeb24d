import Link from 'next/link'
import { getRelatedPosts, type Post } from '@/lib/content/posts'
import { formatDate } from '@/lib/dates'
import { cn } from '@/lib/utils'

type RelatedPostsProps = { post: Post; className?: string }

/** The ranked related list after an article; renders nothing when nothing is relevant. */
export async function RelatedPosts({ post, className }: RelatedPostsProps) {
  const related = await getRelatedPosts(post)
  if (related.length === 0) return null
  return (
    <section aria-labelledby="related-heading" className={cn('space-y-3', className)}>
      <h2 id="related-heading" className="font-serif text-xl font-bold">
        Related articles
      </h2>
      <ul className="grid gap-3 sm:grid-cols-3">
        {related.map(({ post: item, reason }) => (
          <li key={item.slug}>
            <Link
              href={item.url}
              className="block h-full rounded-lg border border-stone-200 p-4 hover:border-stone-400 dark:border-stone-700 dark:hover:border-stone-500"
            >
              <span className="block font-serif text-lg leading-snug font-bold">{item.title}</span>
              <span className="mt-2 block text-sm text-stone-600 dark:text-stone-300">
                {/* Text, not a link: the whole card is the article's link, and links cannot nest. */}
                <time dateTime={item.date}>{formatDate(item.date)}</time> · {item.category}
              </span>
              {reason ? <span className="mt-1 block text-sm text-red-800 dark:text-red-300">{reason}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
