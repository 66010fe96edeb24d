import type { SearchQuery } from '@/components/search-form'

/** A search as its URL says it (/search?q=…&section=…&tag=…&sort=…), read the same in the browser and on the server. */
export function readQuery(params: URLSearchParams): SearchQuery {
  return {
    q: (params.get('q') ?? '').trim(),
    section: params.get('section') ?? '',
    tag: params.get('tag') ?? '',
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
  }
}
