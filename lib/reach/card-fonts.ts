import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseEmoji } from '@twemoji/parser'

/**
 * Fonts and emoji for social cards, all from npm packages and read from disk:
 * a card never reaches the network. (next/og would fetch any glyph its fonts
 * lack from Google Fonts, and every emoji from a CDN, so nothing reaches it
 * that these cannot draw.)
 */

export type CardFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }
/** What a card needs to draw a text: font files, the family names to list in CSS (one per file), emoji pictures. */
export type CardText = { fonts: CardFont[]; families: string[]; emoji: Map<string, string> } | null

const modules = path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules')

// Families in the order a character is looked for: the site's serif for
// Latin, Cyrillic, Greek and Vietnamese; then Noto Sans for Japanese,
// Chinese and Korean.
const serif = { name: 'Source Serif 4', dir: '@fontsource/source-serif-4' }
const families = [
  serif,
  { name: 'Noto Sans JP', dir: '@fontsource/noto-sans-jp' },
  { name: 'Noto Sans SC', dir: '@fontsource/noto-sans-sc' },
  { name: 'Noto Sans KR', dir: '@fontsource/noto-sans-kr' },
]

/**
 * Satori (the renderer behind next/og) cannot lay out right-to-left text (it
 * reverses the word order, and Arabic fonts crash its shaper) or Indic
 * scripts (it does not reorder their vowel signs). Headlines in these scripts
 * are shaped with HarfBuzz instead (lib/reach/card-shaping.ts), in these
 * fonts, with the serif for any Latin words and digits among them.
 */
export const shapedScripts = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}]/u
const shapedFamilies = [
  { name: 'Noto Naskh Arabic', dir: '@fontsource/noto-naskh-arabic' },
  { name: 'Noto Sans Hebrew', dir: '@fontsource/noto-sans-hebrew' },
  { name: 'Noto Sans Devanagari', dir: '@fontsource/noto-sans-devanagari' },
  serif,
]

/** Scripts neither renderer draws legibly here: their headlines get the clean card. */
const unsupported =
  /[\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u

// Each subset file is its own font to satori, which uses one file per family name.
type Face = { family: string; file: string; ranges: [number, number][] }

/** Each subset file of a family at a weight, with the code points it covers (fontsource's CSS says, per file). */
function faces(family: { name: string; dir: string }, weight: number): Face[] {
  const css = readFileSync(path.join(modules, family.dir, `${weight}.css`), 'utf8')
  return [...css.matchAll(/url\(\.\/files\/([^)]+\.woff)\) format\('woff'\);\s*unicode-range: ([^;]+);/g)].map(
    ([, file = '', ranges = '']) => ({
      family: `${family.name} ${file.replace(/-\d+-normal\.woff$/, '')}`,
      file: path.join(modules, family.dir, 'files', file),
      ranges: ranges.split(',').map((range) => {
        const [start = '0', end = start] = range.trim().replace(/^U\+/i, '').split('-')
        return [parseInt(start, 16), parseInt(end, 16)]
      }),
    }),
  )
}

const facesByList = new Map<string, Face[]>()
const facesAt = (weight: 400 | 700, list = families) => {
  const key = `${weight} ${list.map((family) => family.name).join()}`
  let found = facesByList.get(key)
  if (!found) facesByList.set(key, (found = list.flatMap((family) => faces(family, weight))))
  return found
}

/** The font file that draws a character of a shaped headline, or undefined when none does. */
export function shapedFaceFile(char: string, weight: 400 | 700): string | undefined {
  const code = char.codePointAt(0) ?? 0
  return facesAt(weight, shapedFamilies).find((f) => f.ranges.some(([start, end]) => code >= start && code <= end))
    ?.file
}

// Every card needs the section and site-name fonts, and a build draws a card per
// article, so each font file is read from disk once. At most the subset files of
// two weights of four families: a few tens of MB.
const fontFiles = new Map<string, Buffer>()
export function fontData(file: string): Buffer {
  let data = fontFiles.get(file)
  if (!data) fontFiles.set(file, (data = readFileSync(file)))
  return data
}

/** The twemoji SVG for an emoji, as a data URL, or undefined when the package has none. */
function emojiImage(url: string): string | undefined {
  const file = path.join(modules, '@twemoji/svg', path.basename(new URL(url).pathname))
  try {
    return `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}`
  } catch {
    return undefined
  }
}

/**
 * The fonts (only the subset files this text needs) and emoji images to draw
 * `text` at `weight`, or null when some character is in a script the card
 * cannot lay out or that no bundled font covers.
 */
export function cardText(text: string, weight: 400 | 700): CardText {
  if (unsupported.test(text) || shapedScripts.test(text)) return null
  const emoji = new Map<string, string>()
  let rest = text
  for (const entity of parseEmoji(text)) {
    const image = emojiImage(entity.url)
    if (!image) return null
    emoji.set(entity.text, image)
    rest = rest.replace(entity.text, ' ')
  }
  const needed = new Map<string, Face>()
  for (const char of rest) {
    const code = char.codePointAt(0) ?? 0
    // White space, joiners and variation selectors draw nothing.
    if (/[\s\u200b-\u200f\ufe00-\ufe0f]/u.test(char)) continue
    const face = facesAt(weight).find((f) => f.ranges.some(([start, end]) => code >= start && code <= end))
    if (!face) return null
    needed.set(face.file, face)
  }
  const fonts = [...needed.values()].map((face) => ({
    name: face.family,
    data: fontData(face.file),
    weight,
    style: 'normal' as const,
  }))
  return { fonts, families: fonts.map((font) => font.name), emoji }
}
