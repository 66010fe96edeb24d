// Checks the articles under content/ and explains every mistake, with file
// and line, before Contentlayer or Next sees them.
//   npm run check:content             check once; exit 1 on any problem
//   npm run check:content -- --strict also fail when a published article's text changed
//                                     without a correction note (the production build)
//   npm run check:content -- --watch  keep checking on every save (npm run dev runs this)
// Both write .contentlayer/content-problems.json, which the dev server shows on the page.
import { watch } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { checkContent } from '../lib/checks/check-content'
import { checkPublishedChanges } from '../lib/checks/published-changes'
import { contentEnvironment } from '../lib/content/visibility'
import { contentDir } from '../lib/content/schema'
import { formatProblems } from '../lib/checks/problems'

const root = process.cwd()
// Strict only where readers are: a Vercel preview of a branch keeps it a warning.
const strict = process.argv.includes('--strict') && contentEnvironment() === 'production'
const problemsFile = path.join(root, '.contentlayer', 'content-problems.json')

async function run(): Promise<boolean> {
  const changes = await checkPublishedChanges(root, contentDir, new Date())
  const problems = [...(await checkContent(root, contentDir)), ...(strict ? changes.problems : [])]
  if (!strict && changes.problems.length > 0) {
    const lines = changes.problems.map((p) => `  ${p.file}: ${p.message}`).join('\n')
    console.warn(`Warning (an error in the production build, npm run build):\n${lines}`)
  }
  await mkdir(path.dirname(problemsFile), { recursive: true })
  await writeFile(problemsFile, `${JSON.stringify(problems, null, 1)}\n`)
  if (problems.length > 0) console.error(formatProblems(problems))
  else console.log('Content check passed.')
  return problems.length === 0
}

if (process.argv.includes('--watch')) {
  await run()
  let timer: NodeJS.Timeout | undefined
  watch(path.join(root, contentDir), { recursive: true }, () => {
    clearTimeout(timer)
    timer = setTimeout(() => void run(), 150)
  })
} else {
  process.exitCode = (await run()) ? 0 : 1
}
