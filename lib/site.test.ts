import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)

/** `next build` with only the given site variables set; it should stop while reading next.config.js. */
async function buildWith(siteEnv: Record<string, string>) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...siteEnv,
    NEXT_DIST_DIR: '.next-site-url-test',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  for (const name of ['SITE_URL', 'NEXT_PUBLIC_SITE_URL', 'VERCEL_PROJECT_PRODUCTION_URL', 'VERCEL_ENV']) {
    if (!(name in siteEnv)) delete env[name]
  }
  return run(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { env }).then(
    () => ({ code: 0, stderr: '' }),
    (error: { code?: number; stderr?: string }) => ({ code: error.code ?? 1, stderr: error.stderr ?? '' }),
  )
}

// Each test starts `next build` in a process of its own, which can take more than the 5 s default on a busy machine.
describe('the site URL of a production build', { timeout: 60_000 }, () => {
  it('stops a build that does not know where the site lives, saying what to set', async () => {
    const { code, stderr } = await buildWith({})
    expect(code).toBe(1)
    expect(stderr).toContain('SITE_URL is not set')
    expect(stderr).toContain('SITE_URL=https://your.domain npm run build')
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  it('stops a build whose SITE_URL is not a URL', async () => {
    const { code, stderr } = await buildWith({ SITE_URL: 'newsledge.example' })
    expect(code).toBe(1)
    expect(stderr).toContain('SITE_URL is "newsledge.example", which is not a URL')
  })
})
