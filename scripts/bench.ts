// npm run bench
// Page weight, serving speed, Lighthouse scores and build cost of the
// production site, beside a bare Next.js page as the floor; then builds of
// the site with 1,000 synthetic articles added. Prints a table and JSON, and
// writes the figures into docs/performance.md; runs bench:images and
// bench:search on the same build, then bench:archive (the 10,000-article
// build, cold and warm, phase by phase).
//   BENCH_ARCHIVES=1000         archive sizes to build and serve (0 skips them)
//   BENCH_LOAD_SECONDS=30       length of the load test
//   BENCH_LIGHTHOUSE_RUNS=5     Lighthouse runs per page; the median run is reported
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import {
  benchEnv,
  htmlBytes,
  kb,
  lighthouse,
  markdownTable,
  measureCommand,
  projectCopy,
  scratchDir,
  seedPath,
  scriptWeight,
  sleep,
  startServer,
  treeRssMB,
  type Weight,
  writeFigures,
} from './bench-lib'
import { slugGuardBench, slugGuardFigures } from './bench-guard'
import { syntheticArticles, writeSyntheticArchive } from './synthetic-archive'

const root = process.cwd()
const routes = { home: '/', article: seedPath, tag: '/tags/microsoft', '404': '/posts/no-such-article' }
const archives = (process.env.BENCH_ARCHIVES ?? '1000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0)
const loadSeconds = Number(process.env.BENCH_LOAD_SECONDS ?? 30)
const lighthouseRuns = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5))
const log = (message: string) => console.error(`[bench] ${message}`)

/**
 * Under load the server's memory is a sawtooth: it climbs between garbage
 * collections and drops after each. A leak shows as a rising floor, so the
 * run reports the lowest sample of each third of the run (and the peak);
 * a mean of each third moved by tens of megabytes with where the teeth fell.
 */
async function loadTest(url: string, serverPid: number) {
  const samples: number[] = []
  const timer = setInterval(() => samples.push(treeRssMB(serverPid)), 500)
  const result = await autocannon({ url, connections: 10, duration: loadSeconds })
  clearInterval(timer)
  const third = Math.max(1, Math.floor(samples.length / 3))
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    // The first third includes warm-up (code loading, JIT, caches filling), so read the three together.
    'rss floor by third MB': [samples.slice(0, third), samples.slice(third, -third), samples.slice(-third)]
      .map((part) => Math.round(Math.min(...part)))
      .join(' / '),
    rssPeakMB: Math.round(Math.max(...samples)),
  }
}

async function bareNextFloor(): Promise<Weight> {
  const dir = scratchDir('bare')
  mkdirSync(path.join(dir, 'app'))
  writeFileSync(path.join(dir, 'package.json'), '{"private":true,"type":"module"}\n')
  writeFileSync(
    path.join(dir, 'app/layout.tsx'),
    'import type { ReactNode } from \'react\'\n\nexport default function RootLayout({ children }: { children: ReactNode }) {\n  return (<html lang="en"><body>{children}</body></html>)\n}\n',
  )
  writeFileSync(path.join(dir, 'app/page.tsx'), 'export default function Page() {\n  return <h1>Hello</h1>\n}\n')
  execFileSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: dir,
    env: { ...process.env, ...benchEnv },
    stdio: 'ignore',
  })
  const server = await startServer(dir, 3211, benchEnv)
  const weight = await scriptWeight(server.url, '/')
  await server.stop()
  rmSync(dir, { recursive: true, force: true })
  return weight
}

async function archiveBuild(count: number) {
  const dir = projectCopy()
  writeSyntheticArchive(path.join(dir, 'content'), syntheticArticles(count))
  log(`building with ${count} synthetic articles in ${dir}`)
  const build = await measureCommand('npm', ['run', 'build'], { cwd: dir, env: benchEnv })
  if (build.code !== 0) {
    // Reported, not thrown: a failed archive build is a finding, and the other figures still stand.
    const reason = /heap out of memory/.test(build.output)
      ? 'out of memory'
      : (build.output.trim().split('\n').at(-1) ?? 'failed')
    rmSync(dir, { recursive: true, force: true })
    return {
      articlesAdded: count,
      buildSeconds: Math.round(build.seconds),
      buildPeakMB: Math.round(build.peakMB),
      homeHtmlBytes: 0,
      articleHtmlBytes: 0,
      olderArticle: { status: 0, firstRequestMs: 0, cachedRequestMs: 0 },
      failed: `build failed: ${reason}`,
    }
  }
  const server = await startServer(dir, 3212, benchEnv)
  const home = await htmlBytes(server.url, '/')
  const article = await htmlBytes(server.url, seedPath)
  // An article older than the prerendered ones renders on first request, then is cached.
  const old = `/posts/synthetic-${String(count - 1).padStart(5, '0')}`
  const first = performance.now()
  const oldStatus = (await fetch(server.url + old)).status
  const firstMs = performance.now() - first
  const second = performance.now()
  await fetch(server.url + old)
  const secondMs = performance.now() - second
  await server.stop()
  rmSync(dir, { recursive: true, force: true })
  return {
    articlesAdded: count,
    buildSeconds: Math.round(build.seconds),
    buildPeakMB: Math.round(build.peakMB),
    homeHtmlBytes: home.raw,
    articleHtmlBytes: article.raw,
    olderArticle: { status: oldStatus, firstRequestMs: Math.round(firstMs), cachedRequestMs: Math.round(secondMs) },
    failed: '',
  }
}

async function main() {
  log('production build of the site as it is')
  const ownBuild = await measureCommand('npm', ['run', 'build'], { cwd: root, env: benchEnv })
  if (ownBuild.code !== 0) throw new Error(ownBuild.output)
  const server = await startServer(root, 3210, benchEnv)
  const weights: Record<string, Weight> = {}
  for (const [name, route] of Object.entries(routes)) weights[name] = await scriptWeight(server.url, route)
  const seedHtml = await htmlBytes(server.url, seedPath)
  const homeHtml = await htmlBytes(server.url, '/')
  log(`load test: ${loadSeconds} s against ${seedPath}`)
  await fetch(server.url + seedPath)
  const load = await loadTest(server.url + seedPath, server.process.pid ?? 0)
  log('Lighthouse 12, mobile')
  const lighthouseScores = {
    article: await lighthouse(server.url + seedPath, lighthouseRuns),
    home: await lighthouse(server.url + '/', lighthouseRuns),
  }
  await server.stop()
  // The pictures' budgets and search at archive scale, on the build just made; each writes its own block of docs/performance.md.
  for (const script of ['bench-images.ts', 'bench-search.ts']) {
    log(script)
    execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', script)], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...benchEnv },
    })
  }
  log('bare Next.js page, the floor')
  const floor = await bareNextFloor()
  log('proxy.ts: made-up slugs and article read latency')
  const slugGuard = await slugGuardBench()
  const archiveRuns = []
  for (const count of archives) archiveRuns.push(await archiveBuild(count))
  await sleep(0)

  const results = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      next: JSON.parse(readFileSync(path.join(root, 'node_modules/next/package.json'), 'utf8')).version,
    },
    javascript: { ...weights, bareNext: floor },
    html: { seedArticle: seedHtml, home: homeHtml },
    ownBuild: { seconds: Math.round(ownBuild.seconds), peakMB: Math.round(ownBuild.peakMB) },
    load,
    lighthouse: lighthouseScores,
    archives: archiveRuns,
    slugGuard,
  }

  const jsRows = Object.entries(results.javascript).map(([route, w]) => ({
    route,
    scripts: w.scripts,
    'gzip KB': kb(w.gzip),
    'brotli KB': kb(w.brotli),
    'gzip over floor KB': kb(w.gzip - floor.gzip),
  }))
  console.log(
    `\nJavaScript per route (modern scripts the HTML loads), ${results.machine.cpu}, ${results.machine.cores} cores`,
  )
  console.table(jsRows)
  console.log(`Seed article HTML: ${seedHtml.raw} bytes (${seedHtml.gzip} gzip); home: ${homeHtml.raw} bytes`)
  console.log(`Own build: ${results.ownBuild.seconds} s, peak ${results.ownBuild.peakMB} MB`)
  console.log('Load test (autocannon, 10 connections):')
  console.table([load])
  console.log('Lighthouse 12 (mobile):')
  console.table(lighthouseScores)
  if (archiveRuns.length) {
    console.log('Builds with synthetic articles added:')
    console.table(
      archiveRuns.map(({ olderArticle, ...rest }) => ({
        ...rest,
        'older article': `${olderArticle.status}, ${olderArticle.firstRequestMs} ms then ${olderArticle.cachedRequestMs} ms`,
      })),
    )
  }
  console.log(JSON.stringify(results))
  writeFileSync(path.join(root, 'docs/performance.json'), `${JSON.stringify(results, null, 2)}\n`)

  /** How much the home and article pages grew between the smallest and the largest archive that built. */
  function archiveGrowth(runs: Awaited<ReturnType<typeof archiveBuild>>[]): string[] {
    const built = runs.filter((run) => !run.failed)
    const [first, last] = [built[0], built.at(-1)]
    if (!first || !last || first === last) return []
    const pct = (from: number, to: number) => `${(((to - from) / from) * 100).toFixed(1)}%`
    return [
      '',
      `From ${first.articlesAdded} to ${last.articlesAdded} articles added, home HTML changes by ${pct(first.homeHtmlBytes, last.homeHtmlBytes)} and the seed article's by ${pct(first.articleHtmlBytes, last.articleHtmlBytes)}.`,
    ]
  }

  // The figures block of docs/performance.md, rewritten from this run.
  const figures = [
    `Measured ${results.date.slice(0, 10)} by \`npm run bench\` on ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGB} GB, Node ${results.machine.node}, Next ${results.machine.next}.`,
    '',
    '**JavaScript loaded per route** (every modern script the HTML loads; the bare page is a one-line Next app built the same way):',
    '',
    markdownTable(jsRows),
    '',
    `**HTML**: seed article ${seedHtml.raw} bytes (${seedHtml.gzip} gzip); home ${homeHtml.raw} bytes (${homeHtml.gzip} gzip).`,
    '',
    `**Serving** the seed article from \`next start\` (autocannon, 10 connections, ${loadSeconds} s on loopback):`,
    '',
    markdownTable([load]),
    '',
    `**Lighthouse 12.2.3**, mobile preset, median of ${lighthouseRuns} runs by performance score:`,
    '',
    markdownTable(Object.entries(lighthouseScores).map(([page, scores]) => ({ page, ...scores }))),
    '',
    `**Build** of the site as it is: ${results.ownBuild.seconds} s, peak ${results.ownBuild.peakMB} MB (process tree).`,
    ...(archiveRuns.length
      ? [
          '',
          '**Builds with synthetic articles added** (HTML bytes of the home page and the seed article in each build):',
          '',
          markdownTable([
            {
              articlesAdded: 0,
              buildSeconds: results.ownBuild.seconds,
              buildPeakMB: results.ownBuild.peakMB,
              homeHtmlBytes: homeHtml.raw,
              articleHtmlBytes: seedHtml.raw,
              olderArticle: '',
            },
            ...archiveRuns.map(({ failed, ...run }) => ({
              ...run,
              homeHtmlBytes: failed ? '—' : run.homeHtmlBytes,
              articleHtmlBytes: failed ? '—' : run.articleHtmlBytes,
              olderArticle:
                failed ||
                `${run.olderArticle.status}: ${run.olderArticle.firstRequestMs} ms first, ${run.olderArticle.cachedRequestMs} ms cached`,
            })),
          ]),
          ...archiveGrowth(archiveRuns),
        ]
      : []),
  ].join('\n')
  writeFigures({ bench: figures, 'bench-guard': slugGuardFigures(slugGuard) })
  log('wrote docs/performance.json and the figures in docs/performance.md')
  log('bench-archive-files.ts: the 10,000-article build, cold and warm')
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'bench-archive-files.ts')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...benchEnv },
  })
}

await main()
