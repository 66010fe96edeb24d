// Contentlayer's build (scripts/contentlayer-build.ts) with its cache kept between deploys (lib/build-cache/contentlayer.ts):
// an article whose text has not changed since the last build is not compiled again.
//   npm run content and npm run build run it. With DATABASE_URL it hands over to scripts/db-publish.ts.
//   --if-missing  only when there is no content build of this content folder yet (npm run dev: `contentlayer2 dev`,
//                 started beside the server, brings an existing one up to date)
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { FRONT_PAGE_PATH, SECTIONS_PATH, SITE_PAGES_PATH } from '../lib/content/generated-files'
import { restoreContentlayerCache, saveContentlayerCache } from '../lib/build-cache/contentlayer'
import { contentDir } from '../lib/content/schema'
import { isBuiltFrom } from '../lib/build-cache/built-from'
import { databaseUrl } from '../lib/environment'

const root = process.cwd()
if (databaseUrl() && !process.argv.includes('--if-missing')) {
  // A build with a database compiles only what changed since its last publish, into the store.
  const { status } = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'db-publish.ts')], {
    stdio: 'inherit',
    cwd: root,
  })
  process.exit(status ?? 1)
}
// A content build from before the editorial files (content/sections.yml, content/front-page.yml) lacks what pages read of them: build again.
if (
  process.argv.includes('--if-missing') &&
  isBuiltFrom(root, contentDir) &&
  [SECTIONS_PATH, FRONT_PAGE_PATH, SITE_PAGES_PATH].every((file) => existsSync(path.join(root, file)))
) {
  console.log(`Content build: .contentlayer holds ${contentDir}; contentlayer2 dev brings it up to date.`)
  process.exit(0)
}
const started = performance.now()
const reusable = restoreContentlayerCache(root, contentDir)
// In a process of its own, as the contentlayer2 command would run, but without its tracing (scripts/contentlayer-build.ts).
// Contentlayer takes its project folder from PWD before the working directory; a caller's PWD may be another.
const { status } = spawnSync(
  process.execPath,
  ['--import', 'tsx', path.join(root, 'scripts', 'contentlayer-build.ts')],
  {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, PWD: root },
  },
)
if (status !== 0) process.exit(status ?? 1)
saveContentlayerCache(root, contentDir)
console.log(
  `Content build: ${reusable} articles unchanged since the last build, ${((performance.now() - started) / 1000).toFixed(1)} s`,
)
