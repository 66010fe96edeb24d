import anyAscii from 'any-ascii'
import { siteConfig } from './site'

/**
 * Every path the site links to is built here, from one slug function, so a
 * tag, an author or a new article file gets the same URL wherever it is named.
 */

// Symbols that carry meaning in names ("C++", "C#", "AT&T") are spelled out
// before the rest of the punctuation is dropped, so those names keep apart.
const symbolWords: Record<string, string> = { '+': ' plus ', '#': ' sharp ', '&': ' and ', '@': ' at ' }

/**
 * The URL segment of a name: transliterated to ASCII (any-ascii: "Café" →
 * "cafe", "Привет" → "privet", "東京" → "dongjing", "🚀" → "rocket"), lower-case
 * words joined by hyphens. Plain ASCII, so a link never depends on how a
 * browser or crawler encodes it. Empty when the name has no letters or digits.
 */
export function slugify(name: string): string {
  return (
    anyAscii(name.normalize('NFC').replace(/[+#&@]/g, (symbol) => symbolWords[symbol] ?? ' '))
      .toLowerCase()
      // An apostrophe joins a word ("Microsoft's" → "microsofts"); other punctuation separates words.
      .replace(/'/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  )
}

/** True for a segment slugify could have made: what article file names must be. */
export function isSlug(segment: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(segment)
}

export const tagPath = (slug: string) => `/tags/${slug}`
export const sectionPath = (slug: string) => `/sections/${slug}`
export const sectionFeedPath = (slug: string) => `${sectionPath(slug)}/feed.xml`
export const archivePath = '/archive'
/** /archive/2016, or /archive/2016/07 with a month. */
export const archiveUrl = (year: number, month?: number) =>
  month === undefined ? `${archivePath}/${year}` : `${archivePath}/${year}/${String(month).padStart(2, '0')}`
export const searchPath = '/search'
/** An author's page from their id (content/authors/<id>.mdx): /authors/dana-whitfield. */
export const authorPath = (id: string) => `/authors/${id}`
/** A tag's page from its name: "Cloud Act" → /tags/cloud-act. */
export const tagUrl = (name: string) => tagPath(slugify(name))
export const tagFeedPath = (slug: string) => `${tagPath(slug)}/feed.xml`
export const socialCardPath = (postUrl: string) => `${postUrl}/opengraph-image`
/** Every committed version of an article, with what changed. */
export const historyPath = (postUrl: string) => `${postUrl}/history`
export const correctionsPath = '/corrections'
/** The topics index: every topic, most used first, a page at a time. */
export const topicsPath = '/tags'
export const correctionsFeedPath = '/corrections/feed.xml'

/** Page n of a list whose first page is at `base`: later pages live at `<base>/page/<n>`. */
export const pagedHref = (base: string) => (page: number) =>
  page === 1 ? base : `${base.replace(/\/$/, '')}/page/${page}`

/** A site path as an absolute URL on the site's origin, for feeds, sitemaps and metadata read off-site. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteConfig.url).toString()
}

/** A path with percent-encoding that does not decode (`/tags/%`, `/posts/%E0%A4%A`): no page can have it. */
export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}

/**
 * Whether a request can be answered with the 404 page before anything
 * renders: a malformed path, or an article path (`/posts/<slug>` and what
 * hangs off it) whose slug is no article's. Other paths are left to the routes.
 */
export function isKnownNotFound(pathname: string, isArticle: (slug: string) => boolean): boolean {
  if (isMalformedPath(pathname)) return true
  const [, section, slug] = pathname.split('/')
  return section === 'posts' && slug !== undefined && slug !== '' && !isArticle(slug)
}
