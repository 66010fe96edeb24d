import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { draft, seed } from '../../e2e/fixtures'
import { cacheDir } from '../build-cache/paths'
import { checkContent, type ArchiveAnswer, type ArchiveQuestion } from '../checks/check-content'
import { checkScope } from './check-scope'
import { connect, table, type Database } from './database'
import { countLists, parseListCounts, readListCounts, type ListCounts } from './list-counts'
import { publishContent, type PipelineResult } from './pipeline'
import { contentSchema } from './schema'
import { writeSiteFiles } from './site-files'
import { throwawayDatabase } from './test-database'
import type { ContentEnvironment } from '../content/visibility'
import { plainTextBlocks } from '../history/plain-text'
import { buildRelatedMap } from '../related/rank'
import { documentFrequencies } from '../related/vectors'
import type { RelatedSource } from '../related/types'
import { siteConfig } from '../site'

// The build's publish against a real PostgreSQL, on a git repository of the tests' own site (a copy of
// e2e/site/content, with the project's code linked in), compiled by the real Contentlayer.
const project = path.join(import.meta.dirname, '..', '..')
let root: string
let database: Awaited<ReturnType<typeof throwawayDatabase>>
const open: Database[] = []

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
    cwd: root,
    encoding: 'utf8',
  }).trim()
const commit = (message: string) => {
  git('add', '-A')
  git('commit', '-q', '-m', message)
  return git('rev-parse', 'HEAD')
}
const post = (slug: string) => path.join(root, 'content', 'posts', `${slug}.mdx`)
const slugOf = (urlPath: string) => urlPath.replace('/posts/', '')
const seedSlug = slugOf(seed.path)

function store(environment: ContentEnvironment): Database {
  const db = connect(database.url, contentSchema(environment))
  open.push(db)
  return db
}

async function publish(db: Database, environment: ContentEnvironment, batchSize = 2) {
  const lines: string[] = []
  const result = await publishContent({
    root,
    contentDir: 'content',
    environment,
    db,
    batchSize,
    head: git('rev-parse', 'HEAD'),
    log: (line) => lines.push(line),
  })
  return { ...result, lines }
}

const titles = async (db: Database) =>
  Object.fromEntries(
    (await db.sql<{ slug: string; title: string }[]>`select slug, title from ${table(db, 'articles')}`).map((row) => [
      row.slug,
      row.title,
    ]),
  )
const relatedOf = async (db: Database, slug: string) => {
  const [row] = await db.sql<{ related: { slug: string }[] }[]>`
    select related from ${table(db, 'articles')} where slug = ${slug}`
  return (row?.related ?? []).map((link) => link.slug)
}

/** Every row as the ranking reads it, from the terms it keeps. */
const rankedRows = async (db: Database): Promise<RelatedSource[]> =>
  (
    await db.sql<
      {
        slug: string
        title: string
        summary: string
        terms: string
        category: string
        tags: string[]
        date: Date
        draft: boolean
        pinned: string[] | null
        inline_related: string[]
      }[]
    >`select slug, title, summary, related_terms as terms, category, tags, date, draft,
             meta->'related' as pinned, inline_related from ${table(db, 'articles')}`
  ).map((row) => ({
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    body: '',
    terms: row.terms,
    category: row.category,
    tags: row.tags,
    date: row.date.toISOString(),
    draft: row.draft,
    related: row.pinned ?? [],
    inlineRelated: row.inline_related,
  }))
const storedLists = async (db: Database) =>
  Object.fromEntries(
    (await db.sql<{ slug: string; related: unknown }[]>`select slug, related from ${table(db, 'articles')}`).map(
      (row) => [row.slug, row.related],
    ),
  )
const storedFrequencies = async (db: Database) =>
  new Map(
    (
      await db.sql<{ term: string; articles: number }[]>`
        select term, articles from ${table(db, 'related_frequencies')} order by term`
    ).map((row) => [row.term, row.articles]),
  )

beforeAll(async () => {
  database = await throwawayDatabase()
  root = mkdtempSync(path.join(tmpdir(), 'store-pipeline-'))
  cpSync(path.join(project, 'e2e/site/content'), path.join(root, 'content'), { recursive: true })
  for (const name of [
    'lib',
    'scripts',
    'node_modules',
    'contentlayer.config.ts',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
  ]) {
    symlinkSync(path.join(project, name), path.join(root, name))
  }
  // A copy: writing the site's files makes the pictures' variants under public/.
  cpSync(path.join(project, 'e2e/site/public'), path.join(root, 'public'), { recursive: true })
  // The pictures' variants the content build of the tests' site made (its global setup) are copied, not made again.
  const pictures = path.join(cacheDir(project), 'img')
  mkdirSync(pictures, { recursive: true })
  mkdirSync(cacheDir(root), { recursive: true })
  symlinkSync(pictures, path.join(cacheDir(root), 'img'))
  writeFileSync(path.join(root, '.gitignore'), '/*\n!/content\n!/.gitignore\n')
  git('init', '-q', '-b', 'main')
  commit('The tests’ site')
}, 60_000)

afterAll(async () => {
  await Promise.all(open.map((db) => db.sql.end()))
  await database.drop()
  rmSync(root, { recursive: true, force: true })
})

describe('a publish to the database follows the change', () => {
  let production: Database
  let first: PipelineResult & { lines: string[] }

  it('compiles every article in batches on the first publish, shows its progress, and never writes a draft to production', async () => {
    production = store('production')
    first = await publish(production, 'production')
    const written = await titles(production)
    expect(first).toMatchObject({ plan: 'every file', first: true, resumed: 0 })
    expect(written[seedSlug]).toBe(seed.title)
    expect(Object.keys(written)).not.toContain(slugOf(draft.path))
    expect(first.compiled).toBe(Object.keys(written).length)
    // A line per batch of two: count, rate and time left.
    expect(
      first.lines.filter((line) => /^\d+ of \d+ articles compiled, \d+ a minute, /.test(line)).length,
    ).toBeGreaterThan(1)
    expect(await relatedOf(production, seedSlug)).not.toEqual([])
    // Search reads each article's words: those of its body.
    const [row] = await production.sql<{ raw: string; plain_text: string }[]>`
      select raw, plain_text from ${table(production, 'articles')} where slug = ${seedSlug}`
    expect(row?.plain_text).toBe(plainTextBlocks(row?.raw ?? '').join('\n\n'))
    expect(row?.plain_text).toContain('Preska')
    // Having rewritten every row (their related lists), it leaves the table vacuumed and its statistics counted,
    // whether or not the server runs autovacuum.
    expect(first.lines.some((line) => line.startsWith('Vacuumed and analyzed after'))).toBe(true)
    const [tidied] = await production.sql<{ vacuumed: boolean; analyzed: boolean }[]>`
      select last_vacuum is not null as vacuumed, last_analyze is not null as analyzed
      from pg_stat_user_tables where schemaname = ${production.schema} and relname = 'articles'`
    expect(tidied).toEqual({ vacuumed: true, analyzed: true })
  }, 120_000)

  it('compiles nothing when nothing changed since the last publish', async () => {
    expect(await publish(production, 'production')).toMatchObject({ plan: 'changes', compiled: 0, removed: 0 })
  }, 60_000)

  it('compiles only the article that changed, and re-ranks the lists it can affect', async () => {
    writeFileSync(
      post(seedSlug),
      readFileSync(post(seedSlug), 'utf8').replace(/^title: .*$/m, "title: 'A headline the newsroom changed'"),
    )
    commit('A new headline')
    const result = await publish(production, 'production')
    expect(result).toMatchObject({ plan: 'changes', compiled: 1 })
    expect(result.reranked).toBeLessThan(first.reranked + 1)
    // A few rows rewritten are autovacuum's to clean up.
    expect(result.lines.some((line) => line.startsWith('Vacuumed'))).toBe(false)
    expect((await titles(production))[seedSlug]).toBe('A headline the newsroom changed')
    // The lists' counts of the publish before, with those of the lists this one touched counted again.
    expect(result.lines.some((line) => line.startsWith('Lists this publish touched counted again'))).toBe(true)
    const [kept] = await production.sql<{ value: unknown; as_of: Date }[]>`
      select value, as_of from ${table(production, 'list_counts')} where rule = 'published'`
    expect(parseListCounts(kept?.value)).toEqual(
      await countLists(production, { environment: 'production', now: kept?.as_of ?? new Date() }),
    )
  }, 60_000)

  it('ranks those lists from the articles they can reach exactly as ranking every article does, and keeps each term’s count', async () => {
    // The seed story now reads like the music-player stories: its list changes, and so may theirs.
    writeFileSync(
      post(seedSlug),
      readFileSync(post(seedSlug), 'utf8')
        .replace(/^summary: .*$/m, "summary: 'The Zune music player and its hardware, from launch to the last song.'")
        .replace(/^category: .*$/m, 'category: Tech')
        .replace(/^tags: .*$/m, 'tags: [Zune, Hardware, Music]'),
    )
    commit('The seed story rewritten as a music-player story')
    const before = await storedLists(production)
    const result = await publish(production, 'production')
    expect(result).toMatchObject({ plan: 'changes', compiled: 1 })
    expect(result.reranked).toBeLessThan(Object.keys(before).length)
    const rows = await rankedRows(production)
    const everyList = buildRelatedMap(rows, siteConfig.related)
    const lists = await storedLists(production)
    expect(lists[seedSlug]).not.toEqual(before[seedSlug])
    expect(lists[seedSlug]).toEqual(everyList[seedSlug])
    // The articles its list now names were ranked again too, from what they reach.
    const named = everyList[seedSlug]?.map((link) => link.slug) ?? []
    expect(named.length).toBeGreaterThan(0)
    for (const slug of named) expect(lists[slug]).toEqual(everyList[slug])
    expect(await storedFrequencies(production)).toEqual(
      new Map([...documentFrequencies(rows, siteConfig.related)].toSorted(([a], [b]) => (a < b ? -1 : 1))),
    )
    git('revert', '--no-edit', 'HEAD')
    await publish(production, 'production')
    expect(await storedFrequencies(production)).toEqual(
      new Map(
        [...documentFrequencies(await rankedRows(production), siteConfig.related)].toSorted(([a], [b]) =>
          a < b ? -1 : 1,
        ),
      ),
    )
  }, 60_000)

  it('ranks from the terms each row keeps, and counts again those another version of the ranking counted', async () => {
    const articles = table(production, 'articles')
    const terms = async () =>
      Object.fromEntries(
        (
          await production.sql<{ slug: string; related_terms: string | null; related_terms_version: string | null }[]>`
            select slug, related_terms, related_terms_version from ${articles}`
        ).map((row) => [row.slug, row]),
      )
    const before = await terms()
    expect(Object.values(before).every((row) => row.related_terms && row.related_terms_version)).toBe(true)
    expect(before[seedSlug]?.related_terms).toMatch(/(^| )headlin:3( |$)/)
    // As an older ranking's code left the rows (or code from before the column): terms of another version.
    await production.sql`update ${articles} set related_terms = null, related_terms_version = 'older' where ${true}`
    await production.sql`update ${table(production, 'publishes')} set rank_version = 'older' where ${true}`
    writeFileSync(post(seedSlug), `${readFileSync(post(seedSlug), 'utf8')}\nOne more sentence.\n`)
    commit('One more sentence')
    const result = await publish(production, 'production')
    expect(result).toMatchObject({ plan: 'changes', compiled: 1 })
    const after = await terms()
    for (const [slug, row] of Object.entries(before)) {
      if (slug === seedSlug) expect(after[slug]?.related_terms_version).toBe(row.related_terms_version)
      else expect(after[slug]).toEqual(row)
    }
    // New ranking code ranks every list again, from the terms counted again.
    expect(result.reranked).toBe(Object.keys(before).length)
    expect(await storedLists(production)).toEqual(buildRelatedMap(await rankedRows(production), siteConfig.related))
  }, 60_000)

  it('ranks every list again for new ranking code from the terms the rows keep, without counting them again', async () => {
    const articles = table(production, 'articles')
    const before = await production.sql<{ slug: string; version: string }[]>`
      select slug, related_terms_version as version from ${articles} order by slug`
    const [other] = before.filter((row) => row.slug !== seedSlug)
    if (!other) throw new Error('the tests’ site has too few articles')
    // A row's terms as they are kept (a word no article has): counting them again would lose it.
    const kept = 'zyzzogeton:3 appeal:1'
    await production.sql`update ${articles} set related_terms = ${kept} where slug = ${other.slug}`
    // As a publish by other ranking code left the store.
    await production.sql`update ${table(production, 'publishes')} set rank_version = 'older' where ${true}`
    writeFileSync(post(seedSlug), `${readFileSync(post(seedSlug), 'utf8')}\nAnd one more.\n`)
    commit('And one more')
    const result = await publish(production, 'production')
    expect(result).toMatchObject({ plan: 'changes', compiled: 1, reranked: before.length })
    const [row] = await production.sql<{ terms: string; version: string }[]>`
      select related_terms as terms, related_terms_version as version from ${articles} where slug = ${other.slug}`
    expect(row).toEqual({ terms: kept, version: other.version })
    expect(await storedLists(production)).toEqual(buildRelatedMap(await rankedRows(production), siteConfig.related))
  }, 60_000)

  it('removes an article whose file is gone, and from every related list that named it', async () => {
    const listing = await production.sql<{ slug: string }[]>`
      select slug from ${table(production, 'articles')}
      where exists (select 1 from jsonb_array_elements(related) link where link->>'slug' = ${seedSlug})`
    expect(listing.length).toBeGreaterThan(0)
    unlinkSync(post(seedSlug))
    commit('The seed story is withdrawn')
    const result = await publish(production, 'production')
    expect(result).toMatchObject({ plan: 'changes', compiled: 0, removed: 1 })
    expect(Object.keys(await titles(production))).not.toContain(seedSlug)
    for (const { slug } of listing) expect(await relatedOf(production, slug)).not.toContain(seedSlug)
    git('revert', '--no-edit', 'HEAD')
  }, 60_000)
})

describe('an interrupted publish', () => {
  const broken = (slug: string) => {
    const file = post(slug)
    const text = readFileSync(file, 'utf8')
    writeFileSync(file, text.replace(/^date: .*$/m, 'date: not-a-date'))
    return () => writeFileSync(file, text)
  }
  const files = () =>
    execFileSync('ls', [path.join(root, 'content', 'posts')], { encoding: 'utf8' })
      .split('\n')
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => path.basename(name, '.mdx'))

  it('goes on from where it stopped, without compiling again what it had written', async () => {
    const preview = store('preview')
    const slugs = files()
    const last = slugs.at(-1) ?? ''
    const repair = broken(last)
    await expect(publish(preview, 'preview')).rejects.toThrow(/Contentlayer could not compile/)
    // The batches before the broken one were written, and no publish was recorded.
    const partial = Object.keys(await titles(preview))
    expect(partial.length).toBeGreaterThanOrEqual(2)
    expect(partial).not.toContain(last)
    repair()
    const resumed = await publish(preview, 'preview')
    expect(resumed.resumed).toBe(partial.length)
    expect(resumed.compiled).toBe(slugs.length - partial.length)
    expect(Object.keys(await titles(preview)).sort()).toEqual(slugs.toSorted())
  }, 120_000)

  it('of a schema readers see changes nothing they see until every batch is written', async () => {
    const production = store('production')
    const before = await titles(production)
    const [a, b, c] = files().filter((slug) => before[slug] !== undefined)
    if (!a || !b || !c) throw new Error('the tests’ site has too few articles')
    for (const slug of [a, b]) {
      writeFileSync(post(slug), readFileSync(post(slug), 'utf8').replace(/^title: .*$/m, `title: 'Retitled ${slug}'`))
    }
    const repair = broken(c)
    commit('Three stories edited, one of them broken')
    await expect(publish(production, 'production', 1)).rejects.toThrow(/Contentlayer could not compile/)
    expect(await titles(production)).toEqual(before)
    repair()
    commit('The broken story mended')
    const result = await publish(production, 'production', 1)
    expect(result.resumed).toBeGreaterThanOrEqual(1)
    const after = await titles(production)
    expect(after[a]).toBe(`Retitled ${a}`)
    expect(after[b]).toBe(`Retitled ${b}`)
  }, 120_000)
})

describe('the content check before a publish to the database', () => {
  const messages = (problems: { file: string; message: string }[]) =>
    problems.map((problem) => `${problem.file}: ${problem.message}`).sort()

  it('reads only what changed since the last publish, and finds what the whole check finds', async () => {
    const development = store('development')
    await publish(development, 'development', 10)
    expect(await checkScope(root, 'content', development)).toMatchObject({ only: new Set() })

    // An article withdrawn that another one names in `related:`, and a topic spelled to take another's URL.
    const appeals = 'appeals-court-sides-with-microsoft-on-dublin-emails'
    const text = readFileSync(post(appeals), 'utf8')
    writeFileSync(post(appeals), text.replace(/^tags: \[/m, "tags: ['Zune!', "))
    unlinkSync(post('microsoft-pulls-the-plug-on-zune'))
    commit('A topic misspelled, a story withdrawn')
    const scope = await checkScope(root, 'content', development)
    expect(scope?.only).toEqual(new Set([`posts/${appeals}.mdx`]))
    const scoped = messages(await checkContent(root, 'content', scope ?? undefined))
    const whole = messages(await checkContent(root, 'content'))
    expect(scoped).toEqual(whole)
    expect(scoped.join('\n')).toMatch(
      /microsoft-surface-studio-better-not-be-a-zune\.mdx: related: microsoft-pulls-the-plug-on-zune names an article that does not exist/,
    )
    expect(scoped.join('\n')).toMatch(/The tag "Zune" gets the URL \/tags\/zune, which the tag "Zune!" in /)
    git('revert', '--no-edit', 'HEAD')
  }, 120_000)

  it('asks the store about the names the change and the redirects use, and finds what the whole check finds', async () => {
    const development = store('development')
    await publish(development, 'development', 10)
    // A changed article spells a topic of the archive to take its URL and links two articles it did not name;
    // redirects name the archive's articles and topics, a draft, a topic and an article no one has, and an
    // article's own address as an old one.
    const appeals = 'appeals-court-sides-with-microsoft-on-dublin-emails'
    const text = readFileSync(post(appeals), 'utf8')
    writeFileSync(
      post(appeals),
      text
        .replace(/^tags: \[/m, "tags: ['Surface!', hardware, ")
        .replace(
          /^related: \[/m,
          'related: [microsoft-pulls-the-plug-on-zune, explainer-who-can-read-your-cloud-email, ',
        ),
    )
    const redirects = path.join(root, 'content', 'redirects.yml')
    const before = readFileSync(redirects, 'utf8')
    writeFileSync(
      redirects,
      `${before}
- from: /old-hardware
  to: /tags/hardware
- from: /old-zunes
  to: /tags/zunes
- from: /old-court
  to: /posts/supreme-court-drops-microsoft-email-case
- from: /old-explainer
  to: /posts/explainer-who-can-read-your-cloud-email
- from: /old-tablet
  to: /posts/microsoft-tablet-that-never-was
- from: /posts/microsoft-surface-studio-better-not-be-a-zune
  to: /posts/microsoft-pulls-the-plug-on-zune
`,
    )
    commit('A topic misspelled, links to a draft, redirects to the archive')
    const scope = await checkScope(root, 'content', development)
    expect(scope?.only).toEqual(new Set([`posts/${appeals}.mdx`]))
    const scoped = messages(await checkContent(root, 'content', scope ?? undefined))
    expect(scoped).toEqual(messages(await checkContent(root, 'content')))
    const found = scoped.join('\n')
    expect(found).toMatch(
      /The tag "Surface" gets the URL \/tags\/surface, which the tag "Surface!" in content\/posts\/appeals-court/,
    )
    expect(found).not.toMatch(/"hardware"/)
    expect(found).toMatch(
      /related: explainer-who-can-read-your-cloud-email links to a draft, which readers cannot see\. Publish content\/posts\/explainer-who-can-read-your-cloud-email\.mdx first/,
    )
    expect(found).not.toMatch(/related: microsoft-pulls-the-plug-on-zune/)
    expect(found).toMatch(/to: \/tags\/zunes: no article has the topic zunes\./)
    expect(found).toMatch(/to: \/posts\/explainer-who-can-read-your-cloud-email: the article .* is a draft/)
    expect(found).toMatch(
      /to: \/posts\/microsoft-tablet-that-never-was: there is no article microsoft-tablet-that-never-was/,
    )
    expect(found).toMatch(/\/posts\/microsoft-surface-studio-better-not-be-a-zune is a page of the site/)
    expect(found).not.toMatch(/\/tags\/hardware|supreme-court-drops-microsoft-email-case/)
    expect(scoped).toHaveLength(6)
    git('revert', '--no-edit', 'HEAD')
  }, 120_000)

  it('finds a section removed while unchanged articles in the store are in it', async () => {
    const development = store('development')
    await publish(development, 'development', 10)
    const sections = path.join(root, 'content', 'sections.yml')
    writeFileSync(sections, readFileSync(sections, 'utf8').replace(/^- name: Tech\n.*\n/m, ''))
    commit('The Tech section removed')
    const scope = await checkScope(root, 'content', development)
    expect(scope?.only).toEqual(new Set())
    // The store is asked about the section no longer there, not every section its articles are in.
    const answers: ArchiveAnswer[] = []
    const asked = scope && {
      ...scope,
      ask: async (question: ArchiveQuestion) => {
        const answer = await scope.ask(question)
        answers.push(answer)
        return answer
      },
    }
    const scoped = messages(await checkContent(root, 'content', asked ?? undefined))
    expect(answers.flatMap((answer) => answer.named.map((article) => article.category))).toEqual(['Tech'])
    // One article of the section names the file to mend first; the whole check names each.
    expect(scoped).toEqual([
      expect.stringMatching(
        /^content\/posts\/microsoft-pulls-the-plug-on-zune\.mdx: "category" is "Tech", which is not one of the site's sections/,
      ),
    ])
    expect(messages(await checkContent(root, 'content'))).toContain(scoped[0])
    git('revert', '--no-edit', 'HEAD')
  }, 120_000)

  it('finds a profile removed while unchanged articles in the store still name its author', async () => {
    const development = store('development')
    await publish(development, 'development', 10)
    unlinkSync(path.join(root, 'content/authors/news-ledge-staff.mdx'))
    commit('The newsroom byline’s profile removed')
    const scope = await checkScope(root, 'content', development)
    expect(scope?.only).toEqual(new Set())
    const scoped = messages(await checkContent(root, 'content', scope ?? undefined)).join('\n')
    expect(scoped).toMatch(/content\/posts\/[a-z-]+\.mdx: "authors" names "news-ledge-staff", who has no profile/)
    git('revert', '--no-edit', 'HEAD')
  }, 120_000)
})

describe('the lists’ counts a publish keeps', () => {
  const sectionTotal = (counts: ListCounts) => counts.sections.reduce((sum, { count }) => sum + count, 0)

  it('are those the rows give, for production’s readers and a preview’s, until an article goes live after them', async () => {
    const preview = store('preview')
    await publish(preview, 'preview', 10)
    const now = new Date()
    const published = { environment: 'production', now } as const
    const previewing = { environment: 'preview', now } as const
    for (const moment of [published, previewing]) {
      expect(await readListCounts(preview, moment)).toEqual(await countLists(preview, moment))
    }
    // A preview's readers see its drafts in the counts; production's never.
    expect(sectionTotal(await readListCounts(preview, previewing))).toBeGreaterThan(
      sectionTotal(await readListCounts(preview, published)),
    )

    // A moment before the newest article went live (a server whose clock is behind, or one asking for then):
    // that article is not counted yet.
    const [newest] = await preview.sql<{ date: Date; articles: number }[]>`
      select date, count(*)::int as articles from ${table(preview, 'articles')}
      where not draft group by date order by date desc limit 1`
    if (!newest) throw new Error('the tests’ site has no published article')
    const before = { environment: 'production', now: new Date(newest.date.getTime() - 1) } as const
    const earlier = await readListCounts(preview, before)
    expect(earlier).toEqual(await countLists(preview, before))
    expect(sectionTotal(earlier)).toBe(sectionTotal(await readListCounts(preview, published)) - newest.articles)

    // What a server reads is what the publish counted, not the rows again: a row removed behind its back
    // still counts until the next publish.
    const counted = sectionTotal(await countLists(preview, published))
    await preview.sql`
      delete from ${table(preview, 'articles')}
      where slug = (select slug from ${table(preview, 'articles')} where not draft order by date limit 1)`
    expect(sectionTotal(await readListCounts(preview, published))).toBe(counted)
    expect(sectionTotal(await countLists(preview, published))).toBe(counted - 1)
  }, 120_000)
})

describe('the proxy’s tables a publish writes beside it', () => {
  const proxyTables = async (db: Database) =>
    Object.fromEntries(
      (await db.sql<{ name: string; value: unknown }[]>`select name, value from ${table(db, 'site_tables')}`).map(
        (row) => [row.name, row.value],
      ),
    )
  const edit = (change: (text: string) => string, message: string) => {
    writeFileSync(post(seedSlug), change(readFileSync(post(seedSlug), 'utf8')))
    commit(message)
  }

  it('are worked out again only when a publish changed what they read of the articles', async () => {
    const development = store('development')
    await publish(development, 'development', 10)
    expect(await writeSiteFiles(root, development, 'content')).toMatchObject({ kept: false })
    const before = await proxyTables(development)
    expect(await writeSiteFiles(root, development, 'content')).toMatchObject({ kept: true, tables: [] })

    // An edited text changes no article's slug, time, state or lists: the tables stand as they were.
    edit((text) => `${text}\nA sentence the desk added.\n`, 'A sentence added')
    await publish(development, 'development', 10)
    expect(await writeSiteFiles(root, development, 'content')).toMatchObject({ kept: true, tables: [] })
    expect(await proxyTables(development)).toEqual(before)

    // A new topic makes a list: the lists' table is worked out again and has it.
    edit((text) => text.replace(/^tags: \[/m, "tags: ['Undersea Cables', "), 'A new topic')
    await publish(development, 'development', 10)
    expect(await writeSiteFiles(root, development, 'content')).toMatchObject({ kept: false, tables: ['list-pages'] })
    const tagged = await proxyTables(development)
    expect(tagged['list-pages']).toMatchObject({ '/tags/undersea-cables': { live: 1 } })
    expect(tagged['article-slugs']).toEqual(before['article-slugs'])

    // A story moved to a time to come leaves the published ones and waits for its minute in both tables.
    edit((text) => text.replace(/^date: .*$/m, 'date: 2099-01-01T09:00:00Z'), 'The seed story rescheduled')
    await publish(development, 'development', 10)
    expect(await writeSiteFiles(root, development, 'content')).toMatchObject({
      kept: false,
      tables: ['article-slugs', 'list-pages'],
    })
    const rescheduled = await proxyTables(development)
    expect(rescheduled['article-slugs']).toMatchObject({ scheduled: [[seedSlug, '2099-01-01T09:00:00.000Z']] })
    expect(rescheduled['list-pages']).toMatchObject({
      '/tags/undersea-cables': { live: 0, scheduled: [Date.parse('2099-01-01T09:00:00Z')] },
    })
    git('revert', '--no-edit', 'HEAD~3..HEAD')
  }, 120_000)
})
