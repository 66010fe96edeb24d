import { parseFrontMatter } from '../checks/front-matter'
import type { CorrectionNote } from '../content/corrections'
import { correctionKinds } from '../content/schema'
import { parseFrontMatterDate } from '../dates'
import { fileCommits, isRepository, readVersions, shallowBoundary, type FileCommit } from './git'
import { plainTextBlocks } from './plain-text'
import { contentHash } from '../build-cache/result-cache'
import { sameText } from './word-diff'

/**
 * Every version of every article that readers could see, from git, for the
 * history pages (scripts/content-index.ts writes one file per article at
 * build time; the deploy has no git). A version keeps the words a reader
 * saw, not its MDX, and nothing of the commit but its id: a commit's subject
 * is written for the newsroom, not for readers.
 */
export type ArticleVersion = {
  commit: string
  /** When readers first saw this version: its commit, or its go-live time if that came later. */
  date: string
  title: string
  summary: string
  blocks: string[]
  /** Corrections, clarifications and updates this version added. */
  notes: CorrectionNote[]
}

export type ArticleHistory = {
  /** Newest first. */
  versions: ArticleVersion[]
  /**
   * False when the build's clone is shallow and stops before the article's
   * first commit, so older versions exist in the repository but not here.
   */
  complete: boolean
}

const isKind = (value: unknown): value is CorrectionNote['kind'] => correctionKinds.some((kind) => kind === value)

/** The notes listed in a version's front matter, as the site reads them. */
export function frontMatterNotes(value: unknown): CorrectionNote[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return []
    const { date, kind, text } = { date: undefined, kind: undefined, text: undefined, ...item }
    return typeof date === 'string' && isKind(kind) && typeof text === 'string'
      ? [{ date: parseFrontMatterDate(date), kind, text }]
      : []
  })
}

export type ReadVersion = Pick<ArticleVersion, 'title' | 'summary' | 'blocks' | 'notes'> & {
  /** Whether readers could see this version: not a draft, and its date (an instant) has come. */
  draft: boolean
  published: string | null
}

/** One version of an article file as readers saw it. */
export function readVersion(file: string, source: string): ReadVersion {
  const parsed = parseFrontMatter(file, source)
  if (!parsed.ok)
    return { title: '', summary: '', blocks: plainTextBlocks(source), notes: [], draft: true, published: null }
  const { data, body } = parsed.value
  const text = (value: unknown) => (typeof value === 'string' ? value : '')
  const date = text(data.date)
  return {
    title: text(data.title),
    summary: text(data.summary),
    blocks: plainTextBlocks(body),
    notes: frontMatterNotes(data.corrections),
    draft: data.draft === true,
    published: date && !Number.isNaN(Date.parse(date)) ? parseFrontMatterDate(date) : null,
  }
}

/**
 * Whether readers could see a version before `until` (ms) replaced it: it is
 * no draft and its go-live time came first. What was committed while an
 * article was a draft, or still scheduled, was never published: the history
 * page does not show it and the published-text rule does not hold it to a note.
 */
export function wasSeen(version: Pick<ReadVersion, 'draft' | 'published'>, until: number): boolean {
  return !version.draft && version.published !== null && Date.parse(version.published) < until
}

/** The words readers read in a version, in the order the history compares them. */
export const versionWords = (version: Pick<ReadVersion, 'title' | 'summary' | 'blocks'>) => [
  version.title,
  version.summary,
  ...version.blocks,
]

/** Identifies a note across versions: the same date, kind and words. */
export const noteKey = (note: CorrectionNote) => `${note.date}\u0000${note.kind}\u0000${note.text}`

/** Where reading a version can be skipped: a version's words by its text (lib/build-cache keeps them between builds). */
export type VersionCache = { get(key: string): ReadVersion | undefined; set(key: string, value: ReadVersion): void }

export const isReadVersion = (value: unknown): value is ReadVersion =>
  typeof value === 'object' && value !== null && 'blocks' in value && Array.isArray(value.blocks)

/**
 * Histories of the articles under `<root>/<dir>` (or of the files listed, relative to root), by file path
 * relative to root; empty outside git.
 */
export function buildHistories(
  root: string,
  dir: string | readonly string[],
  cache?: VersionCache,
): Map<string, ArticleHistory> {
  if (!isRepository(root)) return new Map()
  return historiesFrom(root, fileCommits(root, dir), cache)
}

/**
 * Histories from the commits that touched each file (lib/history/git.ts fileCommits): a build of many
 * files reads the log once and takes the histories a part at a time (lib/store/pipeline.ts).
 */
export function historiesFrom(
  root: string,
  commits: ReadonlyMap<string, readonly FileCommit[]>,
  cache?: VersionCache,
): Map<string, ArticleHistory> {
  const histories = new Map<string, ArticleHistory>()
  const boundary = shallowBoundary(root)
  const specs = [...commits.values()].flat()
  const texts = readVersions(root, specs)
  const sources = new Map(specs.map((spec, i) => [`${spec.commit}:${spec.path}`, texts[i] ?? null]))
  for (const [path, list] of commits) {
    const oldestFirst = list.toReversed()
    const versions: ArticleVersion[] = []
    let seen = new Set<string>()
    for (const [i, commit] of oldestFirst.entries()) {
      const source = sources.get(`${commit.commit}:${commit.path}`)
      if (source == null) continue
      // Keyed by the text alone: the path only names the file in problems, which a version does not keep.
      const key = contentHash(source)
      const version = cache?.get(key) ?? readVersion(path, source)
      cache?.set(key, version)
      // The newest version is judged when its page renders (a scheduled article's history is a 404 until its
      // minute); an older one only counts if readers saw it before the next commit replaced it.
      const next = oldestFirst[i + 1]
      if (!wasSeen(version, next ? Date.parse(next.date) : Infinity)) continue
      const keys = new Set(version.notes.map(noteKey))
      const notes = version.notes.filter((note) => !seen.has(noteKey(note)))
      const previous = versions.at(-1)
      // A commit that changed nothing a reader sees (front matter such as tags, MDX layout) is no new version.
      if (previous && notes.length === 0 && sameText(versionWords(previous), versionWords(version))) continue
      const published = Date.parse(version.published ?? commit.date)
      versions.push({
        commit: commit.commit,
        date: published > Date.parse(commit.date) ? new Date(published).toISOString() : commit.date,
        title: version.title,
        summary: version.summary,
        blocks: version.blocks,
        notes,
      })
      seen = keys
    }
    const oldest = oldestFirst[0]
    // In a shallow clone git reports the boundary commit as adding every file it has.
    const complete =
      oldest !== undefined && !(boundary.has(oldest.commit) && oldest.status === 'A' && boundary.size > 0)
    histories.set(path, { versions: versions.toReversed(), complete })
  }
  return histories
}
