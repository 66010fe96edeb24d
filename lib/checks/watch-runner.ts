/**
 * How `npm run check:content -- --watch` (under `npm run dev`) runs its check on each change: one run at a time,
 * and a change during a run runs it once more afterwards. A run that fails to finish (an article deleted or renamed
 * while it was read) is reported in a line and tried again shortly, up to `retries` times, then waits for the next
 * change. The watching process must not end: `npm run dev` would stop the whole server with it
 * (concurrently --kill-others).
 */
export function serialRunner(
  run: () => Promise<unknown>,
  { retries = 3, delayMs = 300, report = (line: string) => console.error(line) } = {},
): () => Promise<void> {
  let running: Promise<void> | null = null
  let again = false
  const loop = async () => {
    let failures = 0
    do {
      again = false
      try {
        await run()
        failures = 0
      } catch (error) {
        failures += 1
        const retry = failures < retries
        report(
          `Content check: stopped (${error instanceof Error ? error.message : String(error)}); ` +
            `checking again ${retry ? 'in a moment' : 'on the next change'}.`,
        )
        if (retry) {
          again = true
          await new Promise((resolve) => setTimeout(resolve, delayMs))
        }
      }
    } while (again)
  }
  return () => {
    if (running) {
      again = true
      return running
    }
    running = loop().finally(() => {
      running = null
    })
    return running
  }
}
