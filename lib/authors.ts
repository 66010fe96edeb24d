import { slug } from 'github-slugger'

/** URL segment of an author: "News Ledge Staff" → "news-ledge-staff". */
export function authorSlug(name: string): string {
  return slug(name)
}

/** Path of an author's page, from its slug. */
export function authorPath(slug: string): string {
  return `/authors/${slug}`
}

export function authorUrl(name: string): string {
  return authorPath(authorSlug(name))
}
