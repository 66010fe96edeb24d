import { execFile } from 'node:child_process'
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SITE } from '../e2e/fixtures'

const run = promisify(execFile)
const script = path.resolve('scripts/check-content.ts')
const tsx = path.resolve('node_modules/.bin/tsx')

let root: string
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'news-ledge-cli-'))
  await cp(`${SITE}/content`, path.join(root, 'content'), { recursive: true })
  await cp(`${SITE}/public`, path.join(root, 'public'), { recursive: true })
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

// Each test starts the check in a process of its own, which alone can take more than the 5 s default on a busy
// machine (both failed so once on this project's 2-core one).
describe('npm run check:content', { timeout: 60_000 }, () => {
  it('passes good content', async () => {
    const { stdout } = await run(tsx, [script], { cwd: root, env: { ...process.env, CONTENT_DIR: 'content' } })
    expect(stdout).toContain('Content check passed.')
  })

  it('exits non-zero with a message naming file, line and fix, and no stack trace', async () => {
    await writeFile(
      path.join(root, 'content/posts/broken.mdx'),
      "---\ntitle: 'Broken'\ndate: 2014-13-45\nsummary: 'x'\ncategory: Tech\n---\n\nText.\n",
    )
    const failure = await run(tsx, [script], { cwd: root, env: { ...process.env, CONTENT_DIR: 'content' } }).then(
      () => null,
      (error: unknown) => error,
    )
    expect(failure).toMatchObject({ code: 1 })
    const stderr = failure && typeof failure === 'object' && 'stderr' in failure ? String(failure.stderr) : ''
    expect(stderr).toContain('content/posts/broken.mdx:3: "date" is "2014-13-45", which is not a real date.')
    expect(stderr).not.toMatch(/^\s+at /m)
  })
})
