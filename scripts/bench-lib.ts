// Helpers for the benchmarks (scripts/bench*.ts): servers, process memory, page weight, throwaway copies.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { contentDir } from '../lib/content/schema'
import { refreshIndex } from '../lib/history/git'
import { brotliCompressSync, gzipSync } from 'node:zlib'

/** The article the benchmarks read: the seed article. */
export const seedPath = '/posts/microsoft-loses-first-round-over-dublin-emails'

/** Environment of the benchmarks' builds and servers: builds need the site's address (next.config.js); they serve on loopback. */
export const benchEnv = { NEXT_TELEMETRY_DISABLED: '1', SITE_URL: process.env.SITE_URL ?? 'http://localhost:3000' }

/** Bytes of every file under a directory. */
export function directoryBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0)
}

/**
 * MB of every file Next traced into a function (its `.nft.json`), the function's own file included, as a deploy
 * carries them: `server/app/<route>/page.js`, or `server/middleware.js` for the proxy.
 */
export function tracedMB(functionFile: string): number {
  const nft: { files: string[] } = JSON.parse(readFileSync(`${functionFile}.nft.json`, 'utf8'))
  const files = new Set([functionFile, ...nft.files.map((file) => path.resolve(path.dirname(functionFile), file))])
  let bytes = 0
  for (const file of files) bytes += statSync(file).size
  return bytes / 1e6
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
export function treeRssMB(pid: number): number {
  let total = 0
  const visit = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8')
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
      const children = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim()
      for (const child of children ? children.split(/\s+/) : []) visit(Number(child))
    } catch {
      // The process ended between two reads.
    }
  }
  visit(pid)
  return total
}

/** Runs a command, sampling its process tree's memory; resolves with wall time and peak RSS. */
export function measureCommand(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<{ seconds: number; peakMB: number; code: number | null; output: string }> {
  return new Promise((resolve) => {
    const started = performance.now()
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env } })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20000)))
    child.stderr.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20000)))
    let peakMB = 0
    const timer = setInterval(() => {
      if (child.pid) peakMB = Math.max(peakMB, treeRssMB(child.pid))
    }, 250)
    child.on('close', (code) => {
      clearInterval(timer)
      resolve({ seconds: (performance.now() - started) / 1000, peakMB, code, output })
    })
  })
}

export type Server = { url: string; process: ChildProcess; stop: () => Promise<void> }

/**
 * `npm start` (server.mjs) in a folder, resolved once it answers; rejected, with what the server
 * printed, when it exits first or does not answer within a minute, so a bench never measures nothing.
 */
export async function startServer(cwd: string, port: number, env: Record<string, string> = {}): Promise<Server> {
  const child = spawn(process.execPath, [path.join(cwd, 'server.mjs'), '-p', String(port)], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let printed = ''
  const keep = (chunk: Buffer) => {
    printed = (printed + chunk.toString()).slice(-4000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  let exited: number | null = null
  child.once('exit', (code) => {
    exited = code ?? 1
  })
  const url = `http://127.0.0.1:${port}`
  const deadline = performance.now() + 60_000
  for (let answered = false; !answered;) {
    if (exited !== null)
      throw new Error(`The server in ${cwd} exited with code ${exited} before answering:\n${printed}`)
    if (performance.now() > deadline) {
      child.kill('SIGTERM')
      throw new Error(`The server in ${cwd} did not answer ${url} within a minute:\n${printed}`)
    }
    answered = await fetch(url).then(
      (response) => response.status < 500,
      () => false,
    )
    if (!answered) await sleep(500)
  }
  return {
    url,
    process: child,
    stop: async () => {
      child.kill('SIGTERM')
      await new Promise((resolve) => child.once('close', resolve))
    },
  }
}

/** Seconds until `url` answers as `done` says (polled every 100 ms), or NaN after two minutes. */
export async function waitFor(url: string, done: (status: number, body: string) => boolean): Promise<number> {
  const started = performance.now()
  while (performance.now() - started < 120_000) {
    try {
      const response = await fetch(url)
      if (done(response.status, await response.text())) return (performance.now() - started) / 1000
    } catch {
      // Not listening yet.
    }
    await sleep(100)
  }
  return NaN
}

/** `npm run dev` in a folder, its output handed to `onOutput`; stop() ends it and all it started there. */
export function startDev(dir: string, port: number, onOutput: (text: string) => void = () => {}) {
  const child = spawn('npm', ['run', 'dev'], {
    cwd: dir,
    env: { ...process.env, ...benchEnv, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  child.stdout?.on('data', (data: Buffer) => onOutput(data.toString()))
  child.stderr?.on('data', (data: Buffer) => onOutput(data.toString()))
  return {
    stop: async () => {
      const exited = new Promise((resolve) => child.once('close', resolve))
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
      await exited
      // Next's dev server starts its own process group; whatever still runs in the folder is stopped too.
      for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
        try {
          if (readlinkSync(`/proc/${pid}/cwd`).startsWith(dir)) process.kill(Number(pid), 'SIGKILL')
        } catch {
          // Gone already, or not ours to read.
        }
      }
      await sleep(1000)
    },
  }
}

export type Weight = { scripts: number; raw: number; gzip: number; brotli: number }

/** Bytes of every script a page's HTML loads (not the nomodule polyfill), compressed as a CDN would. */
export async function scriptWeight(baseUrl: string, path: string): Promise<Weight> {
  const html = await (await get(baseUrl + path)).text()
  const sources = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1] ?? '')
    .filter((attrs) => !/\bnoModule\b|\bnomodule\b/i.test(attrs))
    .flatMap((attrs) => {
      const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1]
      return src ? [src] : []
    })
  const unique = [...new Set(sources)]
  const weight: Weight = { scripts: unique.length, raw: 0, gzip: 0, brotli: 0 }
  for (const src of unique) {
    const body = Buffer.from(await (await get(new URL(src, baseUrl).href)).arrayBuffer())
    weight.raw += body.length
    weight.gzip += gzipSync(body, { level: 9 }).length
    weight.brotli += brotliCompressSync(body).length
  }
  return weight
}

export async function htmlBytes(baseUrl: string, path: string): Promise<{ raw: number; gzip: number }> {
  const body = Buffer.from(await (await fetch(baseUrl + path)).arrayBuffer())
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length }
}

export const kb = (bytes: number) => Math.round(bytes / 102.4) / 10

/** The value below which p% of `values` fall (nearest rank). */
export const percentile = (values: readonly number[], p: number) => {
  const sorted = values.toSorted((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}
export const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits

/** Commits everything in a benchmark's copy of the project. */
export function commitAll(dir: string, message: string) {
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', ...args], { cwd: dir })
  git('add', '-A')
  git('commit', '-q', '-m', message)
}

/**
 * A URL's answer. Once more if the connection was reset: a server closes a kept-alive connection after
 * 5 s idle, and a request sent on it as it closes fails.
 */
export async function get(url: string): Promise<Response> {
  try {
    return await fetch(url)
  } catch (error) {
    if (error instanceof TypeError) return fetch(url)
    throw error
  }
}

/** Milliseconds until each URL's whole response has arrived, one request at a time, and the bytes of each (raw, gzip). */
export async function timedRequests(
  urls: readonly string[],
): Promise<{ ms: number[]; bytes: number[]; gzip: number[] }> {
  const ms: number[] = []
  const bytes: number[] = []
  const gzip: number[] = []
  for (const url of urls) {
    const started = performance.now()
    const response = await get(url)
    const body = Buffer.from(await response.arrayBuffer())
    ms.push(performance.now() - started)
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`)
    bytes.push(body.length)
    gzip.push(gzipSync(body).length)
  }
  return { ms, bytes, gzip }
}

type Timed = Awaited<ReturnType<typeof timedRequests>>

/**
 * `urls` on a server, one at a time, timed once the server has answered the `warmUp` ones since it started. A
 * server's first few hundred answers are slower while V8 compiles the code they run, and a site's server has answered
 * many by the time most readers arrive (figures in docs/performance.md, "An article on a cache miss"). Both are
 * returned, `first` being the warm-up's.
 */
export async function timedAfterWarmUp(
  urls: readonly string[],
  warmUp: readonly string[],
): Promise<{ first: Timed; warm: Timed }> {
  const first = await timedRequests(warmUp)
  return { first, warm: await timedRequests(urls) }
}

/** `/search?q=…` for each query, timed after as many other queries (`timedAfterWarmUp`). */
export async function timedSearches(
  base: string,
  queries: readonly string[],
  warmUp: readonly string[],
): Promise<{ first: Timed; warm: Timed }> {
  const url = (q: string) => `${base}/search?q=${encodeURIComponent(q)}`
  return timedAfterWarmUp(queries.map(url), warmUp.map(url))
}

/** One step of a build as a benchmark reports it: seconds and peak MB (NaN for a part of a step). */
export type Phase = { phase: string; seconds: number; peakMB: number }

/** Seconds from a line of a step's output, e.g. "Compiled successfully in 33.8s" or "in 4.2min". */
function secondsIn(output: string, pattern: RegExp): number {
  const match = pattern.exec(output)
  if (!match) return NaN
  const value = Number(match[1])
  return match[2] === 'min' ? value * 60 : match[2] === 'ms' ? value / 1000 : value
}

/** What `next build` printed, as the parts of its `seconds`: compile, type check, and the rest (page data and pages). */
export function nextBuildParts(output: string, seconds: number): Phase[] {
  const compile = secondsIn(output, /Compiled successfully in ([\d.]+)(ms|s|min)/)
  const types = secondsIn(output, /Finished TypeScript in ([\d.]+)(ms|s|min)/)
  const pages = /Generating static pages using \d+ workers? \((\d+)\/\1\)/.exec(output)?.[1] ?? '?'
  return [
    { phase: '  of which compile', seconds: compile, peakMB: NaN },
    { phase: '  of which type check', seconds: types, peakMB: NaN },
    { phase: `  of which page data and generation (${pages} pages)`, seconds: seconds - compile - types, peakMB: NaN },
  ]
}

// Throwaway apps live in .bench/ inside the project: Turbopack compiles nothing
// outside its workspace root, so they must find this node_modules by walking
// up, with no lock file of their own (which would make them a root).
const root = path.join(import.meta.dirname, '..')
const benchDir = path.join(root, '.bench')

export function scratchDir(name: string): string {
  mkdirSync(benchDir, { recursive: true })
  return mkdtempSync(path.join(benchDir, `${name}-`))
}

/** A throwaway copy of the project's tracked files, lock file aside. */
export function projectCopy(name = 'archive'): string {
  return projectCopyAt(scratchDir(name))
}

/** The project's tracked files copied into `dir` (inside the project, where Turbopack finds node_modules). */
export function projectCopyAt(dir: string): string {
  mkdirSync(dir, { recursive: true })
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean)
  for (const file of files.filter((f) => f !== 'package-lock.json')) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    cpSync(path.join(root, file), path.join(dir, file))
  }
  // For code that reads files from node_modules relative to the working directory (the social card's font).
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'))
  return dir
}

/** What a build writes into a project copy beside `.next`: the content build's output and the pictures it made. */
const generatedDirs = ['.next', '.contentlayer', '.contentlayer-batch', '.search', 'public/_img']

/**
 * Puts a project copy in the state a Vercel deploy starts from: a fresh
 * checkout (every article file written anew, nothing generated) with
 * `.next/cache` restored, or without it (`keepCache: false`, a cold build).
 */
export function freshCheckout(dir: string, { keepCache }: { keepCache: boolean }): void {
  const cache = path.join(dir, '.next/cache')
  const aside = `${dir}-cache`
  if (keepCache) renameSync(cache, aside)
  for (const generated of generatedDirs) rmSync(path.join(dir, generated), { recursive: true, force: true })
  if (keepCache) {
    mkdirSync(path.join(dir, '.next'))
    renameSync(aside, cache)
  }
  const now = new Date()
  const posts = path.join(dir, contentDir, 'posts')
  for (const file of readdirSync(posts)) utimesSync(path.join(posts, file), now, now)
  // In a repository, as `git clone` leaves it: the index records the files as written, so the build's git
  // commands do not read every file again to learn that it did not change (10 s at 100,000 articles).
  if (existsSync(path.join(dir, '.git'))) refreshIndex(dir)
}

/**
 * Replaces the figures between `<!-- name:start -->` and `<!-- name:end -->`
 * in docs/performance.md, then formats the file with the project's Prettier,
 * so a bench run leaves the docs as `npm test` expects them.
 */
export function writeFigures(blocks: Record<string, string>): void {
  const docPath = path.join(root, 'docs/performance.md')
  let doc = readFileSync(docPath, 'utf8')
  for (const [name, figures] of Object.entries(blocks)) {
    const block = new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->`)
    doc = doc.replace(block, () => `<!-- ${name}:start -->\n\n${figures}\n\n<!-- ${name}:end -->`)
  }
  writeFileSync(docPath, doc)
  execFileSync(path.join(root, 'node_modules/.bin/prettier'), ['--write', docPath], { stdio: 'ignore' })
}

const chromium = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined

/** One Lighthouse run (mobile preset) of a page: its category scores, LCP, FCP and CLS. */
export async function lighthouseRun(url: string): Promise<Record<string, number>> {
  const out = execFileSync(
    'node_modules/.bin/lighthouse',
    [
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
    ],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: { ...process.env, ...(chromium ? { CHROME_PATH: chromium } : {}) },
    },
  )
  const report: {
    categories: Record<string, { score: number | null }>
    audits: Record<string, { numericValue?: number }>
  } = JSON.parse(out)
  const scores: Record<string, number> = Object.fromEntries(
    Object.entries(report.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]),
  )
  return {
    ...scores,
    'LCP ms': Math.round(report.audits['largest-contentful-paint']?.numericValue ?? NaN),
    'FCP ms': Math.round(report.audits['first-contentful-paint']?.numericValue ?? NaN),
    CLS: Math.round((report.audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
  }
}

/**
 * One Lighthouse run's performance score swings by several points on this
 * VM (simulated throttling multiplies its CPU noise), so, as Lighthouse's docs
 * advise, the page is run several times and the median run by performance is
 * reported, with the range beside it.
 */
export async function lighthouse(url: string, lighthouseRuns: number) {
  const runs = []
  for (let i = 0; i < lighthouseRuns; i++) runs.push(await lighthouseRun(url))
  return medianByPerformance(runs)
}

/** Of several Lighthouse runs of one page, the median run by performance, with the range of the scores beside it. */
export function medianByPerformance(runs: readonly Record<string, number>[]) {
  const byPerformance = runs.toSorted((a, b) => (a.performance ?? 0) - (b.performance ?? 0))
  const median = byPerformance[Math.floor((byPerformance.length - 1) / 2)] ?? {}
  const range = `${byPerformance[0]?.performance}–${byPerformance.at(-1)?.performance}`
  return { ...median, 'performance range': `${range} (${runs.length} runs)` }
}

/** Rows as a Markdown table, for the figures blocks of docs/performance.md (writeFigures formats it). */
export function markdownTable(rows: Record<string, unknown>[]): string {
  const keys = Object.keys(rows[0] ?? {})
  return [
    `| ${keys.join(' | ')} |`,
    `| ${keys.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${keys.map((k) => String(r[k])).join(' | ')} |`),
  ].join('\n')
}
