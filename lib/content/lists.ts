import 'server-only'
import { getArchiveMonths, getAuthor, getListPage, getSection, getTag } from './posts'

/** Page n of the home page's list, or null past the end. */
export async function getHomePage(page: number) {
  return getListPage({ kind: 'home' }, page)
}

/** Page n of a tag's list, or null for an unknown tag or a page past the end. */
export async function getTagPage(slug: string, page: number) {
  const tag = await getTag(slug)
  const list = tag ? await getListPage({ kind: 'tag', slug: tag.slug }, page) : null
  return tag && list ? { tag, page: list } : null
}

/** Page n of an author's list, or null for an unknown author or a page past the end. */
export async function getAuthorPage(slug: string, page: number) {
  const author = await getAuthor(slug)
  const list = author ? await getListPage({ kind: 'author', slug: author.slug }, page) : null
  return author && list ? { author, page: list } : null
}

/** Page n of a section's list, or null for an unknown section or a page past the end. */
export async function getSectionPage(slug: string, page: number) {
  const section = await getSection(slug)
  const list = section ? await getListPage({ kind: 'section', slug: section.slug }, page) : null
  return section && list ? { section, page: list } : null
}

/** Page n of the articles of a year, or of one month of it; null when there are none or past the end. */
export async function getArchivePage(year: number, month: number | undefined, page: number) {
  const months = (await getArchiveMonths()).filter((entry) => entry.year === year && (month === undefined || entry.month === month))
  if (months.length === 0) return null
  return getListPage({ kind: 'archive', year, ...(month === undefined ? {} : { month }) }, page)
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
