import type { ReactNode } from 'react'
import type { Page } from '@/lib/content/pagination'
import type { Post } from '@/lib/content/posts'
import { cn } from '@/lib/utils'
import { PaginationNav } from './pagination-nav'
import { PostList } from './post-list'

type PostListPageProps = {
  heading: string
  /** The home page's heading is for screen readers; the masthead already names the site. */
  hideHeading?: boolean
  /** Under the heading, on the first page only: a sentence or two (a section's), or an author's profile. */
  intro?: ReactNode
  /** A heading over the articles, where the first page shows more than them (an author's page). */
  itemsHeading?: string | undefined
  page: Page<Post>
  href: (page: number) => string
}

/** One page of an article list (home, a tag, an author, a section, a month) with its heading and page links. */
export function PostListPage({ heading, hideHeading = false, intro, itemsHeading, page, href }: PostListPageProps) {
  return (
    <>
      <h1 className={cn('font-serif text-3xl font-black', hideHeading && 'sr-only')}>
        {heading}
        {page.page > 1 ? `, page ${page.page}` : ''}
      </h1>
      {page.page > 1 || !intro ? null : typeof intro === 'string' ? (
        <p className="mt-2 max-w-prose text-lg text-stone-700 dark:text-stone-200">{intro}</p>
      ) : (
        intro
      )}
      {itemsHeading ? (
        <>
          <h2 className="mt-8 font-serif text-2xl font-black">{itemsHeading}</h2>
          {page.items.length === 0 ? <p className="mt-2 text-stone-700 dark:text-stone-200">No articles yet.</p> : null}
        </>
      ) : null}
      <PostList posts={page.items} headingLevel={itemsHeading ? 3 : 2} />
      <PaginationNav page={page.page} totalPages={page.totalPages} href={href} />
    </>
  )
}
