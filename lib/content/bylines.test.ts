import { describe, expect, it } from 'vitest'
import { bylineText, joinNames, mastheadOrder, storyPeople, type AuthorProfile } from './bylines'

const profile = (id: string, name: string, extra: Partial<AuthorProfile> = {}): AuthorProfile => ({
  id,
  name,
  title: 'Reporter',
  desk: false,
  links: [],
  bio: '',
  ...extra,
})

describe('bylines', () => {
  it('read as the newsroom writes them for any number of names, without a serial comma', () => {
    expect(joinNames([])).toBe('')
    expect(joinNames(['Ada Okoro'])).toBe('Ada Okoro')
    expect(joinNames(['Ada Okoro', 'Ben Hale'])).toBe('Ada Okoro and Ben Hale')
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C')
    expect(joinNames(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C, D and E')
  })

  it('spell a byline from the profiles, an id without one as itself', () => {
    const names = new Map([['ada-okoro', 'Ada Okoro']])
    expect(bylineText({ authors: ['ada-okoro', 'ben-hale'], credits: [] }, (id) => names.get(id))).toBe(
      'Ada Okoro and ben-hale',
    )
  })

  it('credit everyone once, the byline first, then the credits in their order', () => {
    const credits = [
      { role: 'Photos by', authors: ['cy', 'ann'] },
      { role: 'Additional reporting by', authors: ['dee', 'cy'] },
    ]
    expect(storyPeople({ authors: ['ann', 'bo'], credits })).toEqual(['ann', 'bo', 'cy', 'dee'])
  })
})

describe('the masthead', () => {
  it('lists people by their order, then those without one by name, and leaves desks off', () => {
    const people = [
      profile('zed', 'Zed Adams'),
      profile('staff', 'News Ledge Staff', { desk: true, order: 0 }),
      profile('eve', 'Eve Brook', { order: 2 }),
      profile('al', 'Al Cole'),
      profile('dee', 'Dee Marsh', { order: 1 }),
    ]
    expect(mastheadOrder(people).map((person) => person.id)).toEqual(['dee', 'eve', 'al', 'zed'])
  })
})
