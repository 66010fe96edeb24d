import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect, migrate, type Database } from './database'
import { articlesFromContentBuild } from './from-content-build'
import { publishArticles } from './publish'
import { readListCounts } from './list-counts'
import { listArticles, readArticleParts, searchArticles } from './read'
import { throwawayDatabase } from './test-database'
import { publishedCount, seed } from '../../e2e/fixtures'

// On Vercel the store is reached through Neon's pooled URL: PgBouncer in transaction mode, which hands
// each transaction whichever server connection is free, refuses startup parameters it does not know
// (the store once sent search_path: "unsupported startup parameter") and keeps no session setting.
// This runs a real PgBouncer that way (`.ci/run` installs Debian's) in front of the tests' PostgreSQL,
// with two server connections for eight clients, and publishes and reads through it.
let database: Awaited<ReturnType<typeof throwawayDatabase>>
let pooler: ChildProcess
let dir: string
let store: Database

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })

async function startPooler(serverUrl: URL, port: number): Promise<ChildProcess> {
  dir = mkdtempSync(path.join(tmpdir(), 'news-ledge-pgbouncer-'))
  // PgBouncer will not run as root: it switches to the postgres user, who must read its files.
  chmodSync(dir, 0o755)
  const password = decodeURIComponent(serverUrl.password)
  writeFileSync(
    path.join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = host=${serverUrl.hostname} port=${serverUrl.port || 5432}${password ? ` password=${password}` : ''}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'auth_type = trust',
      `auth_file = ${path.join(dir, 'users.txt')}`,
      'pool_mode = transaction',
      'default_pool_size = 2',
      'ignore_startup_parameters = extra_float_digits',
      '',
    ].join('\n'),
    { mode: 0o644 },
  )
  writeFileSync(path.join(dir, 'users.txt'), `"${decodeURIComponent(serverUrl.username)}" ""\n`, { mode: 0o644 })
  const asRoot = process.getuid?.() === 0
  const child = spawn('pgbouncer', [...(asRoot ? ['-u', 'postgres'] : []), path.join(dir, 'pgbouncer.ini')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (error) =>
      reject(new Error(`PgBouncer did not start (${error.message}): apt-get install pgbouncer, as .ci/run does`)),
    )
  })
  // Ready when it answers a query.
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const probe = connect(`postgres://${serverUrl.username}@127.0.0.1:${port}/postgres`, 'public', {
      max: 1,
      connectTimeout: 1,
    })
    const ready = await Promise.race([
      probe.sql`select 1`.then(
        () => true,
        () => false,
      ),
      failed,
    ])
    await probe.sql.end()
    if (ready) return child
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('PgBouncer did not answer within 5 s')
}

beforeAll(async () => {
  database = await throwawayDatabase()
  const url = new URL(database.url)
  const port = await freePort()
  pooler = await startPooler(url, port)
  const pooled = new URL(url)
  pooled.port = String(port)
  pooled.password = ''
  store = connect(pooled.toString(), 'news_production', { max: 8 })
}, 60_000)

afterAll(async () => {
  await store?.sql.end()
  pooler?.kill()
  if (dir) rmSync(dir, { recursive: true, force: true })
  await database?.drop()
})

describe('the store through a transaction-mode pooler', () => {
  it('migrates, publishes and answers every kind of read, eight at a time over two server connections', async () => {
    await migrate(store)
    const articles = await articlesFromContentBuild('production')
    expect((await publishArticles(store, articles, 'pooled')).written).toBe(publishedCount)
    const moment = { environment: 'production' as const, now: new Date() }
    const slug = seed.path.replace('/posts/', '')
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => [
        readListCounts(store, moment).then((counts) => counts.sections.reduce((sum, { count }) => sum + count, 0)),
        listArticles(store, moment, {}, 1, 10).then((list) => list.total),
        searchArticles(store, moment, 'Microsoft').then((found) => found.total),
        readArticleParts(store, slug).then((parts) => (parts?.raw.length ?? 0) > 0),
      ]).flat(),
    )
    expect(answers).toEqual(
      Array.from({ length: 4 }, () => [publishedCount, publishedCount, publishedCount, true]).flat(),
    )
  })
})
