import { describe, expect, it } from 'vitest'
import { serialRunner } from './watch-runner'

const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms))

/** A runner over a check that fails its first `failures` runs with `message`; `runs()` counts every run. */
function failingCheck(failures: number, message: string, options: { retries?: number } = {}) {
  const lines: string[] = []
  let runs = 0
  const trigger = serialRunner(
    async () => {
      runs += 1
      if (runs <= failures) throw new Error(message)
    },
    { ...options, delayMs: 1, report: (line) => lines.push(line) },
  )
  return { trigger, lines, runs: () => runs }
}

describe('the content check under npm run dev (check:content --watch)', () => {
  it('goes on after a check that fails midway (a file deleted while it was read), and checks again', async () => {
    const check = failingCheck(1, "ENOENT: no such file or directory, open 'content/posts/gone.mdx'")
    await expect(check.trigger()).resolves.toBeUndefined()
    expect(check.runs()).toBe(2)
    expect(check.lines).toEqual([
      "Content check: stopped (ENOENT: no such file or directory, open 'content/posts/gone.mdx'); checking again in a moment.",
    ])
  })

  it('stops retrying a check that keeps failing, and runs it on the next change', async () => {
    const check = failingCheck(Infinity, 'EACCES: permission denied', { retries: 3 })
    await check.trigger()
    expect(check.runs()).toBe(3)
    expect(check.lines.at(-1)).toContain('checking again on the next change')
    // The next change: three tries again.
    const before = check.runs()
    await check.trigger()
    expect(check.runs() - before).toBe(3)
  })

  it('runs one check at a time, and once more after it for changes that came during it', async () => {
    let active = 0
    let most = 0
    let calls = 0
    const trigger = serialRunner(async () => {
      calls += 1
      active += 1
      most = Math.max(most, active)
      await tick(20)
      active -= 1
    })
    const first = trigger()
    await tick()
    // Three saves while the first check runs: one more check covers them all.
    void trigger()
    void trigger()
    await trigger()
    await first
    expect(most).toBe(1)
    expect(calls).toBe(2)
  })
})
