// npm run bench:dev-start: a newcomer's first `npm run dev`, timed until the home page answers: a clone
// of this repository's HEAD with `npm ci` done, and before each run everything but node_modules that is
// not in git removed (`git clean`), so nothing is built. Median of BENCH_RUNS (3) runs.
// Figures: docs/performance.md#a-newcomers-first-page.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startDev, waitFor, writeFigures } from './bench-lib'

const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3))
const port = 3216
const log = (message: string) => console.error(`[bench:dev-start] ${message}`)

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'news-ledge-dev-start-'))
  try {
    execFileSync('git', ['clone', '-q', process.cwd(), dir])
    log(`npm ci in ${dir}`)
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'ignore' })
    const seconds: number[] = []
    for (let run = 0; run < runs; run++) {
      execFileSync('git', ['clean', '-fdxq', '-e', 'node_modules'], { cwd: dir })
      const dev = startDev(dir, port)
      seconds.push(await waitFor(`http://localhost:${port}/`, (status) => status === 200))
      await dev.stop()
      log(`run ${run + 1}: ${seconds.at(-1)?.toFixed(1)} s`)
    }
    const median = seconds.toSorted((a, b) => a - b)[Math.floor(seconds.length / 2)] ?? NaN
    const summary = `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:dev-start\`: \`npm run dev\` on a fresh clone (after \`npm ci\`) answered its home page after ${median.toFixed(1)} s (median of ${runs}; each run ${seconds.map((s) => s.toFixed(1)).join(', ')} s).`
    console.log(summary)
    writeFigures({ 'bench-dev-start': summary })
  } finally {
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 500 })
  }
}

await main()
