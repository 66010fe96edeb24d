import { describe, expect, it } from 'vitest'
import { shapeHeadline } from './card-shaping'

const box = { width: 1000, sizes: [72, 60, 52], maxHeight: 330, color: '#000' }
/** Left edge and scale of each run group, in drawing order, and the glyph outlines drawn. */
const layout = (svg: string) => ({
  runs: [...svg.matchAll(/<g transform="translate\(([\d.]+) ([\d.]+)\) scale\(([\d.]+)/g)].map(([, x, y, scale]) => ({
    x: Number(x),
    y: Number(y),
    scale: Number(scale),
  })),
  glyphs: (svg.match(/<path /g) ?? []).length,
  height: Number(/height="(\d+)"/.exec(svg)?.[1]),
})

describe('shapeHeadline', () => {
  it('sets right-to-left headlines from the right edge, words in reading order leftward', () => {
    const shaped = shapeHeadline('محكمة أمريكية تأمر Microsoft', box)
    const { runs } = layout(shaped?.svg ?? '')
    expect(runs).toHaveLength(4)
    const xs = runs.map((run) => run.x)
    expect(xs).toEqual(xs.toSorted((a, b) => b - a))
    expect(xs[0]).toBeGreaterThan(box.width / 2)
  })

  it('sets left-to-right headlines from the left edge', () => {
    const { runs } = layout(shapeHeadline('माइक्रोसॉफ्ट ने पहला दौर हारा', box)?.svg ?? '')
    expect(runs[0]?.x).toBe(0)
    expect(runs.map((run) => run.x)).toEqual(runs.map((run) => run.x).toSorted((a, b) => a - b))
  })

  it('draws marks with their letters: the two dots of ي in في are glyphs of their own', () => {
    expect(layout(shapeHeadline('في', box)?.svg ?? '').glyphs).toBe(4)
  })

  it('makes lines as deep as the font reaches below the baseline, so descenders are not cut off', () => {
    const { runs, height } = layout(shapeHeadline('في', { ...box, sizes: [100] })?.svg ?? '')
    const baseline = runs[0]?.y ?? 0
    // Noto Naskh Arabic reaches more than half an em below its baseline.
    expect(height - baseline).toBeGreaterThan(50)
  })

  it('steps down a size to fit a long headline, and gives up when no size fits', () => {
    const long = 'محكمة أمريكية تأمر Microsoft بتسليم رسائل البريد المخزنة في دبلن عام 2014 بعد معركة قضائية طويلة'
    const sizes = (title: string) => layout(shapeHeadline(title, box)?.svg ?? '').runs[0]?.scale ?? 0
    expect(sizes(long)).toBeLessThan(sizes('محكمة أمريكية'))
    expect(shapeHeadline(`${long} ${long} ${long}`, box)).toBeNull()
  })

  it('gives up on a character no bundled font has', () => {
    expect(shapeHeadline('محكمة 𓀀', box)).toBeNull()
  })
})
