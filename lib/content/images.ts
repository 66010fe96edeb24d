import manifest from '@/.contentlayer/images.json'
import type { ImageEntry, ImageVariant } from '../images/formats'

/**
 * The pictures the content build made (scripts/content-index.ts): for a site
 * path such as /images/court.svg, its size and its AVIF and WebP variants.
 * Read at build, so a page knows every picture's width and height before it
 * loads, and the layout never shifts.
 */
const isVariants = (value: unknown): value is ImageVariant[] =>
  Array.isArray(value) &&
  value.every(
    (v: unknown) => typeof v === 'object' && v !== null && 'src' in v && typeof v.src === 'string' && 'width' in v,
  )

function parseEntry(value: unknown): ImageEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  if (!('width' in value) || typeof value.width !== 'number') return undefined
  if (!('height' in value) || typeof value.height !== 'number') return undefined
  if (!('avif' in value) || !isVariants(value.avif) || !('webp' in value) || !isVariants(value.webp)) return undefined
  if (!('crops' in value) || typeof value.crops !== 'object' || value.crops === null) return undefined
  const crops: Record<string, unknown> = { ...value.crops }
  const crop = (ratio: string) => (typeof crops[ratio] === 'string' ? crops[ratio] : '')
  return {
    width: value.width,
    height: value.height,
    avif: value.avif,
    webp: value.webp,
    crops: { '16x9': crop('16x9'), '4x3': crop('4x3'), '1x1': crop('1x1') },
  }
}

const images = new Map<string, ImageEntry>()
for (const [src, value] of Object.entries(manifest)) {
  const entry = parseEntry(value)
  if (entry) images.set(src, entry)
}

export function getImage(src: string): ImageEntry | undefined {
  return images.get(src)
}
