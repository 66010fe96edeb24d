import { slug } from 'github-slugger'

/** URL segment of a tag: "Microsoft" → "microsoft", "Cloud Act" → "cloud-act". */
export function tagSlug(tag: string): string {
  return slug(tag)
}

/** Path of a tag's page, from its slug. */
export function tagPath(slug: string): string {
  return `/tags/${slug}`
}

export function tagUrl(tag: string): string {
  return tagPath(tagSlug(tag))
}
