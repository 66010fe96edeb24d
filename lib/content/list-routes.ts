import { archiveUrl, authorPath, correctionsPath, pagedHref, sectionPath, tagPath, topicsPath } from '../urls'
import type { ListScope } from './catalog'
import { pageNumber } from './pagination'

/** A list of articles a reader opens at its own path: the home page's, a topic's, an author's, a section's, a year's or a month's. */
export type PostListRef = Exclude<ListScope, { kind: 'corrected' }>
/** Any list with pages of its own: a list of articles, the notes of /corrections, or the topics of /tags. */
export type ListRef = PostListRef | { kind: 'corrections' } | { kind: 'topics' }

/** Where a path lands among the lists: which list, which of its pages, or its feed. */
export type ListPath = { list: ListRef; page: number; feed: boolean }

type ListRoute = {
  /** The list the segments after the route's first one name, or null when they name none. */
  list: (segments: readonly string[]) => ListRef | null
  /** Whether the list has an RSS feed at `<path>/feed.xml`. */
  feed: boolean
}

const named =
  (kind: 'tag' | 'author' | 'section') =>
  ([slug, ...more]: readonly string[]): ListRef | null =>
    slug !== undefined && more.length === 0 ? { kind, slug } : null

// The archive's segments are a four-digit year and a two-digit month, so /archive/2016/7 and /archive/16 are not lists.
function archive([year, month, ...more]: readonly string[]): ListRef | null {
  if (year === undefined || !/^\d{4}$/.test(year) || more.length > 0) return null
  if (month === undefined) return { kind: 'archive', year: Number(year) }
  return /^(0[1-9]|1[0-2])$/.test(month) ? { kind: 'archive', year: Number(year), month: Number(month) } : null
}

/**
 * Every kind of list by the first segment of its path. A list's pages are `<path>`, `<path>/page/<n>` (n ≥ 2)
 * and, where it has one, `<path>/feed.xml`; the home page's later pages are `/page/<n>`. The pages
 * (components/list-route.tsx) and proxy.ts, which answers a list or page that does not exist with the 404 page
 * (lib/content/list-pages.ts), both read paths through this table, so a new kind of list is one entry here,
 * one in lib/content/lists.ts and a route file.
 */
const LIST_ROUTES = new Map<string, ListRoute>([
  // /corrections itself is its route's own page; its later pages are /corrections/page/<n>.
  ['corrections', { list: (segments) => (segments.length === 0 ? { kind: 'corrections' } : null), feed: true }],
  ['tags', { list: named('tag'), feed: true }],
  ['authors', { list: named('author'), feed: false }],
  ['sections', { list: named('section'), feed: true }],
  ['archive', { list: archive, feed: false }],
])

const home: ListRef = { kind: 'home' }
const topics: ListRef = { kind: 'topics' }

/**
 * The list page a path's segments name (`['tags', 'privacy', 'page', '2']`): undefined when the path is
 * not under a list's route at all (an article, `/search`, the `/tags` index), null when it is but names no
 * list page (`/tags/privacy/extra`, `/archive/2014/7`). A page number that is not a plain integer of 2 or
 * more (`/page/1`, `/page/02`) is NaN.
 */
export function parseListPath(segments: readonly string[]): ListPath | null | undefined {
  const [first, ...rest] = segments
  if (first === undefined) return { list: home, page: 1, feed: false }
  if (first === 'page') return rest.length === 1 ? { list: home, page: laterPage(rest[0]), feed: false } : null
  // A Map, not an object: a path such as /constructor/x must not find Object's own properties.
  const route = LIST_ROUTES.get(first)
  // The topics index is /tags, its later pages /tags/page/<n>: a topic named "page" keeps /tags/page, its
  // feed and /tags/page/page/<n>.
  if (first === 'tags' && rest.length === 0) return { list: topics, page: 1, feed: false }
  if (first === 'tags' && rest.length === 2 && rest[0] === 'page' && rest[1] !== 'feed.xml') {
    return { list: topics, page: laterPage(rest[1]), feed: false }
  }
  if (route === undefined || rest.length === 0) return undefined
  let page = 1
  let feed = false
  if (rest.at(-1) === 'feed.xml') {
    feed = true
    rest.pop()
  } else if (rest.length >= 2 && rest.at(-2) === 'page') {
    page = laterPage(rest.at(-1))
    rest.splice(-2)
  }
  const list = route.list(rest)
  if (list === null || (feed && !route.feed)) return null
  return { list, page, feed }
}

function laterPage(segment: string | undefined): number {
  const page = segment === undefined ? NaN : pageNumber(segment)
  return page >= 2 ? page : NaN
}

/** A list's first page. */
export function listPath(list: ListRef): string {
  switch (list.kind) {
    case 'home':
      return '/'
    case 'tag':
      return tagPath(list.slug)
    case 'author':
      return authorPath(list.slug)
    case 'section':
      return sectionPath(list.slug)
    case 'archive':
      return archiveUrl(list.year, list.month)
    case 'corrections':
      return correctionsPath
    case 'topics':
      return topicsPath
  }
}

/** Page n of a list. */
export const listPageHref = (list: ListRef) => pagedHref(listPath(list))
