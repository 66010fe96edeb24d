// Vitest's global setup: the unit tests that read the content build read the tests' own site
// (e2e/site, CONTENT_DIR from vitest.config.ts), never the newsroom's content/, so build it
// first, as `npm run content` does, when .contentlayer holds another content folder.
import { execFileSync } from 'node:child_process'
import { isBuiltFrom } from '../lib/build-cache/built-from'
import { contentDir } from '../lib/content/schema'

export function setup() {
  if (isBuiltFrom(process.cwd(), contentDir)) return
  for (const script of ['scripts/check-content.ts', 'scripts/content-build.ts']) {
    execFileSync(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit' })
  }
}
