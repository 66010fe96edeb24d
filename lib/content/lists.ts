import 'server-only'
import { paginate, type Page } from './pagination'
import { getArchiveMonths, getAuthor, getPosts, getPostsByTag, getSection, getTag, type Post } from './posts'
import { siteConfig } from '../site'

/** Page n of the home page's list, or null past the end. */
export async function getHomePage(page: number): Promise<Page<Post> | null> {
  return paginate(await getPosts(), page, siteConfig.postsPerPage)
}

/** Page n of a tag's list, or null for an unknown tag or a page past the end. */
export async function getTagPage(slug: string, page: number) {
  const tag = await getTag(slug)
  const list = tag ? paginate(await getPostsByTag(tag.slug), page, siteConfig.postsPerPage) : null
  return tag && list ? { tag, page: list } : null
}

/** Page n of an author's list, or null for an unknown author or a page past the end. */
export async function getAuthorPage(slug: string, page: number) {
  const author = await getAuthor(slug)
  const list = author ? paginate(author.posts, page, siteConfig.postsPerPage) : null
  return author && list ? { author, page: list } : null
}

/** Page n of a section's list, or null for an unknown section or a page past the end. */
export async function getSectionPage(slug: string, page: number) {
  const section = await getSection(slug)
  const list = section ? paginate(section.posts, page, siteConfig.postsPerPage) : null
  return section && list ? { section, page: list } : null
}

/** Page n of the articles of a year, or of one month of it; null when there are none or past the end. */
export async function getArchivePage(year: number, month: number | undefined, page: number) {
  const months = (await getArchiveMonths()).filter((entry) => entry.year === year && (month === undefined || entry.month === month))
  const posts = months.flatMap((entry) => entry.posts)
  return posts.length > 0 ? paginate(posts, page, siteConfig.postsPerPage) : null
}

/** Years with articles, newest first, each with its months and counts: the archive's index. */
export async function getArchiveYears() {
  const years = new Map<number, { year: number; count: number; months: { month: number; count: number }[] }>()
  for (const { year, month, posts } of await getArchiveMonths()) {
    const entry = years.get(year) ?? { year, count: 0, months: [] }
    entry.count += posts.length
    entry.months.push({ month, count: posts.length })
    years.set(year, entry)
  }
  return [...years.values()]
}
