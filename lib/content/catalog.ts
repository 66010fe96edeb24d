import { latest } from '../dates'
import { modifiedAt } from './corrections'
import type { Post } from './post'
import { getSiteSections, sectionWithSlug } from './sections'
import { compareSlugs, contentSnapshot, type ContentSnapshot } from './snapshot'
import type { ContentEnvironment } from './visibility'

/**
 * What pages ask of a content store, each answer as large as what one page shows, never the archive:
 * one article, a few by slug, a stretch of one list, and the lists themselves with their counts.
 * lib/content/posts.ts asks it; two stores answer it: the files' index in memory (filesCatalog, below)
 * and PostgreSQL, one query per question (lib/content/store.ts).
 */
export interface Catalog {
  /** The article with this slug, if a reader may see it now. */
  post(slug: string): Promise<Post | undefined>
  /** Those of these articles `audience` may see now, in no order. */
  posts(slugs: readonly string[], audience: Audience): Promise<Post[]>
  /**
   * `limit` articles of a list from `offset`, newest first (articles of one time by slug), or in exactly the
   * reverse order when asked: a sitemap file's, or a list's later pages read from its end.
   */
  items(scope: ListScope, audience: Audience, range: ItemRange): Promise<Post[]>
  /** Every list with articles `audience` may see now, with their counts. */
  lists(audience: Audience): Promise<Lists>
  /** Slugs of the sections this build will have once its scheduled articles are live. */
  eventualSections(): Promise<string[]>
  /**
   * `limit` of the notes (corrections, clarifications, updates) on articles `audience` may see, from `offset`,
   * newest note first (notes of one time by the article's slug, then in the article's order), and how many there are.
   */
  notes(audience: Audience, range: { offset: number; limit: number }): Promise<{ notes: SiteCorrection[]; total: number }>
}

/** A note on an article, with the article: what /corrections and its feed list. */
export type SiteCorrection = { post: Post; note: Post['corrections'][number] }

/** Notes newest first; of one time, by the article's slug; of one article and time, in its own order (a stable sort). */
export const byNewestNote = (a: SiteCorrection, b: SiteCorrection) =>
  Date.parse(b.note.date) - Date.parse(a.note.date) || compareSlugs(a.post.slug, b.post.slug)

/**
 * Who a list is for: `visible`, a reader of this deploy (drafts too on a preview); `published`, a feed
 * or a sitemap, which carry only what is published on every kind of deploy.
 */
export type Audience = 'visible' | 'published'
export type ItemRange = { offset: number; limit: number; oldestFirst?: boolean }

/** The articles of one list: the home page's (all), a topic's, a byline's, a section's, a year's or month's, the corrected ones. */
export type ListScope =
  | { kind: 'home' }
  | { kind: 'tag' | 'author' | 'section'; slug: string }
  | { kind: 'archive'; year: number; month?: number }
  | { kind: 'corrected' }

/** A list readers can open, with how many articles it has and when the newest published change to one was (ISO 8601). */
export type ListSummary = { slug: string; name: string; count: number; lastModified: string | null }
export type MonthSummary = { year: number; month: number; count: number; lastModified: string | null }
/** Topics most used first, authors by id (their `name` is the id too: names are the profiles'), sections in the order lib/content/schema.ts lists them, months newest first. */
export type Lists = { tags: ListSummary[]; authors: ListSummary[]; sections: ListSummary[]; months: MonthSummary[] }

/** How many articles a list's scope holds, from the lists' counts: a page's count costs no query of its own. */
export function scopeCount(lists: Lists, scope: ListScope): number {
  const sum = (counts: readonly { count: number }[]) => counts.reduce((total, { count }) => total + count, 0)
  switch (scope.kind) {
    case 'home':
      return sum(lists.sections)
    case 'tag':
      return lists.tags.find((tag) => tag.slug === scope.slug)?.count ?? 0
    case 'author':
      return lists.authors.find((author) => author.slug === scope.slug)?.count ?? 0
    case 'section':
      return lists.sections.find((section) => section.slug === scope.slug)?.count ?? 0
    case 'archive':
      return sum(lists.months.filter((m) => m.year === scope.year && (scope.month === undefined || m.month === scope.month)))
    case 'corrected':
      return NaN
  }
}

/** The section's name (what articles give as their category) for its URL slug, if the site has such a section. */
export const sectionName = (slug: string) => sectionWithSlug(slug)?.name

const changedAt = (post: Post) => modifiedAt(post) ?? post.date

/**
 * The files' store: every article's index entry is in memory (bundled with the build), so each answer is
 * read from a snapshot of what is visible at this moment, made again only when an article's time passes or
 * the articles change (`key`).
 */
export function filesCatalog(
  articles: () => Promise<{ key: string; posts: readonly Post[] }>,
  environment: ContentEnvironment,
): Catalog {
  // What is visible changes only when the clock passes an article's time (or the articles change), so each
  // snapshot is kept until then: `epoch` counts the go-live times already passed.
  let goLive: { key: string; times: number[] } | undefined
  function epoch(key: string, posts: readonly Post[], now: Date): number {
    if (goLive?.key !== key) {
      const times = [...new Set(posts.filter((post) => !post.draft).map((post) => Date.parse(post.date)))]
      goLive = { key, times: times.sort((a, b) => a - b) }
    }
    const { times } = goLive
    let low = 0
    let high = times.length
    while (low < high) {
      const mid = (low + high) >> 1
      if ((times[mid] ?? Infinity) <= now.getTime()) low = mid + 1
      else high = mid
    }
    return low
  }
  // Which articles these are: the loader's key, and the array itself. Under `next dev` the index module is a new
  // one after every save while the key stays the same; a new article must not 404, nor miss its lists, until the
  // next edit to some other file happens to reload this module.
  const versions = new WeakMap<readonly Post[], string>()
  let loads = 0
  async function load(): Promise<{ key: string; posts: readonly Post[] }> {
    const { key, posts } = await articles()
    let version = versions.get(posts)
    if (version === undefined) {
      loads += 1
      version = `${key}#${loads}`
      versions.set(posts, version)
    }
    return { key: version, posts }
  }
  type Made = { snapshot: ContentSnapshot<Post>; lists?: Lists; notes?: SiteCorrection[] }
  const made = new Map<Audience, { key: string; epoch: number; value: Made }>()
  async function current(audience: Audience): Promise<Made> {
    const { key, posts } = await load()
    const now = new Date()
    const at = epoch(key, posts, now)
    const cached = made.get(audience)
    if (cached?.key === key && cached.epoch === at) return cached.value
    const value = { snapshot: contentSnapshot(posts, audience === 'published' ? 'production' : environment, now, getSiteSections()) }
    made.set(audience, { key, epoch: at, value })
    return value
  }
  let eventual: { key: string; sections: string[] } | undefined

  function scoped(snapshot: ContentSnapshot<Post>, scope: ListScope): readonly Post[] {
    switch (scope.kind) {
      case 'home':
        return snapshot.visible
      case 'tag':
        return snapshot.tagsBySlug.get(scope.slug)?.posts ?? []
      case 'author':
        return snapshot.authorsBySlug.get(scope.slug)?.posts ?? []
      case 'section':
        return snapshot.sections.find((section) => section.slug === scope.slug)?.posts ?? []
      case 'archive':
        return snapshot.months
          .filter((m) => m.year === scope.year && (scope.month === undefined || m.month === scope.month))
          .flatMap((m) => m.posts)
      case 'corrected':
        return snapshot.visible.filter((post) => post.corrections.length > 0)
    }
  }

  return {
    async post(slug) {
      return (await current('visible')).snapshot.bySlug.get(slug)
    },
    async posts(slugs, audience) {
      const { bySlug } = (await current(audience)).snapshot
      return slugs.flatMap((slug) => bySlug.get(slug) ?? [])
    },
    async items(scope, audience, { offset, limit, oldestFirst = false }) {
      const list = scoped((await current(audience)).snapshot, scope)
      return (oldestFirst ? list.toReversed() : list).slice(offset, offset + limit)
    },
    async lists(audience) {
      const made = await current(audience)
      if (made.lists) return made.lists
      const { snapshot } = made
      const { now } = snapshot
      const lastModified = (posts: readonly Post[]) => {
        const last = latest(
          ...posts.filter((post) => !post.draft && Date.parse(post.date) <= now.getTime()).map(changedAt),
        )
        // As the database writes a time: ISO 8601 in UTC to the millisecond.
        return last === undefined ? null : new Date(last).toISOString()
      }
      const summary = ({ slug, name, posts }: { slug: string; name: string; posts: readonly Post[] }) => ({
        slug,
        name,
        count: posts.length,
        lastModified: lastModified(posts),
      })
      made.lists = {
        tags: snapshot.tags.map(summary),
        // An author's name is their profile's (lib/content/authors.ts): the list knows them by id.
        authors: snapshot.authors
          .map((author) => summary({ ...author, name: author.slug }))
          .sort((a, b) => compareSlugs(a.slug, b.slug)),
        sections: snapshot.sections.map(summary),
        months: snapshot.months.map(({ year, month, posts }) => ({
          year,
          month,
          count: posts.length,
          lastModified: lastModified(posts),
        })),
      }
      return made.lists
    },
    async notes(audience, { offset, limit }) {
      const made = await current(audience)
      made.notes ??= made.snapshot.visible
        .flatMap((post) => post.corrections.map((note) => ({ post, note })))
        .sort(byNewestNote)
      return { notes: made.notes.slice(offset, offset + limit), total: made.notes.length }
    },
    async eventualSections() {
      const { key, posts } = await load()
      if (eventual?.key !== key) {
        const { sections } = contentSnapshot(posts, environment, new Date(8.64e15), getSiteSections())
        eventual = { key, sections: sections.map((section) => section.slug) }
      }
      return eventual.sections
    },
  }
}
