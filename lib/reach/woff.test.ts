import { readFileSync } from 'node:fs'
import * as hb from 'harfbuzzjs'
import { describe, expect, it } from 'vitest'
import { woffToSfnt } from './woff'

const woff = readFileSync(
  'node_modules/@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-700-normal.woff',
)

describe('woffToSfnt', () => {
  it('unwraps a WOFF font into the TrueType file HarfBuzz reads', () => {
    const sfnt = woffToSfnt(woff)
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000)
    expect(sfnt.readUInt16BE(4)).toBe(woff.readUInt16BE(12))
    const font = new hb.Font(new hb.Face(new hb.Blob(sfnt)))
    const buffer = new hb.Buffer()
    buffer.addText('क')
    buffer.guessSegmentProperties()
    hb.shape(font, buffer)
    // Glyph 0 is "missing"; a real glyph means the character map and outlines survived.
    expect(buffer.getGlyphInfos()[0]?.codepoint).toBeGreaterThan(0)
    expect(font.glyphToPath(buffer.getGlyphInfos()[0]?.codepoint ?? 0)).not.toBe('')
  })

  it('refuses a file that is not WOFF', () => {
    expect(() => woffToSfnt(Buffer.from('not a font at all, not even close'))).toThrow('not a WOFF 1 font')
  })
})
