import type { RelatedMap } from './types'

/** Reads the map written by the content build, refusing anything not of its shape. */
export function parseRelatedMap(value: unknown): RelatedMap {
  if (typeof value !== 'object' || value === null) throw new Error('related map: expected an object')
  const map: RelatedMap = {}
  for (const [slug, links] of Object.entries(value)) {
    if (!Array.isArray(links)) throw new Error(`related map: ${slug} is not a list`)
    map[slug] = links.map((link: unknown) => {
      if (typeof link !== 'object' || link === null || !('slug' in link) || typeof link.slug !== 'string') {
        throw new Error(`related map: bad entry under ${slug}`)
      }
      const reason = 'reason' in link && typeof link.reason === 'string' ? link.reason : null
      return { slug: link.slug, reason }
    })
  }
  return map
}
