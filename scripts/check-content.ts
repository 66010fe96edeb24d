// Checks the articles under content/ and explains every mistake, with file
// and line, before Contentlayer or Next sees them.
//   npm run check:content            check once; exit 1 on any problem
//   npm run check:content -- --watch keep checking on every save (npm run dev runs this)
// Both write .contentlayer/content-problems.json, which the dev server shows on the page.
import { watch } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { checkContent } from '../lib/checks/check-content'
import { contentDir } from '../lib/content/schema'
import { formatProblems } from '../lib/checks/problems'

const root = process.cwd()
const problemsFile = path.join(root, '.contentlayer', 'content-problems.json')

async function run(): Promise<boolean> {
  const problems = await checkContent(root, contentDir)
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
