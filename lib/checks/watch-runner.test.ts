import { describe, expect, it } from 'vitest'
import { serialRunner } from './watch-runner'

const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the content check under npm run dev (check:content --watch)', () => {
  it('goes on after a check that fails midway (a file deleted while it was read), and checks again', async () => {
    const lines: string[] = []
    let calls = 0
    const trigger = serialRunner(
      async () => {
        calls += 1
        if (calls === 1) throw new Error("ENOENT: no such file or directory, open 'content/posts/gone.mdx'")
      },
      { delayMs: 1, report: (line) => lines.push(line) },
    )
    await expect(trigger()).resolves.toBeUndefined()
    expect(calls).toBe(2)
    expect(lines).toEqual([
      "Content check: stopped (ENOENT: no such file or directory, open 'content/posts/gone.mdx'); checking again in a moment.",
    ])
  })

  it('stops retrying a check that keeps failing, and runs it on the next change', async () => {
    const lines: string[] = []
    let calls = 0
    const trigger = serialRunner(
      async () => {
        calls += 1
        throw new Error('EACCES: permission denied')
      },
      { retries: 3, delayMs: 1, report: (line) => lines.push(line) },
    )
    await trigger()
    expect(calls).toBe(3)
    expect(lines.at(-1)).toContain('checking again on the next change')
    await trigger()
    expect(calls).toBe(6)
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
