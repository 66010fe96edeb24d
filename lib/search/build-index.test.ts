import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildSearchIndex } from './build-index'
import { commonMinimum } from './common-words'
import { commonWordsFile } from './index-dir'

const dir = mkdtempSync(path.join(tmpdir(), 'search-index-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// An archive large enough for common words: every story says "court", two in three "ruling", a third "verdict", a few "Dublin".
const articles = Array.from({ length: 2 * commonMinimum + 1 }, (_, i) => ({
  file: `posts/story-${i}.mdx`,
  url: `/posts/story-${i}`,
  title: `Story ${i}`,
  summary: 'A summary.',
  category: 'Policy',
  tags: ['Courts'],
  author: 'Jane Roe',
  date: '2014-07-31T00:00:00Z',
  // One draft: production leaves it out, so it is not counted either.
  draft: i === 0,
}))
const body = ({ file }: { file: string }) => {
  const i = Number(/(\d+)\.mdx$/.exec(file)?.[1])
  return Promise.resolve(
    `The court heard it. ${i % 3 === 0 ? 'The verdict' : 'The ruling'} came.${i < 10 ? ' Dublin.' : ''}`,
  )
}

describe('buildSearchIndex', () => {
  it('writes the index with the words in most of its articles beside it', { timeout: 60_000 }, async () => {
    const outputPath = path.join(dir, 'production')
    const count = await buildSearchIndex(articles, body, { environment: 'production', now: new Date(), outputPath })
    expect(count).toBe(2 * commonMinimum)
    expect(readdirSync(outputPath)).toContain('pagefind-entry.json')
    const common: unknown = JSON.parse(readFileSync(path.join(outputPath, commonWordsFile), 'utf8'))
    // Title, summary, body, tags and byline all count; "story" and "a" are in every record too.
    expect(common).toEqual(
      expect.arrayContaining(['court', 'the', 'heard', 'it', 'ruling', 'story', 'courts', 'jane', 'roe']),
    )
    expect(common).not.toContain('verdict')
    expect(common).not.toContain('dublin')
  })
})
