import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect, type Database } from './database'
import { throwawayDatabase } from './test-database'
import { isUnavailable, watched } from './unavailable'

// Errors from a real PostgreSQL and a real refused connection, never made-up ones.
let database: Awaited<ReturnType<typeof throwawayDatabase>>
let store: Database
beforeAll(async () => {
  database = await throwawayDatabase()
  store = connect(database.url, 'public')
})
afterAll(async () => {
  await store.sql.end()
  await database.drop()
})

const failure = (query: () => Promise<unknown>) =>
  query().then(
    () => null,
    (error: unknown) => error,
  )
const markedAt = () => Reflect.get(globalThis, Symbol.for('news-ledge.store-unavailable-at'))

describe('a database that cannot answer', () => {
  it('is one nothing listens for, and the moment is marked for the server', async () => {
    const gone = connect('postgres://postgres@127.0.0.1:1/news_ledge_gone', 'public', { connectTimeout: 2 })
    const before = Date.now()
    const error = await failure(() => watched(() => gone.sql`select 1`))
    expect(isUnavailable(error)).toBe(true)
    expect(markedAt()).toBeGreaterThanOrEqual(before)
    await gone.sql.end()
  })

  it('is one that cancels a query for taking too long', async () => {
    const error = await failure(() =>
      store.sql.begin(async (tx) => {
        await tx`set local statement_timeout = 50`
        await tx`select pg_sleep(1)`
      }),
    )
    expect(isUnavailable(error)).toBe(true)
  })

  it('is not a mistake in a query, which stays an error of the site and marks nothing', async () => {
    Reflect.deleteProperty(globalThis, Symbol.for('news-ledge.store-unavailable-at'))
    const error = await failure(() => watched(() => store.sql`select * from no_such_table`))
    expect(error).toBeInstanceOf(Error)
    expect(isUnavailable(error)).toBe(false)
    expect(isUnavailable(new Error('The article is not of the shape this site reads'))).toBe(false)
    expect(markedAt()).toBeUndefined()
  })
})
