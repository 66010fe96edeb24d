import { describe, expect, it } from 'vitest'
import { plainText, terms } from './terms'

describe('terms', () => {
  it('drops stop words and numbers, and stems plurals and possessives', () => {
    expect(terms('The Warrants for Microsoft’s emails in 2014')).toEqual(['warrant', 'microsoft', 'email'])
  })

  it('treats a word and its inflections as one term', () => {
    expect(terms('ruling')).toEqual(terms('ruled'))
  })
})

describe('plainText', () => {
  it('removes MDX tags and link targets but keeps link text', () => {
    const text = plainText('See <Related slug="zune" /> and [the Dial](https://example.com/dial?tag=x).')
    expect(text).not.toContain('Related')
    expect(text).not.toContain('example.com')
    expect(text).toContain('the Dial')
  })
})
