import { describe, expect, it } from 'vitest'
import { shareTargets } from './share'

const url = 'https://newsledge.example/posts/cafe-creme-c-plus-plus'
const hostile = "AT&T, “Quotes” & 'apostrophes' #1? 東京の天気 🚀"

/** What the other site reads from a link: the query parameters, decoded. */
const params = (href: string) => Object.fromEntries(new URL(href).searchParams)

describe('shareTargets', () => {
  it('gives every network the canonical URL and the headline exactly as written', () => {
    const byName = Object.fromEntries(shareTargets(url, hostile).map((t) => [t.name, t.href]))
    expect(params(byName.x ?? '')).toEqual({ text: hostile, url })
    expect(params(byName.facebook ?? '')).toEqual({ u: url })
    expect(params(byName.linkedin ?? '')).toEqual({ url })
    expect(params(byName.bluesky ?? '')).toEqual({ text: `${hostile} ${url}` })
    const mail = new URL(byName.email ?? '')
    expect(mail.protocol).toBe('mailto:')
    expect(Object.fromEntries(mail.searchParams)).toEqual({ subject: hostile, body: `${hostile}\n\n${url}` })
  })

  it('never lets a headline add or end a parameter', () => {
    for (const { href } of shareTargets(url, 'a&url=https://evil.example#frag')) {
      expect(href).not.toContain('evil.example#')
      expect(new URL(href).hash).toBe('')
      expect(new URL(href).searchParams.getAll('url').every((value) => value === url)).toBe(true)
    }
  })
})
