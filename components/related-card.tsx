import Link from 'next/link'
import { getPost } from '@/lib/content/posts'

/**
 * `<Related slug="…" />` inside an article: a card linking one other article.
 * The content build has already refused slugs that do not exist, so a
 * missing article here is one this build hides (a draft in production).
 */
export async function RelatedCard({ slug }: { slug: string }) {
  const post = await getPost(slug)
  if (!post) return null
  return (
    <aside aria-label="Related article" className="not-prose my-6 border-y border-stone-300 py-3 dark:border-stone-600">
      <Link href={post.url} className="group block">
        <span className="text-xs font-semibold tracking-wider text-red-800 uppercase dark:text-red-300">Related</span>
        <span className="mt-1 block font-serif text-lg leading-snug font-bold group-hover:underline">{post.title}</span>
      </Link>
    </aside>
  )
}
