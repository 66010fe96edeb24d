import { rmSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { checkPublishedChanges } from './published-changes'
import { article, testRepo } from '../history/test-repo'

const FILE = 'content/posts/court-rules.mdx'
const NOW = new Date('2026-06-01T12:00:00Z')
const env = { PRODUCTION_BRANCH: 'main' }
const note = "  - date: 2026-05-02\n    kind: correction\n    text: 'An earlier version named the wrong judge.'"
const cleanup: string[] = []
afterEach(() => {
  for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A repository whose production branch has the article published, and a branch an editor works on. */
function newsroom(published = article({}, 'Judge Preska ruled against Microsoft.')) {
  const repo = testRepo()
  cleanup.push(repo.root)
  repo.write(FILE, published)
  repo.commit('Publish')
  repo.git('checkout', '--quiet', '-b', 'fix')
  return repo
}

const problemsOf = async (root: string) =>
  (await checkPublishedChanges(root, 'content', NOW, env)).problems.map((p) => `${p.file}: ${p.message}`)

describe('checkPublishedChanges', () => {
  it('flags a published article whose words changed with no note, naming the file and the way out', async () => {
    const repo = newsroom()
    repo.write(FILE, article({}, 'Judge Loretta Preska ruled against Microsoft.'))
    const [problem] = await problemsOf(repo.root)
    expect(problem).toContain(`${FILE}: This article is published and its text changed since`)
    expect(problem).toContain('(uncommitted edits)')
    expect(problem).toContain('"Minor-change: court-rules"')
    repo.commit('Name the judge in full')
    expect((await problemsOf(repo.root))[0]).toContain('(commit')
  })

  it('accepts the change once a correction, clarification or update is added', async () => {
    const repo = newsroom()
    repo.write(FILE, article({ corrections: note }, 'Judge Loretta Preska ruled against Microsoft.'))
    repo.commit('Correct the judge')
    expect(await problemsOf(repo.root)).toEqual([])
  })

  it('lets a trailer mark one commit as minor, and only that commit', async () => {
    const repo = newsroom()
    repo.write(FILE, article({}, 'Judge Preska ruled against Microsoft Corp.'))
    repo.commit('Typo\n\nMinor-change: court-rules')
    expect(await problemsOf(repo.root)).toEqual([])
    repo.write(FILE, article({}, 'Judge Preska ruled for Microsoft Corp.'))
    repo.commit('Change the verdict')
    expect((await problemsOf(repo.root))[0]).toContain('"Change the verdict"')
  })

  it('ignores markup-only edits, front-matter fields readers do not read as text, drafts and scheduled articles', async () => {
    const repo = newsroom(article({}, 'Judge Preska ruled against Microsoft.'))
    repo.write(FILE, article({}, 'Judge *Preska* ruled against [Microsoft](https://microsoft.com).'))
    expect(await problemsOf(repo.root)).toEqual([])
    const drafted = newsroom(article({ draft: true }, 'Draft text.'))
    drafted.write(FILE, article({ draft: true }, 'Other draft text.'))
    const scheduled = newsroom(article({ date: "'2026-07-01T09:00:00-04:00'" }, 'Not yet out.'))
    scheduled.write(FILE, article({ date: "'2026-07-01T09:00:00-04:00'" }, 'Still not out.'))
    expect([...(await problemsOf(drafted.root)), ...(await problemsOf(scheduled.root))]).toEqual([])
  })

  it('on the production branch, compares with the commit before, which the last deploy published', async () => {
    const repo = newsroom()
    repo.git('checkout', '--quiet', 'main')
    repo.write(FILE, article({}, 'Judge Preska ruled for Microsoft.'))
    repo.commit('Pushed straight to main')
    const check = await checkPublishedChanges(repo.root, 'content', NOW, env)
    expect(check.base).toBe(repo.git('rev-parse', 'HEAD^'))
    expect(check.problems).toHaveLength(1)
  })

  it('holds no edit made before the article went live to a note, even when checked after its minute', async () => {
    // Scheduled for 12:02:30 on the day the test repository commits, rewritten at 12:02, checked months later.
    const repo = newsroom(article({ date: "'2026-01-01T12:02:30Z'" }, 'SOURCES SAY the judge ruled.'))
    repo.write(FILE, article({ date: "'2026-01-01T12:02:30Z'" }, 'The judge ruled against Microsoft.'))
    repo.commit('Rewrite before it goes live')
    expect(await problemsOf(repo.root)).toEqual([])
    // Once it was live, a change to its words needs a note again.
    repo.write(FILE, article({ date: "'2026-01-01T12:02:30Z'" }, 'The judge ruled for Microsoft.'))
    repo.commit('Change the verdict')
    expect(await problemsOf(repo.root)).toHaveLength(1)
  })
})
