// npm run bench:store
// The two content stores side by side at archive scale, in one run: the site
// with 10,000 synthetic articles added (BENCH_STORE_SIZE), built once by the
// content pipeline, then
//   - published to PostgreSQL (`npm run db:publish`), every article;
//   - `next build` twice: reading the content build's files, and with DATABASE_URL;
//   - the article route's function: the bytes of every file Next traced into it;
//   - an article rendered on a cache miss: articles older than the prerendered
//     ones, one request each, on each build, timed after as many others (and those apart);
//   - search on the server (database build): time and bytes of `/search?q=…`;
//   - one article changed: the content step and the database write of a deploy.
// Prints the figures and writes them into docs/performance.md (between the bench-store markers).
//   BENCH_STORE_SIZE=10000      synthetic articles added to the site's own
//   BENCH_STORE_REQUESTS=200    cache misses per build, and search queries
import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import postgres from 'postgres'
import { serverUrl } from '../lib/store/test-database'
import {
  benchEnv,
  commitAll,
  freshCheckout,
  markdownTable,
  measureCommand,
  percentile,
  projectCopy,
  round,
  startServer,
  timedAfterWarmUp,
  timedSearches,
  tracedMB,
  writeFigures,
} from './bench-lib'
import { headlineQueries, syntheticArticles, writeSyntheticArchive } from './synthetic-archive'

const size = Number(process.env.BENCH_STORE_SIZE ?? 10000)
const requests = Number(process.env.BENCH_STORE_REQUESTS ?? 200)
const log = (message: string) => console.error(`[bench:store] ${message}`)
const databaseName = 'news_ledge_bench_store'

/** Runs one step of the pipeline in the copy; its seconds and peak memory. */
async function step(dir: string, name: string, args: string[], env: Record<string, string> = {}) {
  log(name)
  const result = await measureCommand(process.execPath, args, { cwd: dir, env: { ...benchEnv, ...env } })
  if (result.code !== 0) throw new Error(`${name} failed:\n${result.output}`)
  log(`  ${result.seconds.toFixed(1)} s, peak ${Math.round(result.peakMB)} MB`)
  return { seconds: result.seconds, peakMB: result.peakMB, output: result.output }
}

/** The traced size of a route's function (`posts/[slug]`) or the proxy's (`proxy`) in one of the copy's builds. */
function functionMB(dir: string, distDir: string, route: string): number {
  const server = path.join(dir, distDir, 'server')
  return tracedMB(route === 'proxy' ? path.join(server, 'middleware.js') : path.join(server, 'app', route, 'page.js'))
}

async function main() {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} })
  await admin`drop database if exists ${admin(databaseName)} with (force)`
  await admin`create database ${admin(databaseName)}`
  const url = new URL(serverUrl)
  url.pathname = `/${databaseName}`
  const databaseUrl = url.toString()

  const dir = projectCopy('store')
  const articles = syntheticArticles(size)
  writeSyntheticArchive(path.join(dir, 'content'), articles)
  execFileSync('git', ['init', '-q', '-b', 'main', `--separate-git-dir=${dir}.git`], { cwd: dir })
  commitAll(dir, `${size} synthetic articles`)
  const tsx = [path.join(dir, 'node_modules/tsx/dist/cli.mjs')]
  const nextBin = [path.join(dir, 'node_modules/next/dist/bin/next')]

  // The content check writes what the site imports beside the content build (as `npm run build` runs it).
  await step(dir, 'content check', [...tsx, 'scripts/check-content.ts', '--strict'])
  const content = await step(dir, 'content build (Contentlayer + content index)', [...tsx, 'scripts/content-build.ts'])
  await step(dir, 'search index (the files build searches with it)', [...tsx, 'scripts/search-index.ts'])
  const publish = await step(dir, 'database publish, every article', [...tsx, 'scripts/db-publish.ts'], {
    DATABASE_URL: databaseUrl,
  })
  const files = await step(dir, 'next build, files', [...nextBin, 'build'], { NEXT_DIST_DIR: '.next-files' })
  const database = await step(dir, 'next build, database', [...nextBin, 'build'], {
    NEXT_DIST_DIR: '.next-database',
    DATABASE_URL: databaseUrl,
  })
  const traced = {
    files: functionMB(dir, '.next-files', 'posts/[slug]'),
    database: functionMB(dir, '.next-database', 'posts/[slug]'),
  }
  const proxyTraced = {
    files: functionMB(dir, '.next-files', 'proxy'),
    database: functionMB(dir, '.next-database', 'proxy'),
  }

  // Articles no build prerenders (lib/site.ts prerenderArticles: the newest 100), so each request is a cache miss:
  // timed after as many other articles since the server started, as searches are, and the first ones apart.
  const byAge = articles.toSorted((a, b) => Date.parse(a.date) - Date.parse(b.date)).map((a) => a.slug)
  const warmUp = byAge.slice(0, requests)
  const misses = byAge.slice(requests, 2 * requests)
  const render: Record<string, Awaited<ReturnType<typeof timedAfterWarmUp>>> = {}
  for (const [name, env, port] of [
    ['files', { NEXT_DIST_DIR: '.next-files' }, 3220],
    ['database', { NEXT_DIST_DIR: '.next-database', DATABASE_URL: databaseUrl }, 3221],
  ] as const) {
    log(`article render on a cache miss, ${name}`)
    const server = await startServer(dir, port, { ...benchEnv, ...env })
    const url = (slug: string) => `${server.url}/posts/${slug}`
    render[name] = await timedAfterWarmUp(misses.map(url), warmUp.map(url))
    await server.stop()
  }

  log('search on the server')
  const server = await startServer(dir, 3221, {
    ...benchEnv,
    NEXT_DIST_DIR: '.next-database',
    DATABASE_URL: databaseUrl,
  })
  const { first: searchFirst, warm: search } = await timedSearches(
    server.url,
    headlineQueries(articles, requests),
    headlineQueries(articles, requests, { other: true }),
  )
  await server.stop()

  // One article changed, deployed: a fresh checkout with the build cache, the content step, the database write.
  const edit = articles[0]?.slug ?? 'synthetic-00000'
  const editFile = path.join(dir, 'content/posts', `${edit}.mdx`)
  writeFileSync(editFile, `${readFileSync(editFile, 'utf8')}\nThis sentence was added after the first build.\n`)
  commitAll(dir, `One article edited\n\nMinor-change: ${edit}`)
  freshCheckout(dir, { keepCache: true })
  const warmCheck = await step(dir, 'content check after one article changed', [
    ...tsx,
    'scripts/check-content.ts',
    '--strict',
  ])
  const warmContent = await step(dir, 'content build after one article changed', [...tsx, 'scripts/content-build.ts'])
  const warmPublish = await step(dir, 'database publish after one article changed', [...tsx, 'scripts/db-publish.ts'], {
    DATABASE_URL: databaseUrl,
  })

  rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 500 })
  rmSync(`${dir}.git`, { recursive: true, force: true })
  await admin`drop database if exists ${admin(databaseName)} with (force)`
  await admin.end()

  const ms = (values: number[]) => `${round(percentile(values, 50))} / ${round(percentile(values, 95))}`
  // The publish's summary line (scripts/db-publish.ts): what it wrote, removed and ranked again.
  const published = /Database \([^)]*\): (\d+ written, \d+ removed, \d+ related lists ranked)/.exec(
    warmPublish.output,
  )?.[1]
  const rows = [
    {
      figure: 'article function (traced files) MB',
      files: round(traced.files, 1),
      database: round(traced.database, 1),
      target: '≤ 50, not growing with the archive',
    },
    {
      figure: 'proxy function (traced files) MB',
      files: round(proxyTraced.files, 1),
      database: round(proxyTraced.database, 1),
      target: 'not growing with the archive',
    },
    {
      figure: 'article render on a cache miss, p50 / p95 ms',
      files: ms(render.files?.warm.ms ?? []),
      database: ms(render.database?.warm.ms ?? []),
      target: '≤ 30 / 80',
    },
    {
      figure: `article render on a cache miss, the first ${requests} articles after the server started, p50 / p95 ms`,
      files: ms(render.files?.first.ms ?? []),
      database: ms(render.database?.first.ms ?? []),
      target: '',
    },
    { figure: 'next build s', files: round(files.seconds), database: round(database.seconds), target: '' },
    { figure: 'next build peak MB', files: round(files.peakMB), database: round(database.peakMB), target: '' },
    {
      figure: 'search on the server, p50 / p95 ms',
      files: 'in the browser (bench:search)',
      database: ms(search.ms),
      target: '≤ 50 p95',
    },
    {
      figure: `search, the first ${requests} queries after the server started (other words), p50 / p95 ms`,
      files: '',
      database: ms(searchFirst.ms),
      target: '',
    },
    {
      figure: 'search results page, median KB (gzip)',
      files: 'in the browser (bench:search)',
      database: `${round(percentile(search.bytes, 50) / 1024, 1)} (${round(percentile(search.gzip, 50) / 1024, 1)})`,
      target: '≤ 50',
    },
    {
      figure: 'content build, every article s',
      files: round(content.seconds),
      database: round(content.seconds),
      target: '',
    },
    { figure: 'database publish, every article s', files: '', database: round(publish.seconds), target: '' },
    {
      figure: 'one article changed: content check + content build + database write s',
      files: round(warmCheck.seconds + warmContent.seconds),
      database: `${round(warmCheck.seconds + warmContent.seconds + warmPublish.seconds)} (write ${round(warmPublish.seconds, 1)}${published ? `: ${published}` : ''})`,
      target: '≤ 60',
    },
  ]
  console.table(rows)
  return rows
}

const rows = await main()
writeFigures({
  'bench-store': [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:store\`: the site with ${size.toLocaleString('en-US')} synthetic articles added, built once and served both ways on this machine (PostgreSQL 15 on the same machine); ${requests} requests per figure, one at a time.`,
    '',
    markdownTable(rows),
  ].join('\n'),
})
