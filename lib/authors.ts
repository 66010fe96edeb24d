import { slug } from 'github-slugger'

/** URL segment of an author: "News Ledge Staff" → "news-ledge-staff". */
export function authorSlug(name: string): string {
  return slug(name)
}

export function authorUrl(name: string): string {
  return `/authors/${authorSlug(name)}`
}
