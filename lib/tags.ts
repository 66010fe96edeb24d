import { slug } from 'github-slugger'

/** URL segment of a tag: "Microsoft" → "microsoft", "Cloud Act" → "cloud-act". */
export function tagSlug(tag: string): string {
  return slug(tag)
}

export function tagUrl(tag: string): string {
  return `/tags/${tagSlug(tag)}`
}
