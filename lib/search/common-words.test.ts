import { describe, expect, it } from 'vitest'
import { commonMinimum, documentFrequencies, searchWords, withoutCommonWords } from './common-words'

describe('searchWords', () => {
  it('splits on anything not a letter or digit and lowercases, in any script', () => {
    expect(searchWords('Microsoft’s e-mail, 2014: “Dublin”!')).toEqual([
      'microsoft',
      's',
      'e',
      'mail',
      '2014',
      'dublin',
    ])
    expect(searchWords('Überwachung 監視 الرقابة')).toEqual(['überwachung', '監視', 'الرقابة'])
  })
})

describe('documentFrequencies', () => {
  const archive = (articles: number, text: (i: number) => string) => {
    const frequencies = documentFrequencies()
    for (let i = 0; i < articles; i++) frequencies.add(text(i))
    return frequencies.common()
  }

  it('lists the words in more than half of a large archive, most frequent first (ties in order), counting an article once', () => {
    const common = archive(
      3000,
      (i) => `The the THE court${i % 3 === 0 ? '' : ' said'} story-${i}${i < 1600 ? ' ruling' : ''}`,
    )
    expect(common).toEqual(['court', 'story', 'the', 'said', 'ruling'])
  })

  it('leaves out a word in exactly half, and every word of a small archive', () => {
    expect(archive(3000, (i) => (i % 2 === 0 ? 'court' : 'ruling'))).toEqual([])
    expect(archive(commonMinimum - 1, () => 'the court said')).toEqual([])
    expect(archive(commonMinimum, () => 'the court said')).toEqual(['court', 'said', 'the'])
  })
})

describe('withoutCommonWords', () => {
  const common = new Set(['the', 'said', 'new'])

  it('searches for the other words and says which it left out', () => {
    expect(withoutCommonWords('the Dublin  emails', common)).toEqual({ search: 'Dublin emails', leftOut: ['the'] })
    expect(withoutCommonWords('THE court said, the', common)).toEqual({
      search: 'court',
      leftOut: ['THE', 'said,', 'the'],
    })
  })

  it('keeps a word with a part that is not common', () => {
    expect(withoutCommonWords('new-york times', common)).toEqual({ search: 'new-york times', leftOut: [] })
  })

  it('searches as typed when every word is common, for a quoted phrase, or without a list', () => {
    expect(withoutCommonWords('the new', common)).toEqual({ search: 'the new', leftOut: [] })
    expect(withoutCommonWords('"the new court"', common)).toEqual({ search: '"the new court"', leftOut: [] })
    expect(withoutCommonWords('the court', new Set())).toEqual({ search: 'the court', leftOut: [] })
  })
})
