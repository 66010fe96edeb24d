// npm run bench:template
// News Ledge beside the best-known Next.js + Contentlayer template (timlrx/tailwind-nextjs-starter-blog), on the
// same seed article, in one session: Lighthouse 12.2.3 mobile, BENCH_LIGHTHOUSE_RUNS (default 5) runs of each page,
// interleaved (ours, theirs, ours, theirs…) so that the machine's drift falls on both alike; the median run by
// performance, and the JavaScript each page loads. Needs both production builds: this checkout's (`npm run build`)
// and the template's at BENCH_TEMPLATE_DIR, prepared as docs/performance.md#beside-the-template says. Writes the
// `template` block of docs/performance.md.
import { spawn } from 'node:child_process'
import path from 'node:path'
import {
  kb,
  lighthouseRun,
  markdownTable,
  medianByPerformance,
  scriptWeight,
  seedPath,
  sleep,
  startServer,
  writeFigures,
} from './bench-lib'

const runs = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5))
const templateDir = process.env.BENCH_TEMPLATE_DIR
/** Where the template serves the seed article (data/blog/<slug>.mdx). */
const templateArticle = `/blog/${path.basename(seedPath)}`

/** The template's production server (`next start`), resolved once it answers. */
async function startTemplate(dir: string, port: number) {
  const child = spawn(path.join(dir, 'node_modules/.bin/next'), ['start', '-p', String(port)], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(url).then(
        (r) => r.status < 500,
        () => false,
      )
    ) {
      return { url, stop: () => void child.kill('SIGTERM') }
    }
    await sleep(500)
  }
  child.kill('SIGTERM')
  throw new Error(`The template in ${dir} did not answer ${url} within a minute: is it built (npm run build there)?`)
}

async function main() {
  if (!templateDir)
    throw new Error('Set BENCH_TEMPLATE_DIR to a built copy of the template (docs/performance.md#beside-the-template).')
  const ours = await startServer(process.cwd(), 3140)
  const theirs = await startTemplate(path.resolve(templateDir), 3150)
  try {
    const pages = [
      {
        page: 'home',
        sites: [
          { site: 'News Ledge', url: ours.url + '/' },
          { site: 'template', url: theirs.url + '/' },
        ],
      },
      {
        page: 'article',
        sites: [
          { site: 'News Ledge', url: ours.url + seedPath },
          { site: 'template', url: theirs.url + templateArticle },
        ],
      },
    ]
    // The JavaScript each page loads, first, while both servers are fresh.
    const scripts = new Map<string, number>()
    for (const { sites } of pages) {
      for (const { url } of sites)
        scripts.set(url, (await scriptWeight(new URL(url).origin, new URL(url).pathname)).gzip)
    }
    const results = new Map<string, Awaited<ReturnType<typeof lighthouseRun>>[]>()
    for (let i = 0; i < runs; i++) {
      for (const { page, sites } of pages) {
        for (const { site, url } of sites) {
          const key = `${page}\0${site}`
          results.set(key, [...(results.get(key) ?? []), await lighthouseRun(url)])
        }
      }
      console.error(`[bench:template] round ${i + 1} of ${runs}`)
    }
    const rows = []
    for (const { page, sites } of pages) {
      for (const { site, url } of sites) {
        const median = medianByPerformance(results.get(`${page}\0${site}`) ?? [])
        rows.push({ page, site, ...median, 'JS KB (gzip)': kb(scripts.get(url) ?? NaN) })
      }
    }
    console.table(rows)
    writeFigures({
      template: [
        `Measured ${new Date().toISOString().slice(0, 10)} by \`BENCH_TEMPLATE_DIR=<template> npm run bench:template\`: both production builds on this machine, Lighthouse 12.2.3 mobile preset, ${runs} runs of each page interleaved, median run by performance.`,
        '',
        markdownTable(rows),
      ].join('\n'),
    })
  } finally {
    theirs.stop()
    await ours.stop()
  }
}

await main()
