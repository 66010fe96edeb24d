import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { buildHistories } from './build'
import { article, testRepo } from './test-repo'
import { compareVersions } from './word-diff'

const FILE = 'content/posts/court-rules.mdx'
const cleanup: string[] = []
afterEach(() => {
  for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** An article written, fixed, corrected and updated over four commits, beside another article. */
function repoWithHistory() {
  const repo = testRepo()
  cleanup.push(repo.root)
  repo.write(FILE, article({}, 'Judge Loretta Preskа ruled against Microsoft.\n\nThe company will appeal.'))
  repo.write('content/posts/other.mdx', article({ title: 'Other' }, 'Other text.'))
  repo.commit('Publish the ruling story')
  repo.write(FILE, article({}, 'Judge Loretta Preska ruled against Microsoft.\n\nThe company will appeal.'))
  repo.commit('Fix a typo in the judge’s name\n\nMinor-change: court-rules')
  repo.write(
    FILE,
    article(
      {
        corrections:
          "  - date: 2020-05-03\n    kind: correction\n    text: 'An earlier version named the wrong court.'",
      },
      'Judge Loretta Preska of the Southern District ruled against Microsoft.\n\nThe company will appeal.',
    ),
  )
  repo.commit('Correct the court')
  repo.write('README.md', 'not an article')
  repo.commit('Unrelated change')
  return repo
}

describe('buildHistories', () => {
  it('lists each published version of an article, newest first, with the notes it added', () => {
    const repo = repoWithHistory()
    const history = buildHistories(repo.root, 'content/posts').get(FILE)
    expect(history?.complete).toBe(true)
    expect(history?.versions.map((v) => v.date)).toEqual([
      '2026-01-01T12:03:00+00:00',
      '2026-01-01T12:02:00+00:00',
      '2026-01-01T12:01:00+00:00',
    ])
    // Commit subjects are the newsroom's words, not readers': a version keeps none.
    expect(JSON.stringify(history)).not.toContain('Fix a typo')
    expect(history?.versions.map((v) => v.notes.map((n) => n.text))).toEqual([
      ['An earlier version named the wrong court.'],
      [],
      [],
    ])
    // Midnight in New York, where the newsroom is, as the site reads a day.
    expect(history?.versions[0]?.notes[0]?.date).toBe('2020-05-03T04:00:00.000Z')
    expect(history?.versions[0]?.date).toBe('2026-01-01T12:03:00+00:00')
  })

  it('keeps the words a reader saw, so the change between versions reads as words', () => {
    const history = buildHistories(repoWithHistory().root, 'content/posts').get(FILE)
    const [newest, middle] = history?.versions ?? []
    expect(newest?.blocks[0]).toBe('Judge Loretta Preska of the Southern District ruled against Microsoft.')
    const changes = compareVersions(middle?.blocks ?? [], newest?.blocks ?? [])
    expect(changes).toEqual([
      {
        kind: 'changed',
        parts: [
          { text: 'Judge Loretta Preska ', change: null },
          { text: 'of the Southern District ', change: 'added' },
          { text: 'ruled against Microsoft.', change: null },
        ],
      },
      { kind: 'same', count: 1 },
    ])
  })

  it('says when a shallow clone stops before an article’s first version', () => {
    const repo = repoWithHistory()
    const shallow = mkdtempSync(path.join(tmpdir(), 'news-ledge-shallow-'))
    cleanup.push(shallow)
    execFileSync('git', ['clone', '--quiet', '--depth=2', `file://${repo.root}`, shallow])
    const history = buildHistories(shallow, 'content/posts').get(FILE)
    expect(history?.complete).toBe(false)
    expect(history?.versions.map((v) => v.date)).toEqual(['2026-01-01T12:03:00+00:00'])
    // The other article was never changed after the boundary either: its first version is not in this clone.
    expect(buildHistories(shallow, 'content/posts').get('content/posts/other.mdx')?.complete).toBe(false)
  })

  it('starts at the version readers first saw: nothing written while the article was a draft or scheduled', () => {
    const repo = testRepo()
    cleanup.push(repo.root)
    // Committed as a draft at 12:01, scheduled for 12:03:30 at 12:02 and rewritten at 12:03, before it went live.
    repo.write(FILE, article({ draft: true }, 'LEGAL HAS NOT CLEARED THIS.\n\nThe company will appeal.'))
    repo.commit('Draft the ruling story')
    repo.write(
      FILE,
      article({ date: '2026-01-01T12:03:30Z' }, 'SOURCES SAY the judge ruled.\n\nThe company will appeal.'),
    )
    repo.commit('Schedule it')
    repo.write(
      FILE,
      article({ date: '2026-01-01T12:03:30Z' }, 'The judge ruled against Microsoft.\n\nThe company will appeal.'),
    )
    repo.commit('Rewrite before it goes live')
    // Tags changed, nothing a reader reads: no new version.
    repo.write(
      FILE,
      article({ date: '2026-01-01T12:03:30Z' }, 'The judge ruled against Microsoft.\n\n\nThe company will appeal.'),
    )
    repo.commit('Reflow the body')
    repo.write(
      FILE,
      article(
        { date: '2026-01-01T12:03:30Z' },
        'The judge ruled against Microsoft on Thursday.\n\nThe company will appeal.',
      ),
    )
    repo.commit('Add the day\n\nMinor-change: court-rules')
    const versions = buildHistories(repo.root, 'content/posts').get(FILE)?.versions ?? []
    const text = JSON.stringify(versions)
    expect(text).not.toContain('LEGAL HAS NOT CLEARED')
    expect(text).not.toContain('SOURCES SAY')
    expect(versions.map((v) => [v.date, v.blocks[0]])).toEqual([
      ['2026-01-01T12:05:00+00:00', 'The judge ruled against Microsoft on Thursday.'],
      // The rewrite was committed at 12:03; readers first saw it at 12:03:30, its go-live time.
      ['2026-01-01T12:03:30.000Z', 'The judge ruled against Microsoft.'],
    ])
  })

  it('has nothing to say outside a git checkout', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'news-ledge-nogit-'))
    cleanup.push(dir)
    expect(buildHistories(dir, 'content/posts').size).toBe(0)
  })
})
