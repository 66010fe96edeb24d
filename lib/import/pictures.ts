import { copyFile, mkdir, stat } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { hasImageExtension, leadMinWidth } from '../images/formats'
import { slugify } from '../urls'

/** Where imported pictures go: public/images/imported/<the upload's own folders and name>. */
export const IMPORTED_PICTURES = '/images/imported'

/** A picture's site path from its place in the uploads folder: 2013/01/Cat Photo.JPG → /images/imported/2013/01/cat-photo.jpg. */
export function importedPicturePath(relative: string): string {
  const segments = relative.split('/').filter((segment) => segment && segment !== '.' && segment !== '..')
  const name = segments.pop() ?? ''
  const extension = path.extname(name).toLowerCase()
  const stem = slugify(path.basename(name, path.extname(name))) || 'picture'
  return [IMPORTED_PICTURES, ...segments.map((segment) => slugify(segment) || '_'), `${stem}${extension}`].join('/')
}

/** An upload's file without the size WordPress gave a resized copy: 2013/06/photo-300x200.jpg → 2013/06/photo.jpg. */
export const originalFile = (file: string) => file.replace(/-\d+x\d+(\.\w+)$/, '$1')

export type PictureResult = { ok: true; src: string } | { ok: false; reason: string }

/**
 * Copies the pictures articles name from the old site's uploads folder under public/, each once, with the
 * checks an editor's picture gets (a format the site serves, a file that exists and can be read).
 */
export class PictureCopier {
  private readonly done = new Map<string, Promise<PictureResult>>()
  copied = 0

  constructor(
    /** The site's public folder, where its pictures are served from (picturesDir of the content folder). */
    private readonly publicDir: string,
    private readonly folder: string | null,
    private readonly fileOf: (url: string) => string | null,
  ) {}

  /** The site path of the picture at `url`, copied if it was not yet, or why it cannot be had. */
  get(url: string): Promise<PictureResult> {
    const known = this.done.get(url)
    if (known) return known
    const result = this.copy(url)
    this.done.set(url, result)
    return result
  }

  private async copy(url: string): Promise<PictureResult> {
    const relative = this.fileOf(url)
    if (relative === null) {
      return { ok: false, reason: `picture ${url} is on another site; the site serves only its own pictures` }
    }
    if (!this.folder) return { ok: false, reason: `picture ${url} not copied: no uploads folder was given` }
    if (!hasImageExtension(relative)) {
      return { ok: false, reason: `picture ${url} is not in a format the site serves (jpg, png, webp, avif, svg)` }
    }
    // WordPress links its resized copies (photo-300x200.jpg); an uploads folder may hold only the original.
    const original = originalFile(relative)
    const found = [relative, original].find((candidate) => existsSync(path.join(this.folder ?? '', candidate)))
    if (found === undefined) {
      return { ok: false, reason: `picture ${url} is not in the uploads folder (${path.join(this.folder, relative)})` }
    }
    const from = path.join(this.folder, found)
    const src = importedPicturePath(found)
    const to = path.join(this.publicDir, src)
    try {
      if (!relative.toLowerCase().endsWith('.svg')) await sharp(from).metadata()
    } catch {
      return { ok: false, reason: `picture ${url} could not be read as a picture (${from})` }
    }
    const existing = await stat(to).catch(() => null)
    if (!existing) {
      await mkdir(path.dirname(to), { recursive: true })
      await copyFile(from, to)
      this.copied += 1
    }
    return { ok: true, src }
  }

  /** Why a copied picture cannot lead an article, or null: it must be as wide as the site's lead images. */
  async leadProblem(src: string): Promise<string | null> {
    if (src.endsWith('.svg')) return null
    const { width } = await sharp(path.join(this.publicDir, src)).metadata()
    return width !== undefined && width < leadMinWidth
      ? `featured image ${src} is ${width} px wide, narrower than a lead image's ${leadMinWidth} px: left out of the lead`
      : null
  }
}
