import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

/**
 * The little of git the build needs: which commits changed the articles, and
 * the text of a file at a commit. Every call returns null or empty when
 * `root` is not inside a git checkout (a tarball, a bench copy), so a
 * history is something the site adds when it can, never a reason to fail.
 */

export type FileCommit = {
  commit: string
  /** Committer date, ISO 8601. */
  date: string
  subject: string
  /** Values of `Minor-change:` trailers: the slugs (or `all`) the commit marks as minor. */
  minor: string[]
  /** The file's path at this commit, relative to `root`. */
  path: string
  status: 'A' | 'M'
  /** The file's contents at this commit: its git blob id. */
  blob: string
}

function git(root: string, args: string[], input?: string): string | null {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8', input, maxBuffer: 1 << 30 })
  return result.status === 0 ? result.stdout : null
}

/** True when `root` is in a git work tree. */
export function isRepository(root: string): boolean {
  return git(root, ['rev-parse', '--is-inside-work-tree'])?.trim() === 'true'
}

/** Commits a shallow clone stops at (their parents were not fetched); empty for a full clone. */
export function shallowBoundary(root: string): Set<string> {
  const file = git(root, ['rev-parse', '--path-format=absolute', '--git-path', 'shallow'])?.trim()
  if (!file || !existsSync(file)) return new Set()
  return new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean))
}

const FIELD = '\x1f'
const RECORD = '\x1e'

/**
 * Every commit that added or changed a file under `dir` (relative to
 * `root`), newest first, by the file's current path. Renames are followed
 * only as far as git's rename detection goes in one log.
 */
export function fileCommits(root: string, dir: string | readonly string[], range = 'HEAD'): Map<string, FileCommit[]> {
  const format = `${RECORD}%H${FIELD}%cI${FIELD}%s${FIELD}%(trailers:key=Minor-change,valueonly,separator=%x2C)${FIELD}`
  // --raw names each version's blob, so its text is read without walking the commit's tree (readVersions).
  const out = git(root, [
    'log',
    '--relative',
    '--no-renames',
    `--format=${format}`,
    '--raw',
    '--no-abbrev',
    range,
    '--',
    ...(typeof dir === 'string' ? [dir] : dir),
  ])
  const byFile = new Map<string, FileCommit[]>()
  for (const record of out?.split(RECORD) ?? []) {
    const [commit, date, subject, trailers, files] = record.split(FIELD)
    if (!commit || !date || subject === undefined || files === undefined) continue
    const minor = (trailers ?? '')
      .split(',')
      .map((value) => value.trim())
      .filter(Boolean)
    // `:<old mode> <new mode> <old blob> <new blob> <status>\t<path>`
    for (const line of files.split('\n')) {
      const [change, path] = line.split('\t')
      const [, , , blob, status] = change?.split(' ') ?? []
      if ((status !== 'A' && status !== 'M') || !path || !blob) continue
      const list = byFile.get(path) ?? []
      list.push({ commit, date, subject, minor, path, status, blob })
      byFile.set(path, list)
    }
  }
  return byFile
}

/** The text of each `commit:path`, in one git process; null for one that does not exist. */
export function readAtCommits(root: string, specs: readonly { commit: string; path: string }[]): (string | null)[] {
  return readObjects(
    root,
    specs.map(({ commit, path }) => `${commit}:./${path}`),
  )
}

/**
 * The text of each version fileCommits listed, by its blob id, in one git
 * process. Naming `commit:path` instead makes git search the commit's tree
 * for the path, which costs as much as the folder is large: 15 s for 10,000
 * articles' versions in a folder of 10,000, against half a second by id.
 */
export function readVersions(root: string, versions: readonly Pick<FileCommit, 'blob'>[]): (string | null)[] {
  return readObjects(
    root,
    versions.map(({ blob }) => blob),
  )
}

/** The contents of each git object named (`git cat-file --batch`); null for one that does not exist. */
function readObjects(root: string, names: readonly string[]): (string | null)[] {
  if (names.length === 0) return []
  const input = names.join('\n') + '\n'
  const result = spawnSync('git', ['cat-file', '--batch'], { cwd: root, input, maxBuffer: 1 << 30 })
  if (result.status !== 0) return names.map(() => null)
  const out: Buffer = result.stdout
  const texts: (string | null)[] = []
  let offset = 0
  for (let i = 0; i < names.length; i++) {
    const end = out.indexOf(10, offset)
    const header = out.subarray(offset, end).toString('utf8')
    offset = end + 1
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
      texts.push(null)
      continue
    }
    const size = Number(header.split(' ')[2])
    texts.push(out.subarray(offset, offset + size).toString('utf8'))
    offset += size + 1
  }
  return texts
}

/** `git rev-parse` of a revision, or null. */
export function resolve(root: string, revision: string): string | null {
  return git(root, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`])?.trim() || null
}

/** The branch being built: Vercel's, else the checked-out one (null when detached). */
export function currentBranch(
  root: string,
  env: { VERCEL_GIT_COMMIT_REF?: string } = { VERCEL_GIT_COMMIT_REF: process.env.VERCEL_GIT_COMMIT_REF },
): string | null {
  if (env.VERCEL_GIT_COMMIT_REF) return env.VERCEL_GIT_COMMIT_REF
  const name = git(root, ['rev-parse', '--abbrev-ref', 'HEAD'])?.trim()
  return name && name !== 'HEAD' ? name : null
}

/** Common ancestor of two commits, or null. */
export function mergeBase(root: string, a: string, b: string): string | null {
  return git(root, ['merge-base', a, b])?.trim() || null
}

/**
 * How the working tree under `dir` differs from HEAD: tracked files changed (committed to the index or not,
 * deleted included) and files git does not track yet (and does not ignore), paths relative to `root`. One
 * `git status`, which brings git's record of the files' times and sizes up to date as it goes (after a checkout
 * whose files all have new times, every later look would otherwise read every file again). Read once and handed
 * to what compares with the working tree: at 100,000 articles each such look costs about 0.4 s.
 */
export type WorkingTree = { changed: string[]; untracked: string[] }

export function workingTree(root: string, dir: string): WorkingTree {
  const tree: WorkingTree = { changed: [], untracked: [] }
  const out = git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', dir])
  if (out === null) return tree
  // Status names paths from the top of the repository; the rest of this module, from `root`.
  const prefix = git(root, ['rev-parse', '--show-prefix'])?.trim() ?? ''
  for (const entry of out.split('\0')) {
    if (entry.length < 4 || !entry.slice(3).startsWith(prefix)) continue
    const file = entry.slice(3 + prefix.length)
    if (entry.startsWith('??')) tree.untracked.push(file)
    else tree.changed.push(file)
  }
  return tree
}

/**
 * Files under `dir` that differ between `commit` and the working tree (uncommitted edits included; `tree`, the
 * working tree as `workingTree` read it), and possibly a few that a later commit changed back. The commits are
 * compared tree to tree, then the working tree with HEAD: `git diff <commit>` alone first reads that commit's
 * whole tree into the index's form, 9 s of a one-article deploy at 100,000 articles against 0.1 s.
 */
export function changedSince(root: string, commit: string, dir: string, tree = workingTree(root, dir)): string[] {
  if (commit === 'HEAD') return [...tree.changed].sort()
  const committed =
    git(root, ['diff', '--relative', '--no-renames', '--name-only', commit, 'HEAD', '--', dir])
      ?.split('\n')
      .filter(Boolean) ?? []
  return [...new Set([...committed, ...tree.changed])].sort()
}

/**
 * Brings git's record of the working tree's files up to date (their times and sizes), as `git clone` leaves it:
 * after files are given new times, every look at the working tree would otherwise read every file again.
 */
export function refreshIndex(root: string): void {
  spawnSync('git', ['update-index', '-q', '--refresh'], { cwd: root })
}

/** True when `commit` is in this checkout and HEAD descends from it. */
export function isAncestor(root: string, commit: string): boolean {
  return spawnSync('git', ['merge-base', '--is-ancestor', commit, 'HEAD'], { cwd: root }).status === 0
}
