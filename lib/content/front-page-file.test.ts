import { describe, expect, it } from 'vitest'
import { parseFrontPage } from './front-page-file'

const articles = new Set(['court-rules', 'zune-ends', 'cloud-explainer', 'studio-review', 'fifth-story'])
const exists = (slug: string) => articles.has(slug)
const lines = (...text: string[]) => `${text.join('\n')}\n`

describe('parseFrontPage', () => {
  it('reads a lead and top stories, alone or with a time to drop back, a day meaning midnight where the newsroom is', () => {
    const { front, problems } = parseFrontPage(
      lines(
        'lead:',
        '  story: court-rules',
        '  until: 2026-12-02T18:00:00-05:00',
        'top:',
        '  - zune-ends',
        '  - story: cloud-explainer',
        '    until: 2026-12-01',
      ),
      exists,
    )
    expect(problems).toEqual([])
    expect(front).toEqual({
      lead: { story: 'court-rules', until: '2026-12-02T23:00:00.000Z' },
      top: [{ story: 'zune-ends' }, { story: 'cloud-explainer', until: '2026-12-01T05:00:00.000Z' }],
    })
    expect(parseFrontPage('lead: zune-ends\n', exists).front).toEqual({ lead: { story: 'zune-ends' }, top: [] })
    expect(parseFrontPage('# Nothing chosen: the newest story leads.\n', exists)).toEqual({
      front: { lead: null, top: [] },
      problems: [],
    })
  })

  it('gives each mistake its line', () => {
    const { front, problems } = parseFrontPage(
      lines(
        'lead:', // 1
        '  story: no-such-story',
        'top:', // 3
        '  - story: zune-ends',
        '    until: 2026-02-30',
        '  - story: court-rules',
        '    pinned: true',
        '  - ../../etc/passwd',
        '  - court-rules',
        '  - studio-review',
        'below: []', // 11
      ),
      exists,
    )
    expect(problems).toEqual([
      { line: 2, message: 'There is no article "no-such-story": give the file name of one under content/posts, without .mdx.' },
      { line: 3, message: 'The front page shows 3 top stories; 5 are chosen.' },
      {
        line: 4,
        message:
          '"until" is "2026-02-30", which is not a real time. Write it as a day, 2026-12-01 (midnight where the newsroom is), or to the minute with its offset, 2026-12-01T18:00:00-05:00.',
      },
      { line: 7, message: '"pinned" is not part of a choice: give "story" and, if it should drop back, "until".' },
      { line: 8, message: 'There is no article "../../etc/passwd": give the file name of one under content/posts, without .mdx.' },
      { line: 11, message: expect.stringMatching(/^"below" is not part of the front page/) },
    ])
    expect(front).toEqual({ lead: null, top: [] })
  })

  it('refuses a story chosen twice, naming the first line', () => {
    const { problems } = parseFrontPage(lines('lead: court-rules', 'top:', '  - court-rules'), exists)
    expect(problems).toEqual([
      { line: 3, message: '"court-rules" is chosen twice (line 1): a story has one place on the front page.' },
    ])
  })
})
