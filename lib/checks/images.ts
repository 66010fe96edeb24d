import { existsSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import type { ContentProblem } from './problems'
import { hasImageExtension, imageExtensions, isExternalImage, leadMinWidth } from '../images/formats'

/**
 * What is wrong with a picture an article names, or null: the same rules for
 * a lead image, a Markdown image and a <Figure>. The site serves its own
 * pictures, in formats it can make AVIF and WebP of, and every picture says
 * what it shows.
 */
export function pictureProblem(pictures: string, src: string, alt: string | undefined, what: string): string | null {
  if (isExternalImage(src)) {
    return `${what} ${src} is on another site. The site serves its own pictures: put the file under public/images/ and write its path, e.g. /images/file.jpg.`
  }
  if (!hasImageExtension(src)) {
    return `${what} ${src} is not a picture format the site can serve. Use one of: ${imageExtensions.join(', ')}.`
  }
  if (!src.startsWith('/')) return `${what} ${src} must be a path from the site's root, e.g. /images/file.jpg.`
  if (!existsSync(path.join(pictures, src))) return `${what} ${src} does not exist: there is no public${src}.`
  if (!alt?.trim()) return `${what} ${src} has no alt text. Say what it shows, for readers who cannot see it.`
  return null
}

/** A lead image must be wide enough for Google Discover and Top Stories; a drawing (SVG) scales to any width. */
export async function leadWidthProblem(pictures: string, src: string): Promise<string | null> {
  if (src.toLowerCase().endsWith('.svg')) return null
  const { width } = await sharp(path.join(pictures, src)).metadata()
  if (width === undefined) return `The picture ${src} could not be read; is it a valid ${path.extname(src)} file?`
  return width < leadMinWidth
    ? `The lead image ${src} is ${width} px wide; a lead image must be at least ${leadMinWidth} px wide (Google Discover and Top Stories show large pictures only).`
    : null
}

/** A picture a file names: an article's lead image, a Markdown image or a <Figure>, an author's photo. */
export type PictureUse = {
  kind: 'lead' | 'markdown' | 'figure' | 'photo'
  src: string
  alt: string | undefined
  line: number | undefined
  /** For a lead image or a photo, the line of its alt text field, where a missing alt text is reported. */
  altLine?: number
}

/** The front-matter field that holds the alt text of a lead image or an author's photo. */
const altField = { lead: 'imageAlt', photo: 'photoAlt' } as const

export const isPictureUse = (finding: object): finding is PictureUse => 'kind' in finding && 'src' in finding

/**
 * What is wrong with a picture an article names, checked against the files
 * under public/ as they are now. `widths` remembers each lead image's width
 * within one check, so an archive that reuses a picture reads it once.
 */
export async function pictureUseProblem(
  pictures: string,
  file: string,
  use: PictureUse,
  widths: Map<string, Promise<string | null>>,
): Promise<ContentProblem | null> {
  const what = use.kind === 'lead' ? 'The lead image' : use.kind === 'photo' ? 'The photo' : 'The picture'
  const problem = pictureProblem(pictures, use.src, use.alt, what)
  if (problem) {
    if (use.kind === 'lead' || use.kind === 'photo') {
      const altMissing = problem.includes('alt text')
      return {
        file,
        line: altMissing ? (use.altLine ?? use.line) : use.line,
        message: problem.replace('has no alt text.', `has no alt text (${altField[use.kind]}).`),
      }
    }
    const message =
      use.kind === 'markdown'
        ? problem.replace('has no alt text.', `has no alt text: ![what the picture shows](${use.src}).`)
        : problem
    return { file, line: use.line, message }
  }
  if (use.kind !== 'lead') return null
  let width = widths.get(use.src)
  if (!width) {
    width = leadWidthProblem(pictures, use.src).catch(() => null)
    widths.set(use.src, width)
  }
  const message = await width
  return message ? { file, line: use.line, message } : null
}
