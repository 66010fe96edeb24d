import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'

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
