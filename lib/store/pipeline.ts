import { spawn } from 'node:child_process'
import type { TransactionSql } from 'postgres'
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { importClosure, propertiesRead } from '../build-cache/imports'
import { codeVersion } from '../build-cache/paths'
import { contentHash } from '../build-cache/result-cache'
import type { ContentEnvironment } from '../content/visibility'
import { historiesFrom, type ReadVersion } from '../history/build'
import {
  changedSince,
  fileCommits,
  isAncestor,
  isRepository,
  resolve,
  workingTree,
  type WorkingTree,
} from '../history/git'
import { buildRelatedMap } from '../related/rank'
import type { RelatedLink, RelatedSource } from '../related/types'
import {
  championsDue,
  everySource,
  frequencyChange,
  hasFrequencies,
  keepRecent,
  rankChange,
  writeChampions,
  writeFrequencies,
  type Archive,
  type ReachAccount,
} from './related-reach'
import { siteConfig } from '../site'
import { migrate, table, type Database } from './database'
import { listsTouched, writeListCounts, type TouchedLists } from './list-counts'
import { readAuthorSources } from '../content/authors-file'
import { compiledRow, isGenerated } from './rows'
import { articleColumns, lastPublish, replaceArticle, writeArticles, type StoredArticle } from './publish'

/**
 * The publish of a build with DATABASE_URL (npm run build's content step): the articles whose file changed
 * since the last publish to this schema are compiled by Contentlayer and written, nothing else, so a deploy's
 * cost follows its change, not the archive.
 *
 * - What changed: `git diff` from the commit the last publish recorded (with edits not yet committed, and new
 *   files); where that cannot be trusted (no publish yet, a commit this checkout does not have, another
 *   version of the code that makes rows), every file whose text differs from its row's.
 * - Contentlayer compiles them in batches (`batchSize`), each in a process of its own, so memory stays that
 *   of one batch at any archive size; progress (count, rate, time left) is printed after each.
 * - Each batch is written when it is done. The first publish to a schema writes straight into its articles
 *   (nothing is live there yet); a later one writes into staged_articles and moves them in with the
 *   removals and the re-ranked related lists in one transaction, so readers see all of a publish or none.
 *   Either way an interrupted publish resumes: a file whose row (live or staged) was made from the same
 *   text by the same code is not compiled again.
 * - Related lists: those of the changed articles, of articles whose list named a changed or removed one,
 *   and of the changed articles' new neighbours are ranked against the whole archive; every list when
 *   every article was compiled.
 */

export type PipelineOptions = {
  root: string
  contentDir: string
  environment: ContentEnvironment
  db: Database
  /** Articles per Contentlayer run. */
  batchSize?: number
  log?: (line: string) => void
  /** The commit being published (HEAD); null outside git. */
  head?: string | null
}

export type PipelineResult = {
  /** How the articles to compile were found. */
  plan: 'changes' | 'every file'
  compiled: number
  written: number
  removed: number
  reranked: number
  /** Articles skipped because an interrupted publish had already written them. */
  resumed: number
  /** Articles planned but found unchanged (the same text as their row). */
  unchanged: number
  first: boolean
}

/**
 * The modules that turn an article file into a row: Contentlayer's config, the history reader, the rows and the
 * columns publish.ts writes. Everything they import is followed (lib/build-cache/imports.ts), so a helper they
 * come to use (how bylines are written, say) is in the store's version without anyone listing it. Left out, each
 * versioned otherwise: the related ranking (its terms by termsVersion, its lists by rankVersion), the build
 * cache's machinery and the connection (database.ts), which make no part of a row. Pages, components, the read
 * side and the rest of the publish (this module) are not imported by these, so a deploy of them stays
 * incremental; nor are the migrations: one that needs every row made again comes with the change to rows.ts that
 * fills it, and one that adds an index or a table (0011) costs a deploy no recompile (30 minutes at 100,000
 * articles).
 */
const STORE_ENTRIES = [
  'contentlayer.config.ts',
  'lib/history/build.ts',
  'lib/store/from-content-build.ts',
  'lib/store/rows.ts',
  'lib/store/publish.ts',
]
const STORE_ELSEWHERE = ['lib/related', 'lib/build-cache', 'lib/store/database.ts']
const SITE_FILE = 'lib/site.ts'

/**
 * The version of the code that makes rows, and of the packages: when it changes, every article is compiled
 * again. Of lib/site.ts, only the settings that code reads count (the time zone, locale, default byline and the
 * site's address; the related options are the terms' version's): a newsroom that rewrites its description or
 * its social links does not recompile its archive.
 */
export function storeVersion(root: string): string {
  return codeAndSettingsVersion(root, STORE_ENTRIES, STORE_ELSEWHERE, { settingsElsewhere: ['related'] })
}

/**
 * A version of the code `entries` load (their imports followed, but `except`), of the packages, and of the settings
 * of lib/site.ts that code reads (but `settingsElsewhere`), and that `readers` read: this module, for the related
 * ranking, whose options it hands the ranking.
 */
function codeAndSettingsVersion(
  root: string,
  entries: readonly string[],
  except: readonly string[],
  { readers = [], settingsElsewhere = [] }: { readers?: readonly string[]; settingsElsewhere?: readonly string[] } = {},
): string {
  const files = importClosure(root, entries, { except })
  const code = files.filter((file) => file !== SITE_FILE)
  const settings =
    files.includes(SITE_FILE) || readers.length > 0
      ? propertiesRead(root, [...code, ...readers], SITE_FILE, 'siteConfig', { except: settingsElsewhere })
      : ''
  return contentHash(JSON.stringify([codeVersion(root, [...code, 'package-lock.json']), settings])).slice(0, 16)
}

/** Where the related ranking's options are read (siteConfig.related, handed to it by publishContent). */
const RELATED_READERS = ['lib/store/pipeline.ts']

/**
 * The related ranking's code (lib/store/related-reach.ts and what it loads: lib/related, the tags' slugs of
 * lib/urls.ts) and its options: when they change, every list is ranked again (and no article compiled). Not the
 * rest of lib/site.ts: a new description or page size ranks nothing again (a minute at 100,000 articles).
 */
export const rankVersion = (root: string) =>
  codeAndSettingsVersion(root, ['lib/store/related-reach.ts'], ['lib/store/database.ts', 'lib/build-cache'], {
    readers: RELATED_READERS,
  })

/**
 * What counts an article's terms (lib/related/kept-terms.ts and what it loads, with the ranking's options): each
 * row keeps the terms this version counted, and only a change here counts every row's terms again, reading every
 * article's lede. Other new ranking code (the vectors made of the terms kept, vectors.ts, included) ranks every
 * list from the terms kept. (A change here changes rankVersion too: every list is ranked again and the terms'
 * counts written anew.)
 */
export const termsVersion = (root: string) =>
  codeAndSettingsVersion(root, ['lib/related/kept-terms.ts'], [], { readers: RELATED_READERS })

/** The code that counts the lists (lib/store/list-counts.ts, with who sees what and the time zone): when it changes, every list is counted again. */
const COUNTS_CODE = ['lib/store/list-counts.ts', 'lib/store/read.ts', SITE_FILE]

/** The project folder Contentlayer compiles each batch in (its content/posts holds the batch's files). */
const BATCH_DIR = '.contentlayer-batch'

export type Plan = {
  plan: PipelineResult['plan']
  files: string[]
  gone: string[]
  /** Every article file there is (paths relative to root), read once for all who need it. */
  present: string[]
  /** Whether the articles' folder has edits not committed (new files included): such a publish is no commit's. */
  dirty: boolean
}

// (Over every file of a 100,000-article folder, strings cut and joined by hand take half the time path's do.)
export const slugOfFile = (file: string) => file.slice(file.lastIndexOf('/') + 1).replace(/\.mdx$/, '')
const isArticleFile = (file: string, postsDir: string) =>
  path.dirname(file) === postsDir && file.endsWith('.mdx') && !path.basename(file).startsWith('.')

function articleFiles(root: string, postsDir: string): string[] {
  return readdirSync(path.join(root, postsDir))
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('.'))
    .sort()
    .map((name) => `${postsDir}/${name}`)
}

/**
 * Which files to compile and which slugs left the content, before looking at what the store already holds. The
 * folder and the working tree are each read once (at 100,000 articles a look at either costs 0.2 to 0.4 s, and
 * the content check and the publish each plan).
 */
export function planFromGit(
  root: string,
  postsDir: string,
  last: Awaited<ReturnType<typeof lastPublish>>,
  version: string,
  /** The working tree as `workingTree` read it, where the caller has read it already. */
  known?: WorkingTree,
): Plan {
  const present = articleFiles(root, postsDir)
  const repository = isRepository(root)
  const tree = known ?? (repository ? workingTree(root, postsDir) : { changed: [], untracked: [] })
  const dirty = tree.changed.length > 0 || tree.untracked.length > 0
  const all = { plan: 'every file' as const, files: present, gone: [], present, dirty }
  if (!last?.gitCommit || last.storeVersion !== version || !repository) return all
  if (!resolve(root, last.gitCommit) || !isAncestor(root, last.gitCommit)) return all
  const touched = [...new Set([...changedSince(root, last.gitCommit, postsDir, tree), ...tree.untracked])]
    .filter((file) => isArticleFile(file, postsDir))
    .sort()
  const presentSet = new Set(present)
  return {
    plan: 'changes',
    files: touched.filter((file) => presentSet.has(file)),
    gone: touched.filter((file) => !presentSet.has(file)).map(slugOfFile),
    present,
    dirty,
  }
}

/**
 * Runs Contentlayer over these files (paths relative to root) and returns what it generated for them. It
 * runs in a project folder of its own under BATCH_DIR (whose config is the site's), so the batches never
 * touch the .contentlayer a files build of this checkout wrote; two such folders take turns, so one batch
 * compiles while the one before is written.
 */
async function compile(root: string, project: string, files: readonly string[]): Promise<unknown[]> {
  const posts = path.join(project, 'content', 'posts')
  rmSync(posts, { recursive: true, force: true })
  mkdirSync(posts, { recursive: true })
  const config = path.relative(project, path.join(root, 'contentlayer.config')).split(path.sep).join('/')
  writeFileSync(path.join(project, 'contentlayer.config.ts'), `export { default } from '${config}'\n`)
  for (const file of files) {
    const target = path.join(posts, path.basename(file))
    try {
      linkSync(path.join(root, file), target)
    } catch {
      copyFileSync(path.join(root, file), target)
    }
  }
  await runContentlayer(project, 'content')
  const generated: unknown = JSON.parse(
    readFileSync(path.join(project, '.contentlayer', 'generated', 'Post', '_index.json'), 'utf8'),
  )
  return Array.isArray(generated) ? generated : []
}

/** Contentlayer's build in `project` over `contentDir`, without the index step (that is this module's work). */
function runContentlayer(project: string, contentDir: string): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, '..', '..', 'scripts', 'contentlayer-build.ts')],
    { cwd: project, env: { ...process.env, PWD: project, CONTENT_DIR: contentDir, CONTENT_BATCH: '1' } },
  )
  const output: string[] = []
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`Contentlayer could not compile the articles:\n${output.join('').trim()}`)),
    )
  })
}

/**
 * The code Contentlayer generates, which the site's types import: a checkout that has none (a fresh deploy
 * with a database builds no content files) gets it from a run over no articles.
 */
export async function ensureGeneratedTypes(root: string) {
  if (existsSync(path.join(root, '.contentlayer', 'generated', 'index.d.ts'))) return
  const empty = path.join(BATCH_DIR, 'empty')
  mkdirSync(path.join(root, empty, 'posts'), { recursive: true })
  await runContentlayer(root, empty)
}

const rate = (done: number, seconds: number) => (seconds > 0 ? (done / seconds) * 60 : 0)
function progress(done: number, total: number, started: number): string {
  const seconds = (performance.now() - started) / 1000
  const perMinute = rate(done, seconds)
  const left = perMinute > 0 ? ((total - done) / perMinute) * 60 : NaN
  const time = (s: number) => (s >= 90 ? `${Math.round(s / 60)} min` : `${Math.round(s)} s`)
  return (
    `${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} articles compiled, ` +
    `${Math.round(perMinute).toLocaleString('en-US')} a minute, ${done === total ? `in ${time(seconds)}` : `about ${time(left)} left`}`
  )
}

/** Terms counted again from the lede (a row from before them, or one whose terms another termsVersion counted). */
async function writeTerms(
  sql: TransactionSql,
  rows: ReturnType<typeof table>,
  counted: readonly RelatedSource[],
  version: string,
) {
  for (let i = 0; i < counted.length; i += 5000) {
    const chunk = counted.slice(i, i + 5000)
    await sql`
      update ${rows} set related_terms = x.terms, related_terms_version = ${version}
      from (select unnest(${chunk.map((source) => source.slug)}::text[]) as slug,
                   unnest(${chunk.map((source) => source.terms ?? '')}::text[]) as terms) x
      where ${rows}.slug = x.slug`
  }
}

async function writeRelated(sql: TransactionSql, rows: ReturnType<typeof table>, lists: [string, RelatedLink[]][]) {
  for (let i = 0; i < lists.length; i += 5000) {
    const chunk = lists.slice(i, i + 5000)
    await sql`
      update ${rows} set related = x.related::jsonb
      from (select unnest(${chunk.map(([slug]) => slug)}::text[]) as slug,
                   unnest(${chunk.map(([, links]) => JSON.stringify(links))}::text[]) as related) x
      where ${rows}.slug = x.slug`
  }
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`

/**
 * VACUUM (ANALYZE) of the tables a publish rewrites (search_rows follows articles by trigger). Outside a
 * transaction, as VACUUM must be; it binds no value, so it is sent alone (lib/store/database.ts). The benches
 * that write rows without a publish call it too, to leave the tables as a publish does.
 */
export async function vacuum({ sql, schema }: Database) {
  await sql.unsafe(`vacuum (analyze) "${schema}".articles, "${schema}".search_rows, "${schema}".list_rows`)
}

/**
 * Moves the staged rows into articles (each replacing the row of its slug) and empties staged_articles: in a
 * publish's transaction, which the tests that publish by hand make as this module does.
 */
export async function moveStaged(tx: TransactionSql, db: Database) {
  const staged = table(db, 'staged_articles')
  await tx`
    insert into ${table(db, 'articles')} (${tx(articleColumns)})
    select ${tx(articleColumns)} from ${staged} where ${true}
    on conflict (slug) do update set ${replaceArticle(tx)}`
  await tx`delete from ${staged} where ${true}`
}

export async function publishContent(options: PipelineOptions): Promise<PipelineResult> {
  const { root, contentDir, environment, db, batchSize = 4000, log = () => {}, head = null } = options
  const planStarted = performance.now()
  const postsDir = path.join(contentDir, 'posts')
  // The byline each row spells for search, from the profiles (small: as many as the newsroom has authors).
  const authorNames = new Map((await readAuthorSources(root, contentDir)).map((author) => [author.id, author.name]))
  await migrate(db)
  const version = storeVersion(root)
  const ranking = rankVersion(root)
  const terms = termsVersion(root)
  const last = await lastPublish(db)
  const first = last === null
  const planned = planFromGit(root, postsDir, last, version)
  // A publish of edits not yet committed is not that commit's: the next one compares every file.
  const recorded = planned.dirty ? null : head

  // What the store already holds: a row made from the same text by the same code is done. On a first
  // publish, rows already in articles were written by an interrupted run; later, those in staged_articles.
  const held = async (name: 'articles' | 'staged_articles', slugs: readonly string[] | null) => {
    const rows = await db.sql<{ slug: string; source_hash: string | null; store_version: string | null }[]>`
      select slug, source_hash, store_version from ${table(db, name)}
      where ${slugs === null} or slug = any(${slugs ?? []})`
    return new Map(rows.map((row) => [row.slug, row.store_version === version ? row.source_hash : null]))
  }
  const present = new Set(planned.present.map(slugOfFile))
  const plannedSlugs = planned.plan === 'changes' ? planned.files.map(slugOfFile) : null
  const live = await held('articles', plannedSlugs)
  const staged = first ? new Map<string, string | null>() : await held('staged_articles', null)
  const hashes = new Map<string, string>()
  const hashOf = (slug: string) => {
    const file = path.join(postsDir, `${slug}.mdx`)
    if (!present.has(slug)) return null
    const known = hashes.get(file)
    if (known) return known
    const hash = contentHash(readFileSync(path.join(root, file)))
    hashes.set(file, hash)
    return hash
  }
  // A staged row of a text the file no longer has (an interrupted publish of another commit) is not this publish's.
  const stale = [...staged].filter(([slug, hash]) => hash === null || hashOf(slug) !== hash).map(([slug]) => slug)
  if (stale.length > 0) await db.sql`delete from ${table(db, 'staged_articles')} where slug = any(${stale})`
  for (const slug of stale) staged.delete(slug)
  let resumed = 0
  let unchanged = 0
  const files = planned.files.filter((file) => {
    const slug = slugOfFile(file)
    const hash = hashOf(slug)
    if (staged.has(slug) || (first && live.get(slug) === hash)) resumed += 1
    else if (live.get(slug) === hash) unchanged += 1
    else return true
    return false
  })
  // Files gone since the last publish; when every file was planned, rows that have no file.
  const gone = new Set([
    ...planned.gone,
    ...(plannedSlugs ? [] : [...live.keys()].filter((slug) => !present.has(slug))),
  ])
  log(
    `${planned.plan === 'changes' ? `Since ${last?.gitCommit?.slice(0, 12)}` : 'Every file'}: ` +
      `${files.length} to compile${gone.size ? `, ${gone.size} removed` : ''}` +
      `${resumed ? `, ${resumed} already written by an interrupted publish` : ''}` +
      `${unchanged ? `, ${unchanged} unchanged` : ''} (planned in ${seconds(planStarted)}).`,
  )

  const target = first ? table(db, 'articles') : table(db, 'staged_articles')
  // Seconds of each part, the compile counted only while the publish waits for it.
  const laps = { compile: 0, history: 0, rows: 0, write: 0 }
  const lap = (name: keyof typeof laps, since: number) => {
    const now = performance.now()
    laps[name] += (now - since) / 1000
    return now
  }
  const compiled = new Set<string>()
  const started = performance.now()
  await ensureGeneratedTypes(root)
  const projects = [path.join(root, BATCH_DIR, 'a'), path.join(root, BATCH_DIR, 'b')] as const
  const batches = Array.from({ length: Math.ceil(files.length / batchSize) }, (_, n) =>
    files.slice(n * batchSize, (n + 1) * batchSize),
  )
  const compiling = (n: number) => {
    const batch = batches[n]
    if (!batch) return null
    const running = compile(root, n % 2 === 0 ? projects[0] : projects[1], batch)
    // Awaited in its turn; until then a failure must not count as unhandled.
    running.catch(() => {})
    return running
  }
  // Git's log: of the whole folder once when many files are compiled (matching thousands of paths on each
  // commit costs more than listing them all), of the files themselves when a few are.
  // Each version read for a history, by its text's hash; kept for one batch.
  const versions = new Map<string, ReadVersion>()
  const logged = files.length > 200 && isRepository(root) ? fileCommits(root, postsDir) : null
  let next = compiling(0)
  for (const [n, batch] of batches.entries()) {
    let at = performance.now()
    const generated = ((await next) ?? []).filter(isGenerated)
    at = lap('compile', at)
    // The next batch compiles while this one is read and written.
    next = compiling(n + 1)
    const histories = historiesFrom(
      root,
      logged
        ? new Map(batch.flatMap((file) => (logged.has(file) ? [[file, logged.get(file) ?? []]] : [])))
        : fileCommits(root, batch),
      versions,
    )
    at = lap('history', at)
    const rows: StoredArticle[] = []
    for (const doc of generated) {
      const file = path.join(postsDir, path.basename(doc._raw.sourceFilePath))
      const sourceHash = hashes.get(file)
      if (sourceHash === undefined) continue
      if (environment === 'production' && doc.draft) {
        // Production never holds a draft: an article taken back to draft leaves it.
        gone.add(doc.slug)
        continue
      }
      rows.push(
        compiledRow(doc, {
          sourceHash,
          history: histories.get(file) ?? null,
          blocks: versions.get(sourceHash)?.blocks,
          authorNames,
          storeVersion: version,
          terms,
        }),
      )
      compiled.add(doc.slug)
    }
    versions.clear()
    at = lap('rows', at)
    await db.sql.begin((tx) => writeArticles(tx, target, rows))
    lap('write', at)
    log(progress(Math.min((n + 1) * batchSize, files.length), files.length, started))
  }
  rmSync(path.join(root, BATCH_DIR), { recursive: true, force: true })
  if (files.length > 0) {
    log(
      `Of which: ${Object.entries(laps)
        .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
        .join(', ')}.`,
    )
  }
  for (const slug of compiled) gone.delete(slug)

  // Related lists, against the archive as this publish leaves it.
  const rankStarted = performance.now()
  const archive: Archive = { db, staged: !first, gone: [...gone], terms, options: siteConfig.related }
  // Rows whose terms another version counted are counted once here, and keep them for the next publish.
  const recounted: RelatedSource[] = []
  const everything = planned.plan === 'every file' || last?.rankVersion !== ranking || !(await hasFrequencies(db))
  let lists: [string, RelatedLink[]][]
  let frequencies: Parameters<typeof writeFrequencies>[2]
  let read = ''
  // Every row, where the champion lists are made again from it (lib/store/related-reach.ts).
  let championSources: RelatedSource[] | undefined
  if (everything) {
    const sources = await everySource(archive, recounted)
    lists = Object.entries(buildRelatedMap(sources, siteConfig.related))
    frequencies = { every: sources, options: siteConfig.related }
  } else {
    const change = await frequencyChange(archive)
    const account: ReachAccount = { rows: 0, championed: 0, wholeTerms: 0 }
    lists = Object.entries(await rankChange(archive, compiled, change, recounted, account))
    frequencies = { change }
    read =
      ` (${account.rows.toLocaleString('en-US')} articles read; common terms looked up in their champion lists: ` +
      `${account.championed}, in every article that uses them: ${account.wholeTerms})`
    if (await championsDue(db, siteConfig.related)) {
      championSources = await everySource(archive, recounted)
      read += '; the champion lists made again from every article'
    }
  }
  log(`Related lists: ${lists.length} ranked in ${seconds(rankStarted)}${read}.`)
  // What ranking a few lists reads of a common term, made again whenever every list is ranked (lib/store/related-reach.ts).
  const related = async (tx: TransactionSql) => {
    await writeFrequencies(tx, db, frequencies)
    const every = 'every' in frequencies ? frequencies.every : championSources
    if (every) await writeChampions(tx, db, every, siteConfig.related)
  }

  const result: PipelineResult = {
    plan: planned.plan,
    compiled: compiled.size,
    written: compiled.size,
    removed: 0,
    reranked: lists.length,
    resumed,
    unchanged,
    first,
  }
  const articles = table(db, 'articles')
  if (first) {
    await db.sql.begin(async (tx) => {
      await writeRelated(tx, articles, lists)
      await writeTerms(tx, articles, recounted, terms)
      await related(tx)
    })
  }
  const publishStarted = performance.now()
  // The lists this publish's rows were in and will be in: only those are counted again after it.
  let touched: TouchedLists | undefined
  const published = await db.sql.begin(async (tx) => {
    // One publish at a time per schema: a second waits, then sees the first's rows.
    await tx`lock table ${articles} in share row exclusive mode`
    if (!first) {
      touched = await listsTouched(tx, db, [...gone])
      await keepRecent(tx, db)
      await moveStaged(tx, db)
      await writeRelated(tx, articles, lists)
      await writeTerms(tx, articles, recounted, terms)
      await related(tx)
    }
    const removed = await tx`delete from ${articles} where slug = any(${[...gone]})`
    result.removed = removed.count
    const [publish] = await tx<{ id: string }[]>`
      insert into ${table(db, 'publishes')} (git_commit, written, removed, unchanged, store_version, rank_version)
      values (${recorded}, ${result.written}, ${result.removed},
              ${Math.max(0, present.size - result.written)}, ${version}, ${ranking})
      returning id::text as id`
    return publish?.id
  })
  log(`Published in one transaction in ${seconds(publishStarted)}.`)
  // A publish that ranked every list again (the first; new ranking code) rewrote every row, and leaves a dead row
  // behind each and the planner's statistics of the table before it. It cleans up and counts them itself rather
  // than wait for autovacuum, which may come late or not at all (it is off on this project's machines: the
  // publish after a cold one read a table twice its size, a dead row for each live one).
  if (published && everything) {
    const started = performance.now()
    await vacuum(db).then(
      () => log(`Vacuumed and analyzed after every list was ranked, in ${seconds(started)}.`),
      (error: unknown) => log(`The tables were not vacuumed (autovacuum will): ${String(error)}`),
    )
  }
  // The lists' counts as these rows make them, kept for every server and build process (lib/store/list-counts.ts).
  // The publish has landed by now: without them, servers count from the rows.
  if (published) {
    const started = performance.now()
    const version = codeVersion(root, COUNTS_CODE)
    await writeListCounts(db, { environment, publish: published, now: new Date(), version, touched }).then(
      ({ recounted }) =>
        log(`Lists ${recounted ? 'this publish touched counted again' : 'counted'} and kept in ${seconds(started)}.`),
      (error: unknown) => log(`The lists' counts were not kept (servers count them from the rows): ${String(error)}`),
    )
  }
  return result
}
