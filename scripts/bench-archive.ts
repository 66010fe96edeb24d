// npm run bench:archive
// A newsroom's whole archive on the database backend: the site with 100,000 synthetic articles
// (BENCH_ARCHIVE_SIZE) in a git repository, built as `npm run build` builds it with DATABASE_URL, one
// step at a time, three times: the cold publish of every article, then as Vercel deploys after one
// article's text changed and after one article was added (a fresh checkout with only .next/cache kept).
// Between them, the built site is served and measured: every route's function (traced files), an article
// rendered on a cache miss, search on the server (after as many other queries have warmed it), the sitemap index and each of its files (validated
// against the sitemaps.org schema).
// Prints the tables and writes them into docs/performance.md (between the bench-archive markers).
//   BENCH_ARCHIVE_SIZE=100000     synthetic articles added to the site's own
//   BENCH_ARCHIVE_REQUESTS=200    cache misses, and search queries
//   BENCH_KEEP_DATABASE=1         keep the project copy and its database afterwards (for profiling a deploy by hand)
// The files backend's build (10,000 articles, no database): npm run bench:archive-files.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import postgres from 'postgres'
import { validateXML } from 'xmllint-wasm'
import { contentSchema } from '../lib/store/schema'
import { serverUrl } from '../lib/store/test-database'
import {
  benchEnv,
  commitAll,
  freshCheckout,
  get,
  markdownTable,
  measureCommand,
  nextBuildParts,
  percentile,
  type Phase,
  projectCopy,
  round,
  startServer,
  timedAfterWarmUp,
  timedRequests,
  timedSearches,
  tracedMB,
  treeRssMB,
  writeFigures,
} from './bench-lib'
import { headlineQueries, syntheticArticles, writeSyntheticArchive, type SyntheticArticle } from './synthetic-archive'
import { zonedYearMonth } from '../lib/dates'
import { siteConfig } from '../lib/site'
import { archiveUrl, authorPath, sectionPath, slugify, tagPath } from '../lib/urls'

const size = Number(process.env.BENCH_ARCHIVE_SIZE ?? 100000)
const requests = Number(process.env.BENCH_ARCHIVE_REQUESTS ?? 200)
const log = (message: string) => console.error(`[bench:archive] ${message}`)
const databaseName = 'news_ledge_bench_archive'
const root = path.join(import.meta.dirname, '..')

/** The steps of `npm run build` with DATABASE_URL, one command each, so each has its own time and peak memory. */
async function build(dir: string, env: Record<string, string>, name: string): Promise<Phase[]> {
  const phases: Phase[] = []
  const run = async (phase: string, args: string[]) => {
    log(`${name}: ${phase}`)
    const result = await measureCommand(process.execPath, args, { cwd: dir, env: { ...benchEnv, ...env } })
    if (result.code !== 0) throw new Error(`${phase} failed:\n${result.output}`)
    log(`  ${result.seconds.toFixed(1)} s, peak ${Math.round(result.peakMB)} MB`)
    phases.push({ phase, seconds: result.seconds, peakMB: result.peakMB })
    return result
  }
  const tsx = path.join(dir, 'node_modules/tsx/dist/cli.mjs')
  await run('content check', [tsx, 'scripts/check-content.ts', '--strict'])
  const publish = await run('content build: compile and publish to PostgreSQL', [tsx, 'scripts/content-build.ts'])
  // The publish's own account of its parts (lib/store/pipeline.ts), for reading where a deploy's time went.
  for (const line of publish.output.split('\n').filter((text) => text.startsWith('Database ('))) log(`    ${line}`)
  const compiled = /(\d[\d,]*) of \1 articles compiled, [\d,]+ a minute, in ([\d.]+) (s|min)/.exec(publish.output)
  if (compiled) {
    phases.push({
      phase: `  of which Contentlayer and writing rows (${compiled[1]} articles)`,
      seconds: Number(compiled[2]) * (compiled[3] === 'min' ? 60 : 1),
      peakMB: NaN,
    })
  }
  const ranked = /Related lists: (\d+) ranked in ([\d.]+) s/.exec(publish.output)
  if (ranked) {
    phases.push({ phase: `  of which related lists (${ranked[1]} ranked)`, seconds: Number(ranked[2]), peakMB: NaN })
  }
  const next = await run('next build', [path.join(dir, 'node_modules/next/dist/bin/next'), 'build'])
  phases.push(...nextBuildParts(next.output, next.seconds))
  return phases
}

/**
 * Every function of the build, each route's and the proxy's: MB of the files Next traced into it, its own file
 * included; the largest first.
 */
function functions(dir: string): { route: string; mb: number }[] {
  const app = path.join(dir, '.next/server/app')
  const nftFiles = readdirSync(app, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js.nft.json'))
    .map((entry) => path.join(entry.parentPath, entry.name))
  const found: { route: string; mb: number }[] = []
  for (const nftFile of [...nftFiles, path.join(dir, '.next/server/middleware.js.nft.json')]) {
    const routeFile = nftFile.replace(/\.nft\.json$/, '')
    const route = path.relative(app, routeFile)
    found.push({ route: route.startsWith('..') ? 'proxy.ts' : route, mb: tracedMB(routeFile) })
  }
  return found.sort((a, b) => b.mb - a.mb)
}

const sitemapSchema = {
  fileName: 'sitemap-0.9.xsd',
  contents: readFileSync(path.join(root, 'e2e/schemas/sitemap-0.9.xsd'), 'utf8'),
}

/** The sitemap index and every file it lists, each validated against the sitemaps.org schema: their URL counts. */
async function sitemaps(base: string): Promise<{ files: number; largest: number; urls: number; megabytes: number }> {
  const read = async (url: string) => {
    const response = await get(url)
    const xml = await response.text()
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`)
    return { url, xml, locs: [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '') }
  }
  const index = await read(`${base}/sitemap.xml`)
  const files = []
  for (const loc of index.locs) files.push(await read(`${base}${new URL(loc).pathname}`))
  for (const { url, xml } of [index, ...files]) {
    const { valid, errors } = await validateXML({
      xml: { fileName: 'sitemap.xml', contents: xml },
      schema: sitemapSchema,
    })
    if (!valid) throw new Error(`${url} is not a valid sitemap:\n${errors.map((e) => e.rawMessage).join('\n')}`)
  }
  return {
    files: files.length,
    largest: Math.max(...files.map((file) => file.locs.length)),
    urls: files.reduce((sum, file) => sum + file.locs.length, 0),
    megabytes: Math.max(...files.map((file) => Buffer.byteLength(file.xml) / 1e6)),
  }
}

/**
 * List pages readers open, each once (so each is rendered on a cache miss): the home page's, sections',
 * topics', bylines' and months' lists, at their first, a middle and their last page.
 */
function listUrls(articles: readonly SyntheticArticle[], count: number): string[] {
  const perPage = siteConfig.postsPerPage
  const counts = new Map<string, number>()
  const add = (path: string) => counts.set(path, (counts.get(path) ?? 0) + 1)
  for (const article of articles) {
    add('')
    add(sectionPath(slugify(article.category)))
    for (const id of article.authors) add(authorPath(id))
    for (const tag of new Set(article.tags.map(slugify))) add(tagPath(tag))
    const { year, month } = zonedYearMonth(article.date)
    add(archiveUrl(year, month))
  }
  const lists = [...counts].sort((a, b) => b[1] - a[1])
  const urls: string[] = []
  for (let i = 0; urls.length < count && i < lists.length * 3; i += 1) {
    const [path, size] = lists[Math.floor(i / 3) % lists.length] ?? ['', 0]
    const last = Math.max(1, Math.ceil(size / perPage))
    const page = [1, Math.ceil(last / 2), last][i % 3] ?? 1
    const url = page === 1 ? path || '/' : `${path}/page/${page}`
    if (!urls.includes(url)) urls.push(url)
  }
  return urls
}

async function main() {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} })
  await admin`drop database if exists ${admin(databaseName)} with (force)`
  await admin`create database ${admin(databaseName)}`
  const url = new URL(serverUrl)
  url.pathname = `/${databaseName}`
  const env = { DATABASE_URL: url.toString() }

  const dir = projectCopy('archive-database')
  const articles = syntheticArticles(size)
  writeSyntheticArchive(path.join(dir, 'content'), articles)
  // A repository, as on Vercel (history pages, the published-text rule, what changed since the last publish).
  // Its .git is a file pointing elsewhere: Next takes a .git directory for the workspace's edge.
  execFileSync('git', ['init', '-q', '-b', 'main', `--separate-git-dir=${dir}.git`], { cwd: dir })
  commitAll(dir, `${size} synthetic articles`)

  log(`cold publish, ${size} synthetic articles, in ${dir}`)
  const cold = await build(dir, env, 'cold')
  const routes = functions(dir)
  // What a search reads to match, filter and count (search_rows, migration 0008) and what every publish reads of
  // every article for the lists (list_rows, migration 0015) beside the articles' own rows, without their
  // out-of-line values.
  const store = postgres(env.DATABASE_URL, { max: 1, onnotice: () => {} })
  const schema = contentSchema('production')
  const [heaps] = await store<{ articles: number; search_rows: number; list_rows: number }[]>`
    select pg_relation_size(${`${schema}.articles`})::float8 / 1e6 as articles,
           pg_relation_size(${`${schema}.search_rows`})::float8 / 1e6 as search_rows,
           pg_relation_size(${`${schema}.list_rows`})::float8 / 1e6 as list_rows`
  await store.end()

  // Articles no build prerenders (the newest 100 are), so each request is a cache miss; timed after 20 others, as the
  // tables in docs/performance.md were (bench:store waits for 200).
  const byAge = articles.toSorted((a, b) => Date.parse(a.date) - Date.parse(b.date)).map((a) => a.slug)
  const server = await startServer(dir, 3230, { ...benchEnv, ...env })
  log('article render on a cache miss')
  const article = (slug: string) => `${server.url}/posts/${slug}`
  const { warm: render } = await timedAfterWarmUp(
    byAge.slice(20, 20 + requests).map(article),
    byAge.slice(0, 20).map(article),
  )
  log('list pages on a cache miss')
  const lists = await timedRequests(listUrls(articles, requests).map((path) => `${server.url}${path}`))
  log('search on the server')
  const { first: searchFirst, warm: search } = await timedSearches(
    server.url,
    headlineQueries(articles, requests),
    headlineQueries(articles, requests, { other: true }),
  )
  log('sitemaps')
  const maps = await sitemaps(server.url)
  const serverMB = treeRssMB(server.process.pid ?? 0)
  await server.stop()

  // One article's text changes: a sentence added to a synthetic story's body, a fix of wording.
  const edit = articles[0]?.slug ?? 'synthetic-00000'
  const editFile = path.join(dir, 'content/posts', `${edit}.mdx`)
  writeFileSync(editFile, `${readFileSync(editFile, 'utf8')}\nThis sentence was added after the first build.\n`)
  commitAll(dir, `One article edited\n\nMinor-change: ${edit}`)
  freshCheckout(dir, { keepCache: true })
  const edited = await build(dir, env, 'one article changed')

  const seed = readFileSync(path.join(dir, 'content/posts/microsoft-loses-first-round-over-dublin-emails.mdx'), 'utf8')
  writeFileSync(
    path.join(dir, 'content/posts/breaking-story-added-after-the-build.mdx'),
    seed.replace(/^title: .*$/m, 'title: A breaking story added after the build'),
  )
  commitAll(dir, 'One article added')
  freshCheckout(dir, { keepCache: true })
  const added = await build(dir, env, 'one article added')

  if (process.env.BENCH_KEEP_DATABASE === '1') {
    log(`kept the project copy ${dir} and the database ${env.DATABASE_URL}`)
  } else {
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 500 })
    rmSync(`${dir}.git`, { recursive: true, force: true })
    await admin`drop database if exists ${admin(databaseName)} with (force)`
  }
  await admin.end()

  const fmt = (n: number) => (Number.isNaN(n) ? '' : String(Math.round(n)))
  const total = (phases: Phase[]) => phases.filter((p) => !p.phase.startsWith(' ')).reduce((s, p) => s + p.seconds, 0)
  const peak = (phases: Phase[]) => Math.max(...phases.map((p) => p.peakMB).filter((n) => !Number.isNaN(n)))
  // Rows by the phase's name without its counts (the warm builds compile one article, the cold every one).
  const key = (phase: string) => phase.replace(/ \(.*\)$/, '')
  const same = (run: Phase[], phase: string) => run.find((p) => key(p.phase) === key(phase))
  const phases = [
    ...cold.map((phase) => ({
      phase: phase.phase,
      'cold s': fmt(phase.seconds),
      'cold peak MB': fmt(phase.peakMB),
      'one changed s': fmt(same(edited, phase.phase)?.seconds ?? NaN),
      'one changed peak MB': fmt(same(edited, phase.phase)?.peakMB ?? NaN),
      'one added s': fmt(same(added, phase.phase)?.seconds ?? NaN),
      'one added peak MB': fmt(same(added, phase.phase)?.peakMB ?? NaN),
    })),
    {
      phase: '**whole build**',
      'cold s': fmt(total(cold)),
      'cold peak MB': fmt(peak(cold)),
      'one changed s': fmt(total(edited)),
      'one changed peak MB': fmt(peak(edited)),
      'one added s': fmt(total(added)),
      'one added peak MB': fmt(peak(added)),
    },
  ]
  const ms = (values: number[]) => `${round(percentile(values, 50))} / ${round(percentile(values, 95))}`
  const largest = routes[0]
  const targets = [
    {
      target: 'cold publish of the whole archive',
      measured: `${round(total(cold) / 60, 1)} min (every step of the build)`,
      goal: '≤ 45 min',
    },
    {
      target: 'one article changed or added, whole deploy',
      measured: `${fmt(total(edited))} s changed, ${fmt(total(added))} s added`,
      goal: '≤ 90 s',
    },
    {
      target: 'peak memory of any step',
      measured: `${fmt(Math.max(peak(cold), peak(edited), peak(added)))} MB`,
      goal: '≤ 4,096 MB',
    },
    {
      target: 'largest function (traced files) MB',
      measured: `${round(largest?.mb ?? NaN, 1)} (${largest?.route ?? '?'})`,
      goal: '≤ 50',
    },
    {
      target: 'proxy function (traced files) MB',
      measured: `${round(routes.find((route) => route.route === 'proxy.ts')?.mb ?? NaN, 1)}`,
      goal: 'not growing with the archive',
    },
    { target: 'article render on a cache miss, p50 / p95 ms', measured: ms(render.ms), goal: '≤ 100 p95' },
    {
      target: 'list page on a cache miss (first, middle and last pages of the largest lists), p50 / p95 ms',
      measured: ms(lists.ms),
      goal: '',
    },
    { target: 'search on the server, p50 / p95 ms', measured: ms(search.ms), goal: '≤ 100 p95' },
    {
      target: `search, the first ${requests} queries after the server started (other words), p50 / p95 ms`,
      measured: ms(searchFirst.ms),
      goal: '',
    },
    {
      target: 'rows a search reads to match and count (search_rows) beside the articles’ rows, MB in the table',
      measured: `${round(heaps?.search_rows ?? NaN, 1)} beside ${round(heaps?.articles ?? NaN, 1)}`,
      goal: '',
    },
    {
      target: 'rows every publish reads of every article for the lists (list_rows), MB in the table',
      measured: round(heaps?.list_rows ?? NaN, 1),
      goal: '',
    },
    {
      target: 'search results page, median KB (gzip)',
      measured: `${round(percentile(search.bytes, 50) / 1024, 1)} (${round(percentile(search.gzip, 50) / 1024, 1)})`,
      goal: '',
    },
    {
      target: 'sitemap index and every sitemap file',
      measured: `valid; ${maps.files} files, ${maps.urls.toLocaleString('en-US')} URLs, the largest ${maps.largest.toLocaleString('en-US')} URLs and ${round(maps.megabytes, 1)} MB`,
      goal: 'valid, each ≤ 50,000 URLs',
    },
    { target: 'server memory after the requests (RSS) MB', measured: fmt(serverMB), goal: '' },
  ]
  console.table(phases)
  console.table(targets)
  return { phases, targets }
}

const { phases, targets } = await main()
// The 100,000-article table, or one of another size beside it (docs/performance.md has a block for 10,000: the
// one-article deploy's figure there is what the 100,000-article one is held to).
writeFigures({
  [size === 100000 ? 'bench-archive' : `bench-archive-${size}`]: [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:archive\` with ${size.toLocaleString('en-US')} synthetic articles, database backend (PostgreSQL 15 on the same machine): \`npm run build\` with DATABASE_URL one step at a time, cold and as a deploy after one article changed or was added; peak memory is each step's process tree; ${requests} requests per figure, one at a time.`,
    '',
    markdownTable(phases),
    '',
    markdownTable(targets),
  ].join('\n'),
})
