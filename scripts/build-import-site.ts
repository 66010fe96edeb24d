// npm test's fourth build: a copy of the project (e2e/fixtures.ts IMPORT_SITE) in which the tests' site
// imports two old sites (lib/import/fixtures: a WordPress export in a /blog subfolder and a Ghost export)
// with `npm run import`, as an editor would, then builds for production with no hand edits, for the
// `import` Playwright project (e2e/import/), which follows every old address against `next start`.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { IMPORT_PORT, IMPORT_SITE, SITE } from '../e2e/fixtures'
import { writeUploads } from '../lib/import/fixtures/uploads'
import { projectCopyAt } from './bench-lib'

const dir = path.resolve(IMPORT_SITE)
rmSync(dir, { recursive: true, force: true })
projectCopyAt(dir)
const uploads = await writeUploads(path.join(dir, '.old-sites'))
const env = {
  ...process.env,
  CONTENT_DIR: `${SITE}/content`,
  SITE_URL: `http://127.0.0.1:${IMPORT_PORT}`,
  // WebP only: this build is about the import, not picture formats.
  CONTENT_PICTURES: 'quick',
}
const run = (args: string[]) => execFileSync('npm', ['run', '--silent', ...args], { cwd: dir, env, stdio: 'inherit' })
run([
  'import',
  '--',
  'wordpress',
  'lib/import/fixtures/wordpress.xml',
  '--uploads',
  uploads.wordpress,
  '--section',
  'technology=Tech',
  '--section',
  'Policy & Law=Policy',
  '--author',
  'aokoro=ada-okoro',
])
run([
  'import',
  '--',
  'ghost',
  'lib/import/fixtures/ghost.json',
  '--images',
  uploads.ghost,
  '--site',
  'https://notes.ledger.example',
  '--section',
  'policy=Policy',
])
run(['build'])
