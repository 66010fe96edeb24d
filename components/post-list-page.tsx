import type { Page } from '@/lib/content/pagination'
import type { Post } from '@/lib/content/posts'
import { cn } from '@/lib/utils'
import { PaginationNav } from './pagination-nav'
import { PostList } from './post-list'

type PostListPageProps = {
  heading: string
  /** The home page's heading is for screen readers; the masthead already names the site. */
  hideHeading?: boolean
  page: Page<Post>
  href: (page: number) => string
}

/** One page of an article list (home, a tag or an author) with its heading and page links. */
export function PostListPage({ heading, hideHeading = false, page, href }: PostListPageProps) {
  return (
    <>
      <h1 className={cn('font-serif text-3xl font-black', hideHeading && 'sr-only')}>
        {heading}
        {page.page > 1 ? `, page ${page.page}` : ''}
      </h1>
      <PostList posts={page.items} />
      <PaginationNav page={page.page} totalPages={page.totalPages} href={href} />
    </>
  )
}
