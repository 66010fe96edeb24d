'use client'

import { useSearchParams } from 'next/navigation'
import { useEffect, useMemo, useState } from 'react'
import { searchAnnouncement } from '@/lib/search/announcement'
import { readQuery } from '@/lib/search/query'
import { withoutCommonWords } from '@/lib/search/common-words'
import { loadPagefind, warmSearch, type PagefindResultData, type PagefindSearch } from '@/lib/search/pagefind-client'
import { SearchForm, type SearchFormProps } from './search-form'
import { SearchHit } from './search-hit'

type Outcome = { status: 'done'; hits: PagefindSearch['results']; results: PagefindResultData[] } | { status: 'failed' }
type State = { status: 'idle' } | { status: 'searching' } | Outcome

export type SearchResultsProps = Omit<SearchFormProps, 'query' | 'onWords' | 'onSearch'> & {
  /** The index's very common words, left out of a query that has others (lib/search/common-words.ts). */
  commonWords: readonly string[]
  /** Results shown at once (siteConfig.searchResultsPerPage), passed in so lib/site stays out of the bundle. */
  perPage: number
}

/**
 * Runs the search in the URL (/search?q=…&section=…&tag=…&sort=…) against
 * the site's Pagefind index and lists the results, announced to screen
 * readers. The form is the same plain GET form as without JavaScript.
 */
export function SearchResults({ commonWords, perPage, ...props }: SearchResultsProps) {
  const params = useSearchParams()
  const query = readQuery(params)
  const common = useMemo(() => new Set(commonWords), [commonWords])
  const { search: words, leftOut } = withoutCommonWords(query.q, common)
  const key = `${words}\n${query.section}\n${query.tag}\n${query.sort}`
  // Each outcome is kept with the query it answers; until the current query's arrives, it is searching.
  const [outcome, setOutcome] = useState<{ key: string; outcome: Outcome } | null>(null)
  const state: State = !query.q ? { status: 'idle' } : outcome?.key === key ? outcome.outcome : { status: 'searching' }

  useEffect(() => {
    if (!query.q) return
    let cancelled = false
    const filters: Record<string, string> = {}
    if (query.section) filters.section = query.section
    if (query.tag) filters.tag = query.tag
    loadPagefind()
      .then((pagefind) =>
        pagefind.search(words, {
          ...(Object.keys(filters).length > 0 ? { filters } : {}),
          ...(query.sort === 'newest' ? { sort: { date: 'desc' } } : {}),
        }),
      )
      .then(async (search) => {
        const hits = search?.results ?? []
        // Each result's text is a chunk of its own: fetch only those on screen.
        const results = await Promise.all(hits.slice(0, perPage).map((hit) => hit.data()))
        if (!cancelled) setOutcome({ key, outcome: { status: 'done', hits, results } })
      })
      .catch(() => {
        if (!cancelled) setOutcome({ key, outcome: { status: 'failed' } })
      })
    return () => {
      cancelled = true
    }
    // `key` holds every part of the query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  const announcement =
    state.status === 'searching'
      ? 'Searching…'
      : state.status === 'failed'
        ? 'Search is not available right now. Try again, or browse by section or date.'
        : state.status === 'done'
          ? searchAnnouncement(query, state.hits.length, leftOut)
          : ''

  return (
    <>
      <SearchForm
        {...props}
        query={query}
        // Fetch the search code as soon as the reader starts, so results are ready when they press Enter.
        onWords={(typed) => warmSearch(withoutCommonWords(typed, common).search)}
        // Same URL as the plain form would load, without reloading the page or asking the server:
        // Next's router follows the browser's history, so useSearchParams sees the new query.
        onSearch={(search) => window.history.pushState(null, '', `${props.action}?${search}`)}
      />
      <p role="status" className="font-semibold">
        {query.q ? announcement : ''}
      </p>
      {state.status === 'done' && state.results.length > 0 ? (
        <ol className="divide-y divide-stone-200 dark:divide-stone-700">
          {state.results.map((result) => (
            <SearchHit
              key={result.url}
              url={result.url}
              title={result.meta.title ?? ''}
              section={result.meta.section ?? ''}
              unpublished={result.meta.unpublished}
              datetime={result.meta.datetime ?? ''}
              date={result.meta.date ?? ''}
              thumbnail={result.meta.image}
              // Pagefind's excerpt: the article's own text, escaped, with the matched words in <mark>.
              excerpt={<span dangerouslySetInnerHTML={{ __html: result.excerpt }} />}
            />
          ))}
        </ol>
      ) : null}
      {state.status === 'done' && state.results.length < state.hits.length ? (
        <button
          type="button"
          onClick={() => {
            const next = state.hits.slice(state.results.length, state.results.length + perPage)
            void Promise.all(next.map((hit) => hit.data())).then((more) =>
              setOutcome({ key, outcome: { ...state, results: [...state.results, ...more] } }),
            )
          }}
          className="min-h-11 rounded-md border border-stone-400 px-4 font-semibold"
        >
          Show more results
        </button>
      ) : null}
    </>
  )
}
