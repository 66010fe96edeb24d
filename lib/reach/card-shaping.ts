import * as hb from 'harfbuzzjs'
import { fontData, shapedFaceFile } from './card-fonts'
import { woffToSfnt } from './woff'

/**
 * Headlines in scripts satori cannot lay out (Arabic and Hebrew, right to
 * left; Devanagari, whose vowel signs reorder) are shaped here with HarfBuzz,
 * the shaper browsers use, and drawn as glyph outlines in one SVG that the
 * card places as a picture. Line breaking is ours: greedy, by words.
 */

export type ShapedHeadline = { svg: string; width: number; height: number }

type Glyph = { path: string; x: number; y: number }
/** A run of one font within a word, shaped: glyph outlines in font units, left to right as drawn. */
type Run = { glyphs: Glyph[]; advance: number; upem: number; ascender: number; descender: number }

const rightToLeft = /[\p{Script=Arabic}\p{Script=Hebrew}]/u
// Marks and joiners belong to the character before them, whatever font covers them alone.
const attaches = /[\p{M}\u200c\u200d]/u

const fonts = new Map<
  string,
  { font: hb.Font; upem: number; ascender: number; descender: number; paths: Map<number, string> }
>()
function fontFor(file: string) {
  let entry = fonts.get(file)
  if (!entry) {
    const face = new hb.Face(new hb.Blob(woffToSfnt(fontData(file))))
    const font = new hb.Font(face)
    const { ascender, descender } = font.hExtents()
    entry = { font, upem: face.upem, ascender, descender, paths: new Map() }
    fonts.set(file, entry)
  }
  return entry
}

function shapeRun(text: string, file: string): Run {
  const { font, upem, ascender, descender, paths } = fontFor(file)
  const buffer = new hb.Buffer()
  buffer.addText(text)
  // Script and direction from the text itself: Arabic runs come back right to left, as drawn.
  buffer.guessSegmentProperties()
  hb.shape(font, buffer)
  const positions = buffer.getGlyphPositions()
  const glyphs: Glyph[] = []
  let advance = 0
  buffer.getGlyphInfos().forEach((info, i) => {
    const position = positions[i]
    if (!position) return
    let path = paths.get(info.codepoint)
    if (path === undefined) paths.set(info.codepoint, (path = font.glyphToPath(info.codepoint)))
    glyphs.push({ path, x: advance + position.xOffset, y: position.yOffset })
    advance += position.xAdvance
  })
  return { glyphs, advance, upem, ascender, descender }
}

/** A word as runs of one font each, in reading order; null when a character has no font. */
function runsOf(word: string): Run[] | null {
  const pieces: { text: string; file: string }[] = []
  for (const char of word) {
    const last = pieces.at(-1)
    if (last && attaches.test(char)) {
      last.text += char
      continue
    }
    const file = shapedFaceFile(char, 700)
    if (!file) return null
    if (last && last.file === file) last.text += char
    else pieces.push({ text: char, file })
  }
  return pieces.map((piece) => shapeRun(piece.text, piece.file))
}

/**
 * The headline set in lines no wider than `width`, as an SVG of that width,
 * trying each font size in turn until the lines fit in `maxHeight`. Lines are
 * as tall as the fonts' own ascenders and descenders (Naskh's reach far below
 * the baseline). Null when a character has no bundled font, or the headline
 * does not fit at any size.
 */
export function shapeHeadline(
  title: string,
  { width, sizes, maxHeight, color }: { width: number; sizes: readonly number[]; maxHeight: number; color: string },
): ShapedHeadline | null {
  const words = title.trim().split(/\s+/u).map(runsOf)
  if (words.some((runs) => runs === null)) return null
  const shaped = words.flatMap((runs) => (runs ? [runs] : []))
  const rtl = rightToLeft.test(title.match(/[\p{L}]/u)?.[0] ?? '')
  for (const size of sizes) {
    const scaled = (run: Run) => (run.advance * size) / run.upem
    const wordWidth = (runs: Run[]) => runs.reduce((sum, run) => sum + scaled(run), 0)
    const space = size * 0.28
    const lines: Run[][][] = [[]]
    let lineWidth = 0
    for (const runs of shaped) {
      const current = lines.at(-1) ?? []
      const needed = (current.length > 0 ? space : 0) + wordWidth(runs)
      if (current.length > 0 && lineWidth + needed > width) {
        lines.push([runs])
        lineWidth = wordWidth(runs)
      } else {
        current.push(runs)
        lineWidth += needed
      }
    }
    const runs = shaped.flat()
    const ascent = Math.max(...runs.map((run) => (run.ascender * size) / run.upem))
    const lineHeight = ascent + Math.max(...runs.map((run) => (-run.descender * size) / run.upem))
    const tooWide = lines.some((line) => line.length === 1 && wordWidth(line[0] ?? []) > width)
    if (tooWide || lines.length * lineHeight > maxHeight) continue
    const groups: string[] = []
    lines.forEach((line, row) => {
      const baseline = row * lineHeight + ascent
      // Right to left: words and the runs within them are laid from the right edge leftward.
      let x = rtl ? width : 0
      for (const runs of line) {
        for (const run of runs) {
          const runWidth = scaled(run)
          const left = rtl ? x - runWidth : x
          const scale = size / run.upem
          const paths = run.glyphs.map((g) => `<path transform="translate(${g.x} ${g.y})" d="${g.path}"/>`).join('')
          groups.push(
            `<g transform="translate(${left.toFixed(1)} ${baseline.toFixed(1)}) scale(${scale} ${-scale})">${paths}</g>`,
          )
          x = rtl ? x - runWidth : x + runWidth
        }
        x = rtl ? x - space : x + space
      }
    })
    const height = Math.ceil(lines.length * lineHeight)
    return {
      svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><g fill="${color}">${groups.join('')}</g></svg>`,
      width,
      height,
    }
  }
  return null
}
