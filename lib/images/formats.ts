/**
 * Picture files an article may use, and what the site makes of them. Kept
 * apart from the processing (lib/images/variants.ts, which loads sharp) so
 * the content check and pages can read it cheaply.
 */
export const imageExtensions = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.svg'] as const

/** A lead image must be at least this wide: what Google Discover and Top Stories ask for. */
export const leadMinWidth = 1200

/** Widths made of every picture (never wider than the file, except drawings, which scale). */
export const imageWidths = [480, 800, 1200, 1600] as const

/** Crops offered to search engines in JSON-LD, as Google asks for a lead image. */
export const imageCrops = { '16x9': [1200, 675], '4x3': [1200, 900], '1x1': [1200, 1200] } as const

export type ImageVariant = { src: string; width: number }
export type ImageEntry = {
  /** Width and height of the picture as drawn at its largest variant, for the layout before it loads. */
  width: number
  height: number
  avif: ImageVariant[]
  webp: ImageVariant[]
  /** JPEG crops, 1200 px wide. */
  crops: Record<keyof typeof imageCrops, string>
}

export const isExternalImage = (src: string) => /^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)

export function hasImageExtension(src: string): boolean {
  const lower = src.toLowerCase().split(/[?#]/)[0] ?? ''
  return imageExtensions.some((ext) => lower.endsWith(ext))
}
