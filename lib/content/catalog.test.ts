import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { zonedYearMonth } from '../dates'
import { connect, migrate } from '../store/database'
import { articlesFromContentBuild, storedArticle, type IndexEntry } from '../store/from-content-build'
import { publishArticles, type StoredArticle } from '../store/publish'
import { contentSchema } from '../store/schema'
import { storedPost } from '../store/stored-post'
import { throwawayDatabase } from '../store/test-database'
import { noteAnchor } from './corrections'
import { filesCatalog, type Audience, type Catalog, type ListScope } from './catalog'
import type { Post } from './post'
import { getSiteSections } from './sections'
import type { ContentEnvironment } from './visibility'

// The two stores answer every question of lib/content/catalog.ts alike, on an archive made to find where they
// could differ: articles sharing a minute (ordered by slug), a topic spelled two ways, several authors and credits, a story
// just after midnight UTC on New Year (still the old year in the newsroom's zone), scheduled stories and
// drafts, corrections and updates. The files' catalog reads the index entries in memory; the store's, the
// same articles published to a real PostgreSQL.
let database: Awaited<ReturnType<typeof throwawayDatabase>> | undefined
const archive: Record<ContentEnvironment, StoredArticle[]> = { production: [], preview: [], development: [] }

const spellings = [['Cloud', 'Privacy'], ['cloud'], ['Privacy', 'R&D'], ['r&d', 'Cloud'], []]
// The tests' site's sections (the content check stops an article naming another; the home page's count is its sections').
const categories = getSiteSections().map((section) => section.name)
// One author, two (in either order), and credits naming someone in the byline or not.
const bylines = [['ada-lovelace'], ['grace-hopper', 'ada-lovelace'], ['ed-wing'], ['ada-lovelace', 'grace-hopper']]
const credits = [[], [{ role: 'Photos by', authors: ['ed-wing'] }], [{ role: 'Reporting by', authors: ['ada-lovelace'] }]]
function synthetic(template: StoredArticle, i: number): StoredArticle {
  const base = Date.parse('2014-12-30T05:00:00Z')
  // Every third article shares the previous one's minute; one lands at 02:00 UTC on New Year's Day 2015.
  const time = i === 7 ? Date.parse('2015-01-01T02:00:00Z') : base + Math.floor(i / 3) * 86_400_000 * 9
  const date = i % 17 === 5 ? '2031-03-01T14:30:00.000Z' : new Date(time).toISOString()
  const slug = `story-${String.fromCharCode(97 + (i % 26))}${i % 4 === 0 ? '-' : ''}${Math.floor(i / 26)}`
  // A note an hour after the story (stories sharing a minute share their notes' time too), a second one of the
  // same time on every other corrected story.
  const note = (text: string) => ({ date: new Date(time + 3_600_000).toISOString(), kind: 'correction', text })
  const corrections = i % 6 === 0 ? [note(`A fix to ${i}.`), ...(i % 12 === 0 ? [note(`Another fix to ${i}.`)] : [])] : []
  const meta: IndexEntry = {
    ...template.meta,
    _id: `posts/${slug}.mdx`,
    type: 'Post',
    slug,
    url: `/posts/${slug}`,
    title: `Story ${i}`,
    summary: `Summary ${i}`,
    date,
    draft: i % 11 === 3,
    category: categories[i % categories.length] ?? 'Tech',
    authors: bylines[i % bylines.length] ?? [],
    credits: credits[i % credits.length] ?? [],
    tags: spellings[i % spellings.length] ?? [],
    corrections,
  }
  return storedArticle(meta, { raw: 'Words.', code: template.code }, {
    plainText: 'Words.',
    related: [],
    history: null,
    authorNames: new Map(),
  })
}

beforeAll(async () => {
  database = await throwawayDatabase()
  const fixtures = await articlesFromContentBuild('preview')
  const template = fixtures[0]
  if (!template) throw new Error('the tests’ site has no articles')
  const all = [...fixtures, ...Array.from({ length: 60 }, (_, i) => synthetic(template, i))]
  archive.preview = all
  archive.production = all.filter((article) => !article.draft)
  for (const environment of ['production', 'preview'] satisfies ContentEnvironment[]) {
    const db = connect(database.url, contentSchema(environment))
    await migrate(db)
    await publishArticles(db, archive[environment], null)
    await db.sql.end()
  }
}, 60_000)
afterAll(async () => {
  await database?.drop()
})
afterEach(() => {
  vi.unstubAllEnvs()
  vi.useRealTimers()
})

async function storeCatalog(environment: ContentEnvironment): Promise<Catalog> {
  vi.resetModules()
  vi.stubEnv('VERCEL_ENV', environment)
  vi.stubEnv('CONTENT_STORE', 'postgres')
  vi.stubEnv('DATABASE_URL', database?.url)
  return (await import('./store')).storeCatalog
}

function files(environment: ContentEnvironment): Catalog {
  const posts = archive[environment].flatMap((article) => storedPost(article.meta) ?? [])
  return filesCatalog(async () => ({ key: 'test', posts }), environment)
}

/** Everything a site can ask, page after page of 7, as slugs and counts. */
async function everything(catalog: Catalog) {
  const answers: Record<string, unknown> = {}
  const slugs = (posts: readonly Post[]) => posts.map((post) => post.slug)
  for (const audience of ['visible', 'published'] satisfies Audience[]) {
    const lists = await catalog.lists(audience)
    answers[`lists ${audience}`] = lists
    const scopes: ListScope[] = [
      { kind: 'home' },
      { kind: 'corrected' },
      ...lists.tags.map(({ slug }) => ({ kind: 'tag' as const, slug })),
      ...lists.authors.map(({ slug }) => ({ kind: 'author' as const, slug })),
      ...lists.sections.map(({ slug }) => ({ kind: 'section' as const, slug })),
      ...lists.months.map(({ year, month }) => ({ kind: 'archive' as const, year, month })),
      ...[...new Set(lists.months.map(({ year }) => year))].map((year) => ({ kind: 'archive' as const, year })),
      { kind: 'tag', slug: 'made-up' },
      { kind: 'section', slug: 'made-up' },
      { kind: 'archive', year: 1999 },
    ]
    for (const scope of scopes) {
      for (const oldestFirst of [false, true]) {
        const pages: string[][] = []
        for (let offset = 0; pages.length === 0 || pages.at(-1)?.length === 7; offset += 7) {
          pages.push(slugs(await catalog.items(scope, audience, { offset, limit: 7, oldestFirst })))
        }
        answers[`${audience} ${JSON.stringify(scope)} ${oldestFirst ? 'oldest' : 'newest'} first`] = pages
      }
    }
    const notes: string[][] = []
    for (let offset = 0; notes.length === 0 || notes.at(-1)?.length === 5; offset += 5) {
      const page = await catalog.notes(audience, { offset, limit: 5 })
      answers[`notes ${audience} total`] = page.total
      // With the anchor the page links to: the note's place among its article's own.
      notes.push(page.notes.map(({ post, note }) => `${post.slug}#${noteAnchor(post, note)} ${note.date} ${note.kind} ${note.text}`))
    }
    answers[`notes ${audience}`] = notes
    const asked = [...archive.preview.map((article) => article.slug), 'made-up']
    answers[`posts ${audience}`] = slugs(await catalog.posts(asked, audience)).sort()
  }
  for (const article of archive.preview) answers[`post ${article.slug}`] = (await catalog.post(article.slug))?.slug
  answers['eventual sections'] = await catalog.eventualSections()
  return answers
}

// Hundreds of queries a test, on a machine that may be building something else.
describe('the database answers as the files do', { timeout: 60_000 }, () => {
  for (const environment of ['production', 'preview'] satisfies ContentEnvironment[]) {
    for (const now of ['2015-06-01T00:00:00Z', '2031-03-01T14:30:00Z', '2031-03-01T14:29:00Z']) {
      it(`every list, page and count of ${environment} at ${now}`, async () => {
        vi.useFakeTimers({ toFake: ['Date'] })
        vi.setSystemTime(new Date(now))
        const store = await everything(await storeCatalog(environment))
        const expected = await everything(files(environment))
        expect(Object.keys(store).length).toBeGreaterThan(100)
        expect(store).toEqual(expected)
      })
    }
  }

  it('files a story by the newsroom’s year and month, not UTC’s', async () => {
    const catalog = await storeCatalog('production')
    const december = await catalog.items({ kind: 'archive', year: 2014, month: 12 }, 'visible', { offset: 0, limit: 100 })
    const slugs = december.map((post) => post.slug)
    const newYear = archive.production.find((article) => article.date === '2015-01-01T02:00:00.000Z')
    expect(newYear && slugs).toContain(newYear?.slug)
    expect(december.every((post) => zonedYearMonth(post.date).month === 12)).toBe(true)
  })

  it('sees a scheduled story in every list from its minute, without a publish', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2031-03-01T14:29:00Z'))
    const catalog = await storeCatalog('production')
    const before = (await catalog.lists('visible')).sections.reduce((sum, { count }) => sum + count, 0)
    vi.setSystemTime(new Date('2031-03-01T14:30:00Z'))
    const after = (await catalog.lists('visible')).sections.reduce((sum, { count }) => sum + count, 0)
    const scheduled = archive.production.filter((article) => article.date === '2031-03-01T14:30:00.000Z')
    expect(scheduled.length).toBeGreaterThan(0)
    expect(after - before).toBe(scheduled.length)
    const newest = await catalog.items({ kind: 'home' }, 'visible', { offset: 0, limit: scheduled.length })
    expect(newest.map((post) => post.slug).sort()).toEqual(scheduled.map((article) => article.slug).sort())
  })

  it('pages a list the same whichever end a page is read from: every article once, in order', async () => {
    const catalog = await storeCatalog('preview')
    const { getListPage } = await import('./posts')
    for (const scope of [{ kind: 'home' }, { kind: 'tag', slug: 'cloud' }] satisfies ListScope[]) {
      const whole = await catalog.items(scope, 'visible', { offset: 0, limit: 1000 })
      const pages: string[] = []
      for (let page = 1; ; page += 1) {
        const found = await getListPage(scope, page)
        if (!found) break
        pages.push(...found.items.map((post) => post.slug))
      }
      expect(whole.length).toBeGreaterThan(20)
      expect(pages).toEqual(whole.map((post) => post.slug))
    }
  })
})

describe('the files’ catalog while an editor saves', () => {
  it('answers from the index its loader gives now: an article saved after the first request has its page and lists', async () => {
    const all = archive.preview.flatMap((article) => storedPost(article.meta) ?? [])
    const saved = all.find((post) => !post.draft && Date.parse(post.date) < Date.now())
    if (!saved) throw new Error('no published article in the archive')
    // `next dev` hands the catalog a new index module after each save, under the same key.
    let index = all.filter((post) => post !== saved)
    const catalog = filesCatalog(async () => ({ key: 'files', posts: index }), 'development')
    const sectionCount = async () => (await catalog.lists('visible')).sections.reduce((sum, { count }) => sum + count, 0)
    expect(await catalog.post(saved.slug)).toBeUndefined()
    const before = await sectionCount()
    index = all
    expect((await catalog.post(saved.slug))?.title).toBe(saved.title)
    expect(await sectionCount()).toBe(before + 1)
    const home = await catalog.items({ kind: 'home' }, 'visible', { offset: 0, limit: all.length })
    expect(home.map((post) => post.slug)).toContain(saved.slug)
  })
})
