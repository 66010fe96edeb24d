import Link from 'next/link'
import { getImage } from '@/lib/content/images'
import { isUnpublished, searchPosts } from '@/lib/content/posts'
import { formatDate } from '@/lib/dates'
import { searchAnnouncement } from '@/lib/search/announcement'
import { PaginationNav } from './pagination-nav'
import { SearchForm, type SearchFormProps, type SearchQuery } from './search-form'
import { UnpublishedBadge } from './unpublished-badge'

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
          {found.results.map(({ post, excerpt }) => {
            const thumbnail = post.image ? getImage(post.image)?.webp[0]?.src : undefined
            return (
              <li key={post.slug} className="flex gap-4 py-5">
                <div className="min-w-0 flex-1 space-y-1">
                  <p className="text-xs font-semibold tracking-wider text-red-800 uppercase dark:text-red-300">
                    {post.category}
                    {isUnpublished(post) ? <UnpublishedBadge post={post} /> : null}
                  </p>
                  <h2 className="font-serif text-xl leading-snug font-bold">
                    <Link href={post.url} className="hover:underline">
                      {post.title}
                    </Link>
                  </h2>
                  <p className="text-sm text-stone-600 dark:text-stone-300">
                    <time dateTime={post.date}>{formatDate(post.date)}</time>
                  </p>
                  {/* The article's own words around the matches, as text: only the matches are marked. */}
                  <p className="text-stone-800 dark:text-stone-200 [&_mark]:bg-amber-200 [&_mark]:text-stone-950">
                    {excerpt.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
                  </p>
                </div>
                {thumbnail ? (
                  // A small file the content build made; decorative beside the headline.
                  // eslint-disable-next-line @next/next/no-img-element
                  <img
                    src={thumbnail}
                    alt=""
                    width={96}
                    height={72}
                    loading="lazy"
                    className="aspect-[4/3] h-auto w-24 shrink-0 rounded object-cover"
                  />
                ) : null}
              </li>
            )
          })}
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
