import { getImage } from '@/lib/content/images'
import type { ImageVariant } from '@/lib/images/formats'
import { cn } from '@/lib/utils'

type PictureProps = {
  src: string
  alt: string
  /** Which width the picture takes at each screen size, so the browser picks the smallest file that fills it. */
  sizes: string
  /** The page's main picture (its LCP element): loaded at once, first. Others load as they near the screen. */
  priority?: boolean
  className?: string
}

const srcSet = (variants: readonly ImageVariant[]) => variants.map((v) => `${v.src} ${v.width}w`).join(', ')

/**
 * A picture the content build prepared (lib/images/variants.ts): AVIF, then
 * WebP, at several widths, with its width and height so nothing moves when
 * it arrives. Plain HTML from the server: no client JavaScript. The files
 * are made at build rather than by Next's image optimizer, so they work the
 * same on `next start`, on Vercel's CDN and in a static copy of the site.
 */
export function Picture({ src, alt, sizes, priority = false, className }: PictureProps) {
  const entry = getImage(src)
  if (!entry) return null
  const fallback = entry.webp.find((v) => v.width >= 800) ?? entry.webp.at(-1)
  return (
    <picture>
      {entry.avif.length > 0 ? <source type="image/avif" srcSet={srcSet(entry.avif)} sizes={sizes} /> : null}
      <img
        src={fallback?.src}
        srcSet={srcSet(entry.webp)}
        sizes={sizes}
        width={entry.width}
        height={entry.height}
        alt={alt}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : 'auto'}
        decoding={priority ? 'sync' : 'async'}
        className={cn('h-auto w-full', className)}
      />
    </picture>
  )
}
