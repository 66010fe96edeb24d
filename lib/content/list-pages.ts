import { archiveUrl, tagPath } from '../urls'
import { listPath, parseListPath } from './list-routes'
import { SITE_PAGES } from './site-pages'
import { pageNumber } from './pagination'
import { contentSnapshot, type SnapshotPost } from './snapshot'
import type { SiteSection } from './sections'
import type { ContentEnvironment } from './visibility'

/**
 * Every list of the site by its path: `/` (the home page's list),
 * `/tags/<tag>`, `/authors/<author>`, `/sections/<section>`,
 * `/archive/<year>` and `/archive/<year>/<month>`, with what its articles are
 * when the content is built: how many are published, when the scheduled ones
 * go live, and how many are drafts. The content build writes it for proxy.ts
 * (.contentlayer/list-pages.json, or the store's site_tables), which works out
 * from it, for its environment and the minute, which lists and pages exist.
 */
export type ListEntry = {
  /** Articles already published when the content was built. */
  live: number
  /** Go-live times (ms) of the scheduled articles, earliest first. */
  scheduled?: number[]
  /** Drafts: seen only on previews and in development. */
  drafts?: number
}
export type ListPages = Record<string, ListEntry>

function listEntry(posts: readonly SnapshotPost[], builtAt: number, timeOf: (post: SnapshotPost) => number): ListEntry {
  const scheduled: number[] = []
  let drafts = 0
  for (const post of posts) {
    if (post.draft) drafts += 1
    else if (timeOf(post) > builtAt) scheduled.push(timeOf(post))
  }
  scheduled.sort((a, b) => a - b)
  return {
    live: posts.length - scheduled.length - drafts,
    ...(scheduled.length > 0 ? { scheduled } : {}),
    ...(drafts > 0 ? { drafts } : {}),
  }
}

/**
 * The lists of every article of the build, drafts and scheduled ones too, each with what it holds. Every
 * author with a profile (`authors`, their ids) has a page, articles or not: the masthead links to it.
 */
export function listPages(
  posts: readonly (SnapshotPost & { corrections?: readonly unknown[] | null })[],
  sections: readonly SiteSection[],
  authors: readonly string[],
  builtAt: number,
): ListPages {
  const everything = contentSnapshot(posts, 'development', new Date(8.64e15), sections)
  // Each article is in a list or ten: its date is read once.
  const times = new Map<SnapshotPost, number>()
  const timeOf = (post: SnapshotPost) => {
    let time = times.get(post)
    if (time === undefined) {
      time = Date.parse(post.date)
      times.set(post, time)
    }
    return time
  }
  const entry = (inList: readonly SnapshotPost[]) => listEntry(inList, builtAt, timeOf)
  const lists: ListPages = { [listPath({ kind: 'home' })]: entry(everything.visible) }
  // /corrections lists notes: each counts as its article does (published, scheduled until its time, or a draft).
  const notes = everything.visible.flatMap((post) => Array.from({ length: post.corrections?.length ?? 0 }, () => post))
  lists[listPath({ kind: 'corrections' })] = entry(notes)
  for (const tag of everything.tags) lists[listPath({ kind: 'tag', slug: tag.slug })] = entry(tag.posts)
  for (const id of authors) {
    lists[listPath({ kind: 'author', slug: id })] = entry(everything.authorsBySlug.get(id)?.posts ?? [])
  }
  for (const section of everything.sections) {
    lists[listPath({ kind: 'section', slug: section.slug })] = entry(section.posts)
  }
  const years = new Map<number, SnapshotPost[]>()
  for (const { year, month, posts: inMonth } of everything.months) {
    lists[listPath({ kind: 'archive', year, month })] = entry(inMonth)
    const inYear = years.get(year)
    if (inYear) for (const post of inMonth) inYear.push(post)
    else years.set(year, [...inMonth])
  }
  for (const [year, inYear] of years) lists[listPath({ kind: 'archive', year })] = entry(inYear)
  return lists
}

/**
 * How many articles of a list a reader of `environment` sees at `now`:
 * production counts a scheduled article from its minute and never a draft,
 * so a list that only a draft or a not-yet-live article has does not exist
 * there, exactly like a made-up one.
 */
export function visibleCount(list: ListEntry, environment: ContentEnvironment, now: number): number {
  const scheduled = list.scheduled ?? []
  if (environment !== 'production') return list.live + scheduled.length + (list.drafts ?? 0)
  return list.live + scheduled.filter((time) => time <= now).length
}

type Visibility = {
  environment: ContentEnvironment
  now: number
  perPage: number
  perCorrectionsPage: number
  perTopicsPage: number
}

/** How many topics the index (/tags) lists for a reader of `environment` at `now`: the tags with an article they see. */
function topicCount(lists: ListPages, environment: ContentEnvironment, now: number): number {
  const prefix = tagPath('')
  let count = 0
  for (const [path, list] of Object.entries(lists)) {
    if (path.startsWith(prefix) && visibleCount(list, environment, now) > 0) count += 1
  }
  return count
}

/**
 * Whether a path under the list routes names a list, feed or page that a
 * reader of this environment cannot see now: `/tags/made-up`,
 * `/tags/privacy/page/999`, `/tags/privacy/extra`, `/archive/2014/7`,
 * `/page/1`, `/tags/page/99` past the topics index's end, or a tag only a draft has. Those render on first request, and
 * Next keeps each result, so the proxy answers them with the 404 page first.
 * Other paths are left to the routes.
 */
export function isMissingListPage(pathname: string, lists: ListPages, visibility: Visibility): boolean {
  const path = parseListPath(pathname.split('/').filter(Boolean))
  if (path === undefined) return false
  if (path === null || Number.isNaN(path.page)) return true
  const { environment, now } = visibility
  let count: number
  if (path.list.kind === 'topics') {
    // The index counts the topics a reader sees (only a later page needs them counted).
    count = path.page === 1 ? 0 : topicCount(lists, environment, now)
  } else {
    const list = lists[listPath(path.list)]
    if (list === undefined) return true
    count = visibleCount(list, environment, now)
  }
  // The home page, /corrections and /tags are there with nothing in them yet, an author's page while they have a
  // profile; every other list exists while it has an article.
  if (count === 0 && !['home', 'corrections', 'topics', 'author'].includes(path.list.kind)) return true
  const perPage =
    path.list.kind === 'corrections'
      ? visibility.perCorrectionsPage
      : path.list.kind === 'topics'
        ? visibility.perTopicsPage
        : visibility.perPage
  return path.page > Math.ceil(count / perPage) && path.page > 1
}

/**
 * Whether a path under /sitemaps/ names a sitemap file this environment does not have now
 * (lib/reach/sitemap-files.ts): `articles-<year>.xml` exists while that year's archive has an
 * article a reader may see, `articles-<year>-<n>.xml` while it has more than n - 1 files' worth,
 * and `pages-<n>.xml` while the lists do. The files render on first request and Next keeps each,
 * so the proxy answers the others with 404 first. Other paths are left to the routes.
 */
export function isMissingSitemap(
  pathname: string,
  lists: ListPages,
  { environment, now, perFile }: { environment: ContentEnvironment; now: number; perFile: number },
): boolean {
  const name = /^\/sitemaps\/([^/]+)$/.exec(pathname)?.[1]
  if (name === undefined) return false
  const articles = /^articles-(\d{4})(?:-(\d+))?\.xml$/.exec(name)
  if (articles) {
    const [, year, part] = articles
    const list = part === undefined ? archiveUrl(Number(year)) : `${archiveUrl(Number(year))}/page/${part}`
    return isMissingListPage(list, lists, {
      environment,
      now,
      perPage: perFile,
      perCorrectionsPage: perFile,
      perTopicsPage: perFile,
    })
  }
  const pages = /^pages(?:-(\d+))?\.xml$/.exec(name)
  if (!pages) return true
  if (pages[1] === undefined) return false
  // The lists' file holds the corrections and archive pages, the newsroom's own pages (at most as many as the
  // site has routes for) and every list a reader can see.
  const count =
    2 +
    SITE_PAGES.length +
    Object.entries(lists).filter(
      ([path, list]) => path !== listPath({ kind: 'corrections' }) && visibleCount(list, environment, now) > 0,
    ).length
  const n = pageNumber(pages[1])
  return !(n >= 2 && n <= Math.ceil(count / perFile))
}
