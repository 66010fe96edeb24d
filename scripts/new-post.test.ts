import { execFile } from 'node:child_process'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { projectCopy } from './bench-lib'
import { contentDir } from '../lib/content/schema'

const run = promisify(execFile)
let dir: string
beforeAll(() => {
  dir = projectCopy('new-post')
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

// An editor's first two steps: scaffold an article, then build the content as
// `npm run dev` and `npm run build` do (the check, Contentlayer and its
// indexes), not only the check.
describe('npm run new-post', () => {
  it('writes a draft that the full content build accepts, template text and all', async () => {
    const created = await run('npm', ['run', 'new-post', '--', 'Microsoft’s Cloud: What Changes in 2027?'], {
      cwd: dir,
    })
    expect(created.stdout).toContain(`Created ${contentDir}/posts/microsofts-cloud-what-changes-in-2027.mdx`)
    const built = await run('npm', ['run', 'content'], { cwd: dir }).catch((error: unknown) => ({
      stdout: '',
      stderr: error instanceof Error ? `${error.message}` : String(error),
    }))
    expect(built.stderr).not.toContain('does not exist')
    expect(built.stdout).toContain('Content check passed.')
    const index: unknown = JSON.parse(await readFile(path.join(dir, '.contentlayer/post-index.json'), 'utf8'))
    expect(JSON.stringify(index)).toContain('"slug":"microsofts-cloud-what-changes-in-2027"')
  }, 120_000)
})
