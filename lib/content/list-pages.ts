import { archiveUrl, authorPath, sectionPath, tagPath } from '../urls'
import { pageNumber } from './pagination'
import { contentSnapshot, type SnapshotPost } from './snapshot'

/**
 * How many pages each list of the site can have, by the list's path: `/`
 * (the home page's list), `/tags/<tag>`, `/authors/<author>`,
 * `/sections/<section>`, `/archive/<year>` and `/archive/<year>/<month>`.
 * The content build writes it (.contentlayer/list-pages.json) for proxy.ts.
 */
export type ListPages = Record<string, number>

/**
 * Counted over every article of the build, drafts and scheduled ones too:
 * an upper bound for production and previews alike, and a list that a
 * scheduled article starts already has its path (the page decides what to
 * show when it renders).
 */
export function listPages(posts: readonly SnapshotPost[], perPage: number): ListPages {
  const everything = contentSnapshot(posts, 'development', new Date(8.64e15))
  const pages = (count: number) => Math.max(1, Math.ceil(count / perPage))
  const lists: ListPages = { '/': pages(everything.visible.length) }
  for (const tag of everything.tags) lists[tagPath(tag.slug)] = pages(tag.count)
  for (const author of everything.authors) lists[authorPath(author.slug)] = pages(author.posts.length)
  for (const section of everything.sections) lists[sectionPath(section.slug)] = pages(section.posts.length)
  const years = new Map<number, number>()
  for (const { year, month, posts: inMonth } of everything.months) {
    lists[archiveUrl(year, month)] = pages(inMonth.length)
    years.set(year, (years.get(year) ?? 0) + inMonth.length)
  }
  for (const [year, count] of years) lists[archiveUrl(year)] = pages(count)
  return lists
}

// A list path, then optionally its feed (tags and sections have one) or one of its later pages.
const listRoute =
  /^(?:(\/(?:tags|authors|sections)\/[^/]+)(\/feed\.xml)?|(\/archive\/[^/]+(?:\/[^/]+)?)|)(?:\/page\/([^/]+))?\/?$/

/**
 * Whether a path under the list routes names a list, feed or page this
 * content does not have: `/tags/made-up`, `/tags/privacy/page/999`,
 * `/archive/2014/7`, `/page/1`. Those render on first request, and Next keeps
 * each result, so the proxy answers them with the 404 page first. Other
 * paths are left to the routes.
 */
export function isMissingListPage(pathname: string, lists: ListPages): boolean {
  const match = listRoute.exec(pathname)
  if (!match) return false
  const [, named, feed, archive, page] = match
  if (!named && !archive && page === undefined) return false
  if (feed && (page !== undefined || named?.startsWith('/authors/'))) return true
  const count = lists[named ?? archive ?? '/']
  if (count === undefined) return true
  if (page === undefined) return false
  const n = pageNumber(page)
  return !(n >= 2 && n <= count)
}
