import 'server-only'
import { paginate, type Page } from './pagination'
import { getAuthor, getPosts, getPostsByTag, getTag, type Post } from './posts'
import { siteConfig } from '../site'

/** Page n of the home page's list, or null past the end. */
export function getHomePage(page: number): Page<Post> | null {
  return paginate(getPosts(), page, siteConfig.postsPerPage)
}

/** Page n of a tag's list, or null for an unknown tag or a page past the end. */
export function getTagPage(slug: string, page: number) {
  const tag = getTag(slug)
  const list = tag ? paginate(getPostsByTag(tag.slug), page, siteConfig.postsPerPage) : null
  return tag && list ? { tag, page: list } : null
}

/** Page n of an author's list, or null for an unknown author or a page past the end. */
export function getAuthorPage(slug: string, page: number) {
  const author = getAuthor(slug)
  const list = author ? paginate(author.posts, page, siteConfig.postsPerPage) : null
  return author && list ? { author, page: list } : null
}
