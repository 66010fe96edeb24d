import { describe, expect, it } from 'vitest'
import { isAffiliateLink, linkRel } from './affiliate'

describe('isAffiliateLink', () => {
  it('spots a retailer link carrying an affiliate tag', () => {
    expect(isAffiliateLink('https://www.amazon.com/s?k=surface+studio&tag=newsledge-20')).toBe(true)
  })

  it('leaves ordinary, relative and malformed links alone', () => {
    expect(isAffiliateLink('https://www.microsoft.com/surface')).toBe(false)
    expect(isAffiliateLink('/posts/microsoft-pulls-the-plug-on-zune')).toBe(false)
    expect(isAffiliateLink('not a url')).toBe(false)
    expect(isAffiliateLink('mailto:tips@example.com?tag=x')).toBe(false)
  })

  it('does not mistake a parameter that merely contains the name', () => {
    expect(isAffiliateLink('https://example.com/?hashtag=news')).toBe(false)
  })
})

describe('linkRel', () => {
  it('marks affiliate links sponsored and other external links noopener', () => {
    expect(linkRel('https://www.amazon.com/dp/X?tag=newsledge-20')).toBe('sponsored noopener')
    expect(linkRel('https://www.eff.org/')).toBe('noopener')
    expect(linkRel('#section')).toBeUndefined()
  })
})
