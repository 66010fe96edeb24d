// Checks the articles under content/ and explains every mistake, with file
// and line, before Contentlayer or Next sees them.
//   npm run check:content             check once; exit 1 on any problem
//   npm run check:content -- --strict also fail when a published article's text changed
//                                     without a correction note (the production build)
//   npm run check:content -- --watch  keep checking on every save (npm run dev runs this)
// With DATABASE_URL, the files a publish would compile (those changed since the last publish to the
// environment's schema), against what the store holds of the rest.
// Both write .contentlayer/content-problems.json, which the dev server shows on the page.
import { watch } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { checkContent } from '../lib/checks/check-content'
import { serialRunner } from '../lib/checks/watch-runner'
import { writeEditorialFiles } from '../lib/content/generated-files'
import { checkPublishedChanges } from '../lib/checks/published-changes'
import { contentEnvironment } from '../lib/content/visibility'
import { contentDir } from '../lib/content/schema'
import { formatProblems } from '../lib/checks/problems'
import { contentHash } from '../lib/build-cache/result-cache'
import { writeFileAtomic } from '../lib/build-cache/files'
import { databaseUrl } from '../lib/environment'
import { checkScope } from '../lib/store/check-scope'
import { isRepository, workingTree, type WorkingTree } from '../lib/history/git'
import { connect } from '../lib/store/database'
import { contentSchema } from '../lib/store/schema'

const root = process.cwd()
// Strict only where readers are: a Vercel preview of a branch keeps it a warning.
const strict = process.argv.includes('--strict') && contentEnvironment() === 'production'
const problemsFile = path.join(root, '.contentlayer', 'content-problems.json')
/**
 * The articles saved while `--watch` runs (path under content/ → a hash of
 * the text, or "deleted"): the dev server shows their bodies as saved, and
 * refreshes open pages each time this file changes (lib/content/posts.ts).
 * Empty outside --watch.
 */
const savedFile = path.join(root, '.contentlayer', 'saved-articles.json')
const saved: Record<string, string> = {}

// Whole or not at all: the dev server compiles this file as a module the moment it changes, and a half-written
// one ("Unable to make a module from invalid JSON") fails every page until the next save.
const writeSaved = async () => writeFileAtomic(savedFile, `${JSON.stringify(saved, null, 1)}\n`)
// Its type, for TypeScript (allowArbitraryExtensions), as scripts/content-index.ts types the other generated JSON.
await mkdir(path.dirname(savedFile), { recursive: true })
await writeFile(
  savedFile.replace(/\.json$/, '.d.json.ts'),
  '// NOTE Written by scripts/check-content.ts\ndeclare const saved: Partial<Record<string, string>>\nexport default saved\n',
)

/**
 * With DATABASE_URL (not while watching), only what the publish will compile: the files changed since the
 * last publish, against the rest of the archive as the store holds it (lib/store/check-scope.ts), which the
 * check asks about the names those files use.
 */
async function checkFiles(tree: WorkingTree | undefined) {
  const url = databaseUrl()
  if (!url || process.argv.includes('--watch')) return checkContent(root, contentDir)
  const db = connect(url, contentSchema(contentEnvironment()), { max: 5 })
  try {
    const scope = await checkScope(root, contentDir, db, tree)
    if (scope)
      console.log(`Content check: the ${scope.only.size} articles changed since the last publish to ${db.schema}.`)
    return await checkContent(root, contentDir, scope ?? undefined)
  } finally {
    await db.sql.end()
  }
}

async function run(): Promise<boolean> {
  // How the articles' folder differs from HEAD, read once for both checks (lib/history/git.ts workingTree).
  const tree = isRepository(root) ? workingTree(root, path.join(contentDir, 'posts')) : undefined
  const changes = await checkPublishedChanges(root, contentDir, new Date(), undefined, tree)
  const problems = [...(await checkFiles(tree)), ...(strict ? changes.problems : [])]
  if (!strict && changes.problems.length > 0) {
    const lines = changes.problems.map((p) => `  ${p.file}: ${p.message}`).join('\n')
    console.warn(`Warning (an error in the production build, npm run build):\n${lines}`)
  }
  await mkdir(path.dirname(problemsFile), { recursive: true })
  writeFileAtomic(problemsFile, `${JSON.stringify(problems, null, 1)}\n`)
  if (problems.length > 0) console.error(formatProblems(problems))
  else console.log('Content check passed.')
  if (process.argv.includes('--watch')) await showEditorialFiles()
  return problems.length === 0
}

/**
 * Under `npm run dev`, an edit to content/sections.yml or content/front-page.yml shows at once:
 * `contentlayer2 dev` reads only the articles, so what pages read of them is written here, unless the
 * check found a mistake (it shows on the page instead).
 */
async function showEditorialFiles() {
  await writeEditorialFiles(root, contentDir).catch(() => undefined)
}

// One check at a time; one that fails midway is tried again, and never ends the dev server (lib/checks/watch-runner.ts).
const runWatched = serialRunner(run)

if (process.argv.includes('--watch')) {
  await writeSaved()
  await runWatched()
  let timer: NodeJS.Timeout | undefined
  watch(path.join(root, contentDir), { recursive: true }, (_event, name) => {
    // The refresh first, at once: checking the whole archive takes seconds at 10,000 articles.
    if (name?.endsWith('.mdx')) {
      void readFile(path.join(root, contentDir, name))
        .then(
          (text) => contentHash(text),
          () => 'deleted',
        )
        .then((hash) => {
          if (saved[name] === hash) return
          saved[name] = hash
          return writeSaved()
        })
        // The next save writes the list again; this process must not end over one write (see runWatched).
        .catch(() => undefined)
    }
    clearTimeout(timer)
    timer = setTimeout(() => void runWatched(), 150)
  })
} else {
  await writeSaved()
  process.exitCode = (await run()) ? 0 : 1
}
