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
  it('lists each committed version of an article, newest first, with its subject and the notes it added', () => {
    const repo = repoWithHistory()
    const history = buildHistories(repo.root, 'content/posts').get(FILE)
    expect(history?.complete).toBe(true)
    expect(history?.versions.map((v) => v.subject)).toEqual([
      'Correct the court',
      'Fix a typo in the judge’s name',
      'Publish the ruling story',
    ])
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
    expect(history?.versions.map((v) => v.subject)).toEqual(['Correct the court'])
    // The other article was never changed after the boundary either: its first version is not in this clone.
    expect(buildHistories(shallow, 'content/posts').get('content/posts/other.mdx')?.complete).toBe(false)
  })

  it('has nothing to say outside a git checkout', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'news-ledge-nogit-'))
    cleanup.push(dir)
    expect(buildHistories(dir, 'content/posts').size).toBe(0)
  })
})
