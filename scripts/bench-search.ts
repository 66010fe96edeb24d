// npm run bench:search
// Search at archive scale: builds the Pagefind index (scripts/search-index.ts's
// work) for the bundled articles plus 1,000 and 10,000 synthetic ones, then
// serves it beside the production build and measures, in Chromium with a cold
// cache, a two-word query: bytes fetched from the index and time to the first
// result; and the search page's Lighthouse scores. Needs `npm run build` first.
// Writes the figures into docs/performance.md (between search:start/end).
//   BENCH_ARCHIVES=1000,10000   synthetic archive sizes
//   BENCH_SEARCH_RUNS=5         cold page loads per query; the median is reported
//   BENCH_LIGHTHOUSE_RUNS=5     Lighthouse runs of the search page per archive
import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { chromium } from '@playwright/test'
import posts from '../.contentlayer/post-index.json'
import { readArticleBody } from '../lib/content/article-body'
import { buildSearchIndex } from '../lib/search/build-index'
import { commonWordsFile } from '../lib/search/index-dir'
import {
  directoryBytes,
  kb,
  lighthouse,
  markdownTable,
  scratchDir,
  sleep,
  startServer,
  treeRssMB,
  writeFigures,
} from './bench-lib'
import { syntheticArticles } from './synthetic-archive'

const root = process.cwd()
const sizes = (process.env.BENCH_ARCHIVES ?? '1000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0)
const runs = Math.max(1, Number(process.env.BENCH_SEARCH_RUNS ?? 5))
const lighthouseRuns = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5))
const log = (message: string) => console.error(`[bench:search] ${message}`)
const median = (values: number[]) => {
  const known = values.filter((value) => !Number.isNaN(value)).toSorted((a, b) => a - b)
  return known[Math.floor((known.length - 1) / 2)] ?? NaN
}

/** A folder that serves the production build with another search index: the build by link, the index its own. */
function servingDir(): string {
  const dir = scratchDir('search')
  for (const name of ['.next', '.contentlayer', 'node_modules', 'package.json', 'next.config.js', 'public']) {
    symlinkSync(path.join(root, name), path.join(dir, name))
  }
  mkdirSync(path.join(dir, '.search'))
  return dir
}

/**
 * The served search page was built with the checkout's own index and is
 * rebuilt in the background a minute after the build (app/layout.tsx's
 * revalidate); until then it carries the other index's common words. Asks
 * for it until it carries this index's.
 */
async function untilSearchPageReads(baseUrl: string, indexDir: string) {
  const words: unknown = JSON.parse(readFileSync(path.join(indexDir, commonWordsFile), 'utf8'))
  const expected = `commonWords\\":${JSON.stringify(words).replaceAll('"', '\\"')}`.slice(0, 80)
  for (let waited = 0; waited < 120_000; waited += 2000) {
    if ((await (await fetch(`${baseUrl}/search`)).text()).includes(expected)) return
    await sleep(2000)
  }
  throw new Error('The search page never read the benchmark index')
}

type QueryFigures = {
  query: string
  results: number
  indexKB: number
  requests: number
  firstResultMs: number
  typedMs: number
}

async function measureQuery(baseUrl: string, query: string): Promise<QueryFigures> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
  const samples: QueryFigures[] = []
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext()
      const page = await context.newPage()
      // When the first result appears, by the page's own clock.
      await page.addInitScript(() => {
        document.addEventListener('submit', () => Object.assign(window, { submittedAt: performance.now() }), true)
        new MutationObserver((_, observer) => {
          if (document.querySelector('main ol li')) {
            Object.assign(window, { firstResultAt: performance.now() })
            observer.disconnect()
          }
        }).observe(document, { childList: true, subtree: true })
      })
      const fetched: Promise<number>[] = []
      page.on('requestfinished', (request) => {
        if (new URL(request.url()).pathname.startsWith('/pagefind/')) {
          fetched.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize))
        }
      })
      await page.goto(`${baseUrl}/search?q=${encodeURIComponent(query)}`, { waitUntil: 'load' })
      await page.locator('main ol li').first().waitFor({ timeout: 30_000 })
      const timing = await page.evaluate(() => {
        const navigation = performance.getEntriesByType('navigation')[0]
        const loaded = navigation instanceof PerformanceNavigationTiming ? navigation.loadEventEnd : 0
        const at = 'firstResultAt' in window && typeof window.firstResultAt === 'number' ? window.firstResultAt : NaN
        return { loaded, at }
      })
      const bytes = (await Promise.all(fetched)).reduce((a, b) => a + b, 0)
      samples.push({
        query,
        results: await page.locator('main ol li').count(),
        indexKB: kb(bytes),
        requests: fetched.length,
        // After the page has loaded; 0 when the results were there before the load event.
        firstResultMs: Math.max(0, Math.round(timing.at - timing.loaded)),
        typedMs: NaN,
      })
      await context.close()

      // A reader on the open search page types the words and presses Enter.
      const typedContext = await browser.newContext()
      const typed = await typedContext.newPage()
      await typed.addInitScript(() => {
        document.addEventListener('submit', () => Object.assign(window, { submittedAt: performance.now() }), true)
        new MutationObserver(() => {
          if (document.querySelector('main ol li') && !('firstResultAt' in window)) {
            Object.assign(window, { firstResultAt: performance.now() })
          }
        }).observe(document, { childList: true, subtree: true })
      })
      await typed.goto(`${baseUrl}/search`, { waitUntil: 'load' })
      const box = typed.getByRole('searchbox', { name: 'Words to find' })
      await box.pressSequentially(query, { delay: 80 })
      await box.press('Enter')
      // Reported as NaN rather than thrown, so one stuck run does not lose the others' figures.
      const shown = await typed
        .locator('main ol li')
        .first()
        .waitFor({ timeout: 15_000 })
        .then(() => true)
        .catch(() => false)
      const typedMs = !shown
        ? NaN
        : await typed.evaluate(() =>
            'firstResultAt' in window &&
            typeof window.firstResultAt === 'number' &&
            'submittedAt' in window &&
            typeof window.submittedAt === 'number'
              ? Math.round(window.firstResultAt - window.submittedAt)
              : NaN,
          )
      const last = samples.at(-1)
      if (last) last.typedMs = typedMs
      await typedContext.close()
    }
  } finally {
    await browser.close()
  }
  return {
    query,
    results: samples[0]?.results ?? 0,
    indexKB: median(samples.map((s) => s.indexKB)),
    requests: median(samples.map((s) => s.requests)),
    firstResultMs: median(samples.map((s) => s.firstResultMs)),
    typedMs: median(samples.map((s) => s.typedMs)),
  }
}

async function main() {
  const bundled = await Promise.all(
    posts.map(async (post) => ({
      ...post,
      author: post.authors.join(' '),
      file: post._raw.sourceFilePath,
      body: (await readArticleBody(post)).raw,
    })),
  )
  const rows = []
  const lighthouseRows = []
  for (const size of sizes) {
    const synthetic = syntheticArticles(size).map((a) => ({
      ...a,
      url: `/posts/${a.slug}`,
      author: 'News Ledge Staff',
      file: `posts/${a.slug}.mdx`,
    }))
    const articles = [...bundled, ...synthetic]
    const bodies = new Map(articles.map((a) => [a.file, a.body]))
    const dir = servingDir()
    const outputPath = path.join(dir, '.search', 'production')
    log(`indexing ${articles.length} articles`)
    let peakMB = 0
    const sampler = setInterval(() => (peakMB = Math.max(peakMB, treeRssMB(process.pid))), 100)
    const started = performance.now()
    const indexed = await buildSearchIndex(articles, async ({ file }) => bodies.get(file) ?? '', {
      environment: 'production',
      now: new Date(),
      outputPath,
    })
    const seconds = (performance.now() - started) / 1000
    clearInterval(sampler)
    const files = readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')
    log(`indexed ${indexed} in ${seconds.toFixed(1)} s (${files.length} B entry)`)

    const server = await startServer(dir, 3130)
    try {
      await untilSearchPageReads(server.url, outputPath)
      // A query on the bundled story, and one on a synthetic topic: the first two words of a mid-archive headline.
      const topicWords = synthetic[Math.floor(size / 2)]?.title.split(' ').slice(0, 2).join(' ') ?? ''
      for (const query of ['Dublin emails', topicWords]) {
        log(`query "${query}"`)
        const figures = await measureQuery(server.url, query)
        rows.push({
          articles: indexed,
          'index build s': seconds.toFixed(1),
          'index MB': (directoryBytes(outputPath) / 1e6).toFixed(1),
          'peak MB': Math.round(peakMB),
          ...figures,
        })
      }
      log('lighthouse')
      lighthouseRows.push({
        articles: indexed,
        ...(await lighthouse(`${server.url}/search?q=Dublin+emails`, lighthouseRuns)),
      })
    } finally {
      await server.stop()
      rmSync(dir, { recursive: true, force: true })
    }
  }

  console.table(rows)
  console.table(lighthouseRows)
  writeFigures({
    search: [
      `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:search\` (bundled articles plus synthetic ones; cold browser cache, median of ${runs} page loads per query).`,
      '',
      '**Index and query** ("index KB": every byte a cold page load of `/search?q=…` fetched from `/pagefind/`, loader and WebAssembly included; "first result ms": from that page\'s load event to the first result on screen; "typed ms": on the open search page, from pressing Enter after typing the words to the first result):',
      '',
      markdownTable(rows),
      '',
      `**Lighthouse 12.2.3** on \`/search?q=Dublin+emails\`, mobile preset, median of ${lighthouseRuns} runs:`,
      '',
      markdownTable(lighthouseRows),
    ].join('\n'),
  })
}

await main()
