import { rmSync, unlinkSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { changedSince, workingTree } from './git'
import { testRepo } from './test-repo'

const cleanup: string[] = []
afterEach(() => {
  for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A newsroom's repository with three committed articles, its site in `site/` when `nested`. */
function newsroom(nested = false) {
  const repo = testRepo()
  cleanup.push(repo.root)
  const site = nested ? 'site/' : ''
  for (const slug of ['court-rules', 'dublin-emails', 'warrant-appeal'])
    repo.write(`${site}content/posts/${slug}.mdx`, `---\ntitle: ${slug}\n---\n\nText.\n`)
  repo.write(`${site}content/authors.yml`, 'staff: {}\n')
  const first = repo.commit('Publish')
  return { repo, first, root: path.join(repo.root, site) }
}

describe('workingTree', () => {
  it('names every kind of uncommitted change under the folder, and nothing outside it', () => {
    const { repo, root } = newsroom()
    repo.write('content/posts/court-rules.mdx', 'edited, not staged\n')
    repo.write('content/posts/dublin-emails.mdx', 'edited and staged\n')
    repo.git('add', 'content/posts/dublin-emails.mdx')
    unlinkSync(path.join(root, 'content/posts/warrant-appeal.mdx'))
    repo.write('content/posts/new story é.mdx', 'written, never added\n')
    repo.write('content/posts/drafts/idea.mdx', 'in a folder git has not seen\n')
    repo.write('content/authors.yml', 'staff: { name: Staff }\n')

    const tree = workingTree(root, 'content/posts')
    expect(tree.changed.sort()).toEqual([
      'content/posts/court-rules.mdx',
      'content/posts/dublin-emails.mdx',
      'content/posts/warrant-appeal.mdx',
    ])
    expect(tree.untracked.sort()).toEqual(['content/posts/drafts/idea.mdx', 'content/posts/new story é.mdx'])
  })

  it('is empty for a clean checkout, and names paths from the site when it sits in a folder of the repository', () => {
    const { repo, root } = newsroom(true)
    expect(workingTree(root, 'content/posts')).toEqual({ changed: [], untracked: [] })
    repo.write('site/content/posts/court-rules.mdx', 'edited\n')
    repo.write('site/content/posts/added.mdx', 'new\n')
    expect(workingTree(root, 'content/posts')).toEqual({
      changed: ['content/posts/court-rules.mdx'],
      untracked: ['content/posts/added.mdx'],
    })
  })

  it('is empty outside a repository', () => {
    const { root } = newsroom()
    rmSync(path.join(root, '.git'), { recursive: true })
    expect(workingTree(root, 'content/posts')).toEqual({ changed: [], untracked: [] })
  })
})

describe('changedSince', () => {
  it('joins what commits changed since a commit with what the working tree changed since HEAD', () => {
    const { repo, first, root } = newsroom()
    repo.write('content/posts/court-rules.mdx', 'committed edit\n')
    repo.commit('Edit')
    repo.write('content/posts/warrant-appeal.mdx', 'uncommitted edit\n')
    const tree = workingTree(root, 'content/posts')
    expect(changedSince(root, first, 'content/posts', tree)).toEqual([
      'content/posts/court-rules.mdx',
      'content/posts/warrant-appeal.mdx',
    ])
    expect(changedSince(root, 'HEAD', 'content/posts', tree)).toEqual(['content/posts/warrant-appeal.mdx'])
    // Read afresh when not handed one.
    expect(changedSince(root, first, 'content/posts')).toEqual(changedSince(root, first, 'content/posts', tree))
  })
})
