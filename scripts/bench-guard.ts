// npm run bench:guard (and part of npm run bench)
// What proxy.ts costs and saves: the latency it adds to article reads, and how
// much the server's cache grows when a crawler sends made-up article slugs,
// with the proxy and without it (the same site built without proxy.ts).
//   BENCH_GUARD_SLUGS=10000   made-up slugs sent to the server with the proxy
import { rmSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Agent, request } from 'node:http'
import {
  benchEnv,
  directoryBytes,
  measureCommand,
  projectCopy,
  seedPath,
  startServer,
  writeFigures,
  type Server,
} from './bench-lib'

const log = (message: string) => console.error(`[bench:guard] ${message}`)

/** Sends `count` distinct made-up article slugs, 10 at a time; returns how many answered 404. */
async function madeUpSlugs(server: Server, count: number, run: string): Promise<number> {
  let next = 0
  let notFound = 0
  const worker = async () => {
    while (next < count) {
      const i = next++
      const response = await fetch(`${server.url}/posts/made-up-${run}-${i}`)
      await response.arrayBuffer()
      if (response.status === 404) notFound++
    }
  }
  await Promise.all(Array.from({ length: 10 }, worker))
  return notFound
}

/**
 * Latency of article reads, one request at a time over one kept-alive
 * connection, so the figures are the server's own work. Timed here to the
 * hundredth of a millisecond: autocannon reports whole milliseconds, too coarse
 * for a check that should cost well under one.
 */
async function readLatency(server: Server, requests = 3000) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  const get = () =>
    new Promise<void>((resolve, reject) => {
      request(server.url + seedPath, { agent }, (response) => {
        response.resume()
        response.on('end', resolve)
      })
        .on('error', reject)
        .end()
    })
  for (let i = 0; i < 200; i++) await get()
  const times: number[] = []
  for (let i = 0; i < requests; i++) {
    const start = performance.now()
    await get()
    times.push(performance.now() - start)
  }
  agent.destroy()
  times.sort((x, y) => x - y)
  const at = (q: number) => Math.round((times[Math.floor(q * (times.length - 1))] ?? 0) * 100) / 100
  return { p50: at(0.5), p99: at(0.99) }
}

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? 0

export type SlugGuardResult = Awaited<ReturnType<typeof slugGuardBench>>

export async function slugGuardBench(slugs = Number(process.env.BENCH_GUARD_SLUGS ?? 10_000)) {
  const withProxy = projectCopy('guard-on')
  const withoutProxy = projectCopy('guard-off')
  rmSync(path.join(withoutProxy, 'proxy.ts'))
  for (const dir of [withProxy, withoutProxy]) {
    log(`building ${path.basename(dir)}`)
    const build = await measureCommand('npm', ['run', 'build'], { cwd: dir, env: benchEnv })
    if (build.code !== 0) throw new Error(build.output)
  }
  // Alternate the two servers so that drift on this machine falls on both alike; report medians.
  const latency: Record<'on' | 'off', { p50: number[]; p99: number[] }> = {
    on: { p50: [], p99: [] },
    off: { p50: [], p99: [] },
  }
  for (let round = 0; round < 3; round++) {
    for (const [key, dir] of [
      ['on', withProxy],
      ['off', withoutProxy],
    ] as const) {
      const server = await startServer(dir, 3230, benchEnv)
      await fetch(server.url + seedPath)
      const figures = await readLatency(server)
      latency[key].p50.push(figures.p50)
      latency[key].p99.push(figures.p99)
      await server.stop()
    }
  }
  log(`sending ${slugs} made-up slugs with the proxy`)
  let server = await startServer(withProxy, 3231, benchEnv)
  const cache = path.join(withProxy, '.next')
  const before = directoryBytes(cache)
  const notFound = await madeUpSlugs(server, slugs, 'on')
  const growthWith = directoryBytes(cache) - before
  await server.stop()
  // Without the proxy each slug renders and is kept; a few hundred show the rate.
  const sampleWithout = Math.min(300, slugs)
  log(`sending ${sampleWithout} made-up slugs without the proxy`)
  server = await startServer(withoutProxy, 3232, benchEnv)
  const cacheOff = path.join(withoutProxy, '.next')
  const beforeOff = directoryBytes(cacheOff)
  await madeUpSlugs(server, sampleWithout, 'off')
  const growthWithoutPerSlug = (directoryBytes(cacheOff) - beforeOff) / sampleWithout
  await server.stop()
  rmSync(withProxy, { recursive: true, force: true })
  rmSync(withoutProxy, { recursive: true, force: true })
  return {
    slugs,
    notFound,
    cacheGrowthWithProxyBytes: growthWith,
    cacheGrowthWithoutProxyBytesPerSlug: Math.round(growthWithoutPerSlug),
    latencyMs: {
      withProxy: { p50: median(latency.on.p50), p99: median(latency.on.p99) },
      withoutProxy: { p50: median(latency.off.p50), p99: median(latency.off.p99) },
    },
  }
}

/** The figures as Markdown, for docs/performance.md. */
export function slugGuardFigures(result: SlugGuardResult): string {
  const { latencyMs: l } = result
  return [
    `**Made-up article slugs** (proxy.ts), ${result.slugs.toLocaleString('en-US')} distinct ones sent to \`next start\`: ${result.notFound.toLocaleString('en-US')} answered 404, and the server's \`.next\` grew by ${(result.cacheGrowthWithProxyBytes / 1024).toFixed(1)} KB. The same site built without the proxy keeps ${(result.cacheGrowthWithoutProxyBytesPerSlug / 1024).toFixed(1)} KB per made-up slug (${((result.cacheGrowthWithoutProxyBytesPerSlug * result.slugs) / 2 ** 20).toFixed(0)} MB for as many).`,
    '',
    '| article reads (3,000 one at a time, median of 3 alternating runs) | p50 ms | p99 ms |',
    '| --- | --- | --- |',
    `| with the proxy | ${l.withProxy.p50} | ${l.withProxy.p99} |`,
    `| without it | ${l.withoutProxy.p50} | ${l.withoutProxy.p99} |`,
  ].join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await slugGuardBench()
  console.log(slugGuardFigures(result))
  console.log(JSON.stringify(result))
  writeFigures({ 'bench-guard': slugGuardFigures(result) })
}
