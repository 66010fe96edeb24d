import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { seed } from './fixtures'

// What each server function of the build carries (Next's .nft.json trace files): pictures are served as static
// files, never from a function, so a function carrying public/ would grow with the archive's pictures. Only the
// article's social card reads the 16:9 crops of lead pictures (next.config.js outputFileTracingIncludes).
test('no server function carries the site’s pictures, except the article card its 16:9 crops', () => {
  const server = path.join(test.info().project.name === 'database' ? '.next-database' : '.next', 'server', 'app')
  const traces = readdirSync(server, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.nft.json'))
  expect(traces.length).toBeGreaterThan(20)
  const carried: Record<string, string[]> = {}
  for (const trace of traces) {
    const value: unknown = JSON.parse(readFileSync(path.join(server, trace), 'utf8'))
    const files =
      typeof value === 'object' && value !== null && 'files' in value && Array.isArray(value.files) ? value.files : []
    const pictures = files.filter((file): file is string => typeof file === 'string' && /(^|\/)public\//.test(file))
    if (pictures.length > 0) carried[trace] = pictures
  }
  const card = 'posts/[slug]/opengraph-image/route.js.nft.json'
  expect(Object.keys(carried)).toEqual([card])
  expect(carried[card]?.every((file) => /\/public\/_img\/[^/]+-16x9\.jpg$/.test(file))).toBe(true)
})

// What the proxy knows (which articles exist, each list's count, the redirects) grows with the archive and an
// imported site. The files build bundles it into the proxy's function; a build with a database reads it from
// the store (lib/content/proxy-tables.ts), so its proxy is the same size at any archive size.
test('the proxy carries the content’s tables on the files build and none of them on the database build', () => {
  const database = test.info().project.name === 'database'
  const server = path.join(database ? '.next-database' : '.next', 'server')
  const trace: unknown = JSON.parse(readFileSync(path.join(server, 'middleware.js.nft.json'), 'utf8'))
  const traced =
    typeof trace === 'object' && trace !== null && 'files' in trace && Array.isArray(trace.files) ? trace.files : []
  // The proxy's own code: its entry and the chunks it loads (node_modules are libraries).
  const code = ['middleware.js', ...traced]
    .filter(
      (file): file is string => typeof file === 'string' && file.endsWith('.js') && !file.includes('node_modules'),
    )
    .map((file) => readFileSync(path.join(server, file), 'utf8'))
    .join('\n')
  expect(code).toContain('Method not allowed')
  // An article's slug (article-slugs.json) and an editor's old address (redirects.json) of the tests' site.
  for (const known of [seed.path.replace('/posts/', ''), '/2011/10/zune-is-dead']) {
    if (database) expect(code, known).not.toContain(known)
    else expect(code, known).toContain(known)
  }
})
