import { describe, expect, it } from 'vitest'
import { composeFrontPage, standingChoices } from './front-page'

const story = (slug: string) => ({ slug })
// Newest first, as the home page's list gives them.
const newest = ['e', 'd', 'c', 'b', 'a'].map(story)

describe('standingChoices', () => {
  it('drops a choice back into the river at its time, to the millisecond, with no deploy', () => {
    const front = {
      lead: { story: 'a', until: '2026-12-01T18:00:00.000Z' },
      top: [{ story: 'b' }, { story: 'c', until: '2026-12-01T12:00:00.000Z' }],
    }
    expect(standingChoices(front, new Date('2026-12-01T11:59:59.999Z'))).toEqual({ lead: 'a', top: ['b', 'c'] })
    expect(standingChoices(front, new Date('2026-12-01T12:00:00.000Z'))).toEqual({ lead: 'a', top: ['b'] })
    expect(standingChoices(front, new Date('2026-12-01T18:00:00.000Z'))).toEqual({ lead: null, top: ['b'] })
  })
})

describe('composeFrontPage', () => {
  it('leads with the chosen story, then the chosen top stories, then the newest not shown', () => {
    const front = composeFrontPage({ chosen: { lead: 'b', top: ['a'] }, visible: [story('a'), story('b')], newest, topCount: 3 })
    expect(front.lead?.slug).toBe('b')
    expect(front.top.map((post) => post.slug)).toEqual(['a', 'e', 'd'])
    expect([...front.shown].sort()).toEqual(['a', 'b', 'd', 'e'])
  })

  it('with nothing chosen, or nothing a reader may see, the newest story leads', () => {
    for (const chosen of [{ lead: null, top: [] }, { lead: 'a-draft', top: ['not-live-yet'] }]) {
      const front = composeFrontPage({ chosen, visible: [], newest, topCount: 2 })
      expect(front.lead?.slug).toBe('e')
      expect(front.top.map((post) => post.slug)).toEqual(['d', 'c'])
    }
  })

  it('shows a story once, and nothing on a site with no stories', () => {
    const front = composeFrontPage({ chosen: { lead: 'e', top: ['e', 'd'] }, visible: [story('e'), story('d')], newest, topCount: 3 })
    expect(front.top.map((post) => post.slug)).toEqual(['d', 'c', 'b'])
    expect(composeFrontPage({ chosen: { lead: null, top: [] }, visible: [], newest: [], topCount: 3 })).toEqual({
      lead: undefined,
      top: [],
      shown: new Set(),
    })
  })
})
