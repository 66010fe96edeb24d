import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { ContentProblem } from './problems'
import { noteKey, readVersion, versionWords, wasSeen } from '../history/build'
import {
  changedSince,
  currentBranch,
  fileCommits,
  isRepository,
  mergeBase,
  readAtCommits,
  readVersions,
  resolve,
  workingTree,
  type WorkingTree,
} from '../history/git'
import { sameText } from '../history/word-diff'
import { siteConfig } from '../site'

/**
 * Readers trust a site that says what it changed. When the words of an
 * article that was already published change, the change needs a note in
 * `corrections:` (a correction, clarification or update), unless the editor
 * marks that one commit as minor with a `Minor-change: <slug>` trailer
 * (docs/editing.md). Compared against the production branch: on another
 * branch, against where it forked; on the production branch itself, against
 * the commit before (what the last deploy published), or against HEAD while
 * there are uncommitted edits.
 */

export type ChangeCheck = {
  /** The commit compared against, or null when there is nothing to compare with (no git, first commit). */
  base: string | null
  problems: ContentProblem[]
}

type Env = { PRODUCTION_BRANCH?: string; VERCEL_GIT_COMMIT_REF?: string }
const processEnv = (): Env => ({
  PRODUCTION_BRANCH: process.env.PRODUCTION_BRANCH,
  VERCEL_GIT_COMMIT_REF: process.env.VERCEL_GIT_COMMIT_REF,
})

/** Which commit the working tree is compared with. */
export function comparisonBase(
  root: string,
  dir: string,
  env: Env = processEnv(),
  tree: WorkingTree = workingTree(root, dir),
): string | null {
  const production = env.PRODUCTION_BRANCH ?? siteConfig.productionBranch
  const productionHead = resolve(root, `origin/${production}`) ?? resolve(root, production)
  const branch = currentBranch(root, env)
  const head = resolve(root, 'HEAD')
  if (!head) return null
  if (branch !== null && branch !== production && productionHead) return mergeBase(root, head, productionHead)
  return tree.changed.length > 0 ? head : resolve(root, 'HEAD^1')
}

export async function checkPublishedChanges(
  root: string,
  contentDir: string,
  now: Date,
  env: Env = processEnv(),
  /** The working tree of the articles' folder as `workingTree` read it, where the caller has read it already. */
  known?: WorkingTree,
): Promise<ChangeCheck> {
  const dir = path.join(contentDir, 'posts')
  if (!isRepository(root)) return { base: null, problems: [] }
  const tree = known ?? workingTree(root, dir)
  const base = comparisonBase(root, dir, env, tree)
  if (!base) return { base: null, problems: [] }
  const problems: ContentProblem[] = []
  const changed = changedSince(root, base, dir, tree).filter((file) => file.endsWith('.mdx'))
  const before = readAtCommits(
    root,
    changed.map((file) => ({ commit: base, path: file })),
  )
  const commits = fileCommits(root, dir, `${base}..HEAD`)
  for (const [i, file] of changed.entries()) {
    const oldSource = before[i]
    const newSource = await readFile(path.join(root, file), 'utf8').catch(() => null)
    if (oldSource == null || newSource === null) continue
    const old = readVersion(file, oldSource)
    const current = readVersion(file, newSource)
    const oldKeys = new Set(old.notes.map(noteKey))
    if (current.notes.some((note) => !oldKeys.has(noteKey(note)))) continue
    if (sameText(versionWords(old), versionWords(current))) continue
    const slug = path.basename(file, '.mdx')
    // Every step that changed words readers had seen must be a commit marked minor for this article: a
    // version counts as published only if it went live before the next step replaced it, so the edits
    // to a draft, or to a scheduled article before its minute, need no note.
    const steps = (commits.get(file) ?? []).toReversed()
    const sources = readVersions(root, steps)
    let previous = old
    let unmarked: string | null = null
    for (const [j, step] of steps.entries()) {
      const source = sources[j]
      if (source == null) continue
      const version = readVersion(file, source)
      const minor = step.minor.includes(slug) || step.minor.includes('all')
      const changed = !sameText(versionWords(previous), versionWords(version))
      if (changed && !minor && wasSeen(previous, Date.parse(step.date)))
        unmarked ??= `commit ${step.commit.slice(0, 7)} ("${step.subject}")`
      previous = version
    }
    if (!sameText(versionWords(previous), versionWords(current)) && wasSeen(previous, now.getTime()))
      unmarked ??= 'uncommitted edits'
    if (!unmarked) continue
    problems.push({
      file,
      message:
        `This article is published and its text changed since ${base.slice(0, 7)} (${unmarked}), but no correction, clarification or update was added. ` +
        `Add one under corrections: (see docs/editing.md), or, for a typo fix, commit that change with the trailer "Minor-change: ${slug}".`,
    })
  }
  return { base, problems }
}
