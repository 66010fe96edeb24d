import { spawn } from 'node:child_process'
import { expect, test } from '@playwright/test'
import { draft, seed } from './fixtures'

// How the server is started must not change what a build shows: the
// production build, served by a process that says NODE_ENV=development.
test('a production build started with NODE_ENV=development still hides drafts', async ({ request }) => {
  test.slow()
  const port = 3120 + test.info().workerIndex
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    env: { ...process.env, NODE_ENV: 'development' },
    stdio: 'ignore',
  })
  try {
    const base = `http://127.0.0.1:${port}`
    await expect(async () => {
      expect((await request.get(`${base}${seed.path}`)).status()).toBe(200)
    }).toPass({ timeout: 30_000 })
    expect((await request.get(`${base}${draft.path}`)).status()).toBe(404)
    const home = await (await request.get(`${base}/`)).text()
    expect(home).toContain(seed.title)
    expect(home).not.toContain(draft.title)
    expect(await (await request.get(`${base}/feed.xml`)).text()).not.toContain(draft.path)
  } finally {
    server.kill()
  }
})
