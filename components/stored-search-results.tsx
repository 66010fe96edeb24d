import Link from 'next/link'
import { getImage } from '@/lib/content/images'
import { isUnpublished, searchPosts } from '@/lib/content/posts'
import { formatDate } from '@/lib/dates'
import { searchAnnouncement } from '@/lib/search/announcement'
import { PaginationNav } from './pagination-nav'
import { SearchForm, type SearchFormProps, type SearchQuery } from './search-form'
import { SearchHit } from './search-hit'

type StoredSearchResultsProps = Omit<SearchFormProps, 'query' | 'onWords' | 'onSearch'> & {
  query: SearchQuery
  page: number
}

/**
 * A search answered on the server by the store (lib/content/posts.ts
 * searchPosts), in the page's HTML: a shared /search?q=… link shows its
 * results without JavaScript, as every other page does. Looks and reads
 * like the browser's search (components/search-results.tsx).
 */
export async function StoredSearchResults({ query, page, ...props }: StoredSearchResultsProps) {
  const found = await searchPosts(query, page)
  const totalPages = found ? Math.max(1, Math.ceil(found.total / found.perPage)) : 1
  const href = (n: number) => {
    const params = new URLSearchParams({ q: query.q })
    if (query.section) params.set('section', query.section)
    if (query.tag) params.set('tag', query.tag)
    if (query.sort === 'newest') params.set('sort', 'newest')
    if (n > 1) params.set('page', String(n))
    return `${props.action}?${params}`
  }
  return (
    <>
      <SearchForm {...props} query={query} />
      <p role="status" className="font-semibold">
        {found ? searchAnnouncement(query, found.total) : ''}
      </p>
      {found && found.results.length > 0 ? (
        <ol className="divide-y divide-stone-200 dark:divide-stone-700">
          {found.results.map(({ post, excerpt }) => (
            <SearchHit
              key={post.slug}
              url={post.url}
              title={post.title}
              section={post.category}
              unpublished={isUnpublished(post) ? (post.draft ? 'Draft' : 'Scheduled') : undefined}
              datetime={post.date}
              date={formatDate(post.date)}
              thumbnail={post.image ? getImage(post.image)?.webp[0]?.src : undefined}
              // The article's own words around the matches, as text: only the matches are marked.
              excerpt={excerpt.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
            />
          ))}
        </ol>
      ) : null}
      {found && page > totalPages && found.total > 0 ? (
        // A shared link to a page past the last, now that fewer articles match.
        <p className="pt-6">
          <Link href={href(totalPages)} rel="prev" className="underline">
            ← Previous results
          </Link>
        </p>
      ) : null}
      {found && page <= totalPages ? (
        <PaginationNav
          page={page}
          totalPages={totalPages}
          href={href}
          labels={{ previous: 'Previous results', next: 'More results' }}
        />
      ) : null}
    </>
  )
}
