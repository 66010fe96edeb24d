import type { Page } from '@/lib/content/pagination'
import type { Post } from '@/lib/content/posts'
import { cn } from '@/lib/utils'
import { PaginationNav } from './pagination-nav'
import { PostList } from './post-list'

type PostListPageProps = {
  heading: string
  /** The home page's heading is for screen readers; the masthead already names the site. */
  hideHeading?: boolean
  /** A sentence or two under the heading, on the first page only. */
  intro?: string | undefined
  page: Page<Post>
  href: (page: number) => string
}

/** One page of an article list (home, a tag, an author, a section, a month) with its heading and page links. */
export function PostListPage({ heading, hideHeading = false, intro, page, href }: PostListPageProps) {
  return (
    <>
      <h1 className={cn('font-serif text-3xl font-black', hideHeading && 'sr-only')}>
        {heading}
        {page.page > 1 ? `, page ${page.page}` : ''}
      </h1>
      {intro && page.page === 1 ? (
        <p className="mt-2 max-w-prose text-lg text-stone-700 dark:text-stone-200">{intro}</p>
      ) : null}
      <PostList posts={page.items} />
      <PaginationNav page={page.page} totalPages={page.totalPages} href={href} />
    </>
  )
}
