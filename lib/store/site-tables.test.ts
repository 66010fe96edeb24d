import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentHash } from '../build-cache/result-cache'
import { connect, migrate, table, type Database } from './database'
import { siteTablesKeeper, writeSiteTables, type SiteTables } from './site-tables'
import { throwawayDatabase } from './test-database'

// Against a real PostgreSQL, in a database made for this file: what a publish writes for the proxy and how a
// server keeps it while publishes come and go and the database stops answering.
let database: Awaited<ReturnType<typeof throwawayDatabase>>
let store: Database
const gone = connect('postgres://postgres@127.0.0.1:1/news_ledge_gone', 'news_production', { connectTimeout: 2 })

const text = (value: unknown) => {
  const json = JSON.stringify(value)
  return { json, hash: contentHash(json) }
}
const tables = (slugs: string[], scheduled: [string, string][] = []): SiteTables => ({
  slugs: { live: slugs, scheduled, drafts: ['a-draft'] },
  lists: { '/': { live: slugs.length }, '/tags/privacy': { live: 1, scheduled: [Date.parse('2030-01-01T12:00:00Z')] } },
  redirects: [['/2011/10/zune-is-dead', '/posts/zune']],
})
const publish = (value: SiteTables) =>
  writeSiteTables(store, { slugs: text(value.slugs), lists: text(value.lists), redirects: text(value.redirects) })

/** A clock the test moves by hand, so "ten seconds later" takes no time. */
function clock() {
  let at = 1_000_000
  return { now: () => at, pass: (ms: number) => (at += ms) }
}
/** Waits for the keeper's background read to land. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300))

beforeAll(async () => {
  database = await throwawayDatabase()
  store = connect(database.url, 'news_production')
  await migrate(store)
}, 60_000)

afterAll(async () => {
  await gone.sql.end()
  await store.sql.end()
  await database.drop()
})

describe('the proxy’s tables in the store', () => {
  it('are written by a publish, and only those that changed', async () => {
    expect(await publish(tables(['first-story']))).toEqual(['article-slugs', 'list-pages', 'redirects'])
    expect(await publish(tables(['first-story']))).toEqual([])
    const next = tables(['first-story', 'second-story'])
    expect(await publish({ ...next, redirects: tables([]).redirects })).toEqual(['article-slugs', 'list-pages'])
  })

  it('reach a running server after a publish without a new deploy, and no request waits for the check', async () => {
    await publish(tables(['first-story']))
    const time = clock()
    const keeper = siteTablesKeeper(() => store, { recheckMs: 10_000, now: time.now })
    expect((await keeper())?.slugs.live).toEqual(['first-story'])

    await publish(tables(['first-story', 'new-story']))
    // Within the recheck interval the server answers from what it read.
    time.pass(5_000)
    expect((await keeper())?.slugs.live).toEqual(['first-story'])
    // After it, the request that notices is answered at once from what it had; the tables come in behind it.
    time.pass(5_000)
    expect((await keeper())?.slugs.live).toEqual(['first-story'])
    await settle()
    const after = await keeper()
    expect(after?.slugs.live).toEqual(['first-story', 'new-story'])
    expect(after?.lists['/']).toEqual({ live: 2 })
    expect(after?.redirects).toEqual([['/2011/10/zune-is-dead', '/posts/zune']])
  })

  it('stand as last read while the database is down, and are read again when it is back', async () => {
    await publish(tables(['first-story']))
    const time = clock()
    let up = true
    const keeper = siteTablesKeeper(() => (up ? store : gone), { recheckMs: 10_000, now: time.now })
    expect((await keeper())?.slugs.live).toEqual(['first-story'])
    up = false
    await publish(tables(['first-story', 'while-down']))
    time.pass(10_000)
    expect((await keeper())?.slugs.live).toEqual(['first-story'])
    await settle()
    expect((await keeper())?.slugs.live).toEqual(['first-story'])
    up = true
    time.pass(10_000)
    await keeper()
    await settle()
    expect((await keeper())?.slugs.live).toEqual(['first-story', 'while-down'])
  })

  it('are null, not an error, on a server whose database never answered, and asked again only after a pause', async () => {
    const time = clock()
    let asked = 0
    const keeper = siteTablesKeeper(
      () => {
        asked += 1
        return gone
      },
      { retryMs: 5_000, now: time.now },
    )
    expect(await keeper()).toBeNull()
    expect(asked).toBe(1)
    // The next requests go on at once, without trying the database again.
    expect(await keeper()).toBeNull()
    expect(asked).toBe(1)
    time.pass(5_000)
    expect(await keeper()).toBeNull()
    expect(asked).toBe(2)
  })

  it('keep a request waiting no longer than waitMs for a database that is slow to answer', async () => {
    await publish(tables(['first-story']))
    // Another session holds the table, so the keeper's read waits as it would on a stalled database.
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    let locked = () => {}
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve
    })
    const holder = store.sql.begin(async (tx) => {
      await tx`lock table ${table(store, 'site_tables')} in access exclusive mode`
      locked()
      await held
    })
    await isLocked
    const keeper = siteTablesKeeper(() => store, { waitMs: 300 })
    const started = performance.now()
    expect(await keeper()).toBeNull()
    const waited = performance.now() - started
    expect(waited).toBeGreaterThanOrEqual(250)
    expect(waited).toBeLessThan(2_000)
    release()
    await holder
    // The read that was waiting lands once the table is free; the next request has the tables.
    await settle()
    expect((await keeper())?.slugs.live).toEqual(['first-story'])
  })

  it('are not used when a table is not of the shape this code reads', async () => {
    await store.sql`update ${table(store, 'site_tables')} set value = '{"live": 3}'::json, hash = 'bad'
      where name = 'article-slugs'`
    const keeper = siteTablesKeeper(() => store)
    expect(await keeper()).toBeNull()
    await publish(tables(['first-story']))
  })
})
