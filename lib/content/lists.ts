import 'server-only'
import { monthName } from '../dates'
import { siteConfig } from '../site'
import { sectionFeedPath, tagFeedPath } from '../urls'
import type { PostListRef } from './list-routes'
import { sectionWithSlug } from './sections'
import { getArchiveMonths, getListPage, getSection, getTag } from './posts'
import { authorProfile } from './authors'
import type { AuthorProfile } from './bylines'

/** What a list's pages call it: the heading on the page, the title in tabs and results, and its feed. */
export type ListDetails = {
  heading: string
  title: string
  /** For search results: the first page's description. */
  description?: string
  /** A sentence or two under the heading of its first page: a section's, as editors wrote it. */
  intro?: string
  /** Its RSS feed, named in its first page's head. */
  feed?: { url: string; title: string }
  /** An author's profile, which their first page shows above their articles. */
  profile?: AuthorProfile
}

const feedTitle = (name: string) => `${siteConfig.name}: ${name} (RSS)`

/**
 * What the pages of a list are called, or null for a list this content does not have (a made-up tag,
 * a month without articles). One case per kind of list in lib/content/list-routes.ts.
 */
export async function getListDetails(list: PostListRef): Promise<ListDetails | null> {
  switch (list.kind) {
    case 'home':
      return { heading: `${siteConfig.name}: latest news`, title: 'Latest news' }
    case 'tag': {
      const tag = await getTag(list.slug)
      if (!tag) return null
      return {
        heading: tag.name,
        title: `${tag.name} news`,
        description: `Articles about ${tag.name}.`,
        feed: { url: tagFeedPath(tag.slug), title: feedTitle(tag.name) },
      }
    }
    case 'author': {
      // Every author with a profile has a page, articles or not (the masthead links to it).
      const author = authorProfile(list.slug)
      if (!author) return null
      return {
        heading: author.name,
        title: author.name,
        description: `${author.name}, ${author.title} at ${siteConfig.name}: profile, contacts and articles.`,
        profile: author,
      }
    }
    case 'section': {
      const section = await getSection(list.slug)
      if (!section) return null
      const description = sectionWithSlug(section.slug)?.description ?? `${section.name} news from ${siteConfig.name}.`
      return {
        heading: section.name,
        title: `${section.name} news`,
        description,
        intro: description,
        feed: { url: sectionFeedPath(section.slug), title: feedTitle(section.name) },
      }
    }
    case 'archive': {
      const { year, month } = list
      const months = await getArchiveMonths()
      if (!months.some((entry) => entry.year === year && (month === undefined || entry.month === month))) return null
      const when = month === undefined ? String(year) : `${monthName(month)} ${year}`
      return { heading: `Articles from ${when}`, title: `Archive: ${when}` }
    }
  }
}

/** Page n of a list with what its pages call it; null for a list this content does not have or a page past the end. */
export async function getList(list: PostListRef, page: number) {
  const details = await getListDetails(list)
  const items = details && (await getListPage(list, page))
  return details && items ? { ...details, page: items } : null
}

/** Years with articles, newest first, each with its months and counts: the archive's index. */
export async function getArchiveYears() {
  const years = new Map<number, { year: number; count: number; months: { month: number; count: number }[] }>()
  for (const { year, month, count } of await getArchiveMonths()) {
    const entry = years.get(year) ?? { year, count: 0, months: [] }
    entry.count += count
    entry.months.push({ month, count })
    years.set(year, entry)
  }
  return [...years.values()]
}
