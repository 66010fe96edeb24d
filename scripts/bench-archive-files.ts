// npm run bench:archive-files
// The production build of a 10,000-article archive, phase by phase (content
// check, Contentlayer, content index, search index, Next compile, type check,
// page generation), three times: cold (no caches), then as a deploy after
// one article's text changed and after one article was added. Each warm
// build starts as a Vercel deploy does: a fresh checkout (new file times, no
// .contentlayer, .search or public/_img) with only .next/cache kept.
// Prints a table and writes it into docs/performance.md (also run by npm run bench).
//   BENCH_ARCHIVE_SIZE=10000   synthetic articles added to the site's own
import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  benchEnv,
  commitAll,
  freshCheckout,
  markdownTable,
  measureCommand,
  nextBuildParts,
  type Phase,
  projectCopy,
  sleep,
  startDev,
  waitFor,
  writeFigures,
} from './bench-lib'
import { syntheticArticles, writeSyntheticArchive } from './synthetic-archive'

const size = Number(process.env.BENCH_ARCHIVE_SIZE ?? 10000)
const log = (message: string) => console.error(`[bench:archive] ${message}`)

/** The steps of `npm run build`, one command each, so each has its own time and peak memory. */
async function build(dir: string): Promise<Phase[]> {
  const phases: Phase[] = []
  const run = async (phase: string, command: string, args: string[]) => {
    const result = await measureCommand(command, args, { cwd: dir, env: benchEnv })
    if (result.code !== 0) throw new Error(`${phase} failed:\n${result.output}`)
    phases.push({ phase, seconds: result.seconds, peakMB: result.peakMB })
    return result
  }
  const tsx = [path.join(dir, 'node_modules/tsx/dist/cli.mjs')]
  await run('content check', process.execPath, [...tsx, 'scripts/check-content.ts', '--strict'])
  const content = await run('Contentlayer + content index', process.execPath, [...tsx, 'scripts/content-build.ts'])
  // The index step prints its laps (scripts/content-index.ts); Contentlayer's share is the rest.
  const laps = /Content index: (.*)/.exec(content.output)?.[1] ?? ''
  for (const [, step, seconds] of laps.matchAll(/([^,]+?) ([\d.]+) s(?:, |$)/g)) {
    phases.push({ phase: `  of which content index: ${step}`, seconds: Number(seconds), peakMB: NaN })
  }
  await run('search index', process.execPath, [...tsx, 'scripts/search-index.ts'])
  const next = await run('next build', process.execPath, [path.join(dir, 'node_modules/next/dist/bin/next'), 'build'])
  phases.push(...nextBuildParts(next.output, next.seconds))
  return phases
}

/** Polls a URL until `done` holds for its response (or two minutes pass); seconds waited, or NaN. */
/** An editor's loop: `npm run dev` until the home page answers, then a sentence added to an article until its page shows it, then a new headline. */
async function devServer(dir: string, edit: string, editFile: string) {
  const port = 3215
  const started = performance.now()
  // `contentlayer2 dev` prints the content index's laps each time it has brought the content up to date.
  let indexed = 0
  const dev = startDev(dir, port, (text) => (indexed += text.split('Content index:').length - 1))
  const url = `http://127.0.0.1:${port}`
  const firstPage = await waitFor(url, (status) => status === 200)
  const article = `${url}/posts/${edit}`
  await waitFor(article, (status) => status === 200)
  // An edit while the first catch-up runs waits for it; the editor's loop is measured once it is done.
  while (indexed === 0 && performance.now() - started < 600_000) await sleep(100)
  const caughtUp = (performance.now() - started) / 1000
  const marker = `Edited in the dev server ${Date.now()}`
  const text = readFileSync(editFile, 'utf8')
  const editStarted = performance.now()
  // A sentence added to the body, the most common edit.
  writeFileSync(editFile, `${text}\n${marker}.\n`)
  const editSeconds = await waitFor(article, (status, body) => status === 200 && body.includes(marker))
  const shown = Number.isNaN(editSeconds) ? NaN : (performance.now() - editStarted) / 1000
  while (indexed < 2 && performance.now() - editStarted < 300_000) await sleep(100)
  const reindexed = (performance.now() - editStarted) / 1000
  // A new headline: front matter, which the page takes from the content build.
  const headline = `A headline changed in the dev server ${Date.now()}`
  const headlineStarted = performance.now()
  writeFileSync(editFile, readFileSync(editFile, 'utf8').replace(/^title: .*$/m, `title: '${headline}'`))
  const headlineShown = await waitFor(article, (status, body) => status === 200 && body.includes(headline))
  const headlineSeconds = Number.isNaN(headlineShown) ? NaN : (performance.now() - headlineStarted) / 1000
  await dev.stop()
  return { firstPageSeconds: firstPage, caughtUp, editSeconds: shown, reindexed, headlineSeconds }
}

async function main() {
  const dir = projectCopy('archive-build')
  writeSyntheticArchive(path.join(dir, 'content'), syntheticArticles(size))
  // A repository, as on Vercel (history pages, the published-text rule). Its
  // .git is a file pointing elsewhere: Next takes a .git directory for the
  // workspace's edge and would not find the node_modules this copy links to.
  execFileSync('git', ['init', '-q', '-b', 'main', `--separate-git-dir=${dir}.git`], { cwd: dir })
  commitAll(dir, `${size} synthetic articles`)

  log(`cold build, ${size} synthetic articles, in ${dir}`)
  const cold = await build(dir)

  // One article's text changes: a sentence added to the newest synthetic story's body.
  const edit = syntheticArticles(1)[0]?.slug ?? 'synthetic-00000'
  const editFile = path.join(dir, 'content/posts', `${edit}.mdx`)
  writeFileSync(editFile, `${readFileSync(editFile, 'utf8')}\nThis sentence was added after the first build.\n`)
  // A fix of wording, so the published-text rule lets it through (docs/editing.md).
  commitAll(dir, `One article edited\n\nMinor-change: ${edit}`)
  freshCheckout(dir, { keepCache: true })
  log('warm build after one article changed')
  const edited = await build(dir)

  // One article is added.
  const seed = readFileSync(path.join(dir, 'content/posts/microsoft-loses-first-round-over-dublin-emails.mdx'), 'utf8')
  writeFileSync(
    path.join(dir, 'content/posts/breaking-story-added-after-the-build.mdx'),
    seed.replace(/^title: .*$/m, 'title: A breaking story added after the build'),
  )
  commitAll(dir, 'One article added')
  freshCheckout(dir, { keepCache: true })
  log('warm build after one article was added')
  const added = await build(dir)

  log('npm run dev on the same archive (caches warm, as after a build): first page, then one edit')
  const dev = await devServer(dir, edit, editFile)

  // The dev server's last writes may still land as it stops.
  rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 500 })
  rmSync(`${dir}.git`, { recursive: true, force: true })

  const fmt = (n: number) => (Number.isNaN(n) ? '' : String(Math.round(n)))
  const rows = cold.map((phase, i) => ({
    phase: phase.phase,
    'cold s': fmt(phase.seconds),
    'cold peak MB': fmt(phase.peakMB),
    'one changed s': fmt(edited[i]?.seconds ?? NaN),
    'one changed peak MB': fmt(edited[i]?.peakMB ?? NaN),
    'one added s': fmt(added[i]?.seconds ?? NaN),
    'one added peak MB': fmt(added[i]?.peakMB ?? NaN),
  }))
  const total = (phases: Phase[]) => phases.filter((p) => !p.phase.startsWith(' ')).reduce((s, p) => s + p.seconds, 0)
  const peak = (phases: Phase[]) => Math.max(...phases.map((p) => p.peakMB).filter((n) => !Number.isNaN(n)))
  rows.push({
    phase: '**whole build**',
    'cold s': fmt(total(cold)),
    'cold peak MB': fmt(peak(cold)),
    'one changed s': fmt(total(edited)),
    'one changed peak MB': fmt(peak(edited)),
    'one added s': fmt(total(added)),
    'one added peak MB': fmt(peak(added)),
  })
  console.table(rows)
  const ratio = (warm: Phase[]) => (total(warm) / total(cold)).toFixed(2)
  const seconds = (n: number) => (Number.isNaN(n) ? 'not within 120 s' : `${n.toFixed(1)} s`)
  const summary = [
    `Warm build after one article changed: ${fmt(total(edited))} s, ${ratio(edited)} of the cold build; after one was added: ${fmt(total(added))} s (${ratio(added)}).`,
    `\`npm run dev\` on the same archive, caches warm: the home page answered ${seconds(dev.firstPageSeconds)} after start (the content as last built); \`contentlayer2 dev\` had brought the content up to date ${seconds(dev.caughtUp)} after start. Then a sentence added to an article showed on its page ${seconds(dev.editSeconds)} after the save; lists, related posts and the other indexes were rewritten ${seconds(dev.reindexed)} after it. A new headline (front matter) showed on the page ${seconds(dev.headlineSeconds)} after its save.`,
  ].join('\n\n')
  console.log(summary)
  writeFigures({
    'bench-archive-files': [
      `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:archive-files\`: the site with ${size.toLocaleString('en-US')} synthetic articles added, \`npm run build\` one step at a time; peak memory is each step's process tree.`,
      '',
      markdownTable(rows),
      '',
      summary,
    ].join('\n'),
  })
}

await main()
