import { execFile } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { projectCopy } from './bench-lib'
import { SITE } from '../e2e/fixtures'

const run = promisify(execFile)
let dir: string

// The newsroom publishes every day: an article added to content/ must leave
// everything the tests read exactly as it was, and still pass the checks and
// the build that CI runs on content/.

/** The content build in the copy, of `contentDir`; AVIF variants are left for later, as on npm run dev's first start. */
async function contentBuild(contentDir: string) {
  const env = { ...process.env, CONTENT_DIR: contentDir, CONTENT_PICTURES: 'quick' }
  const check = await run('npm', ['run', 'check:content', '--', '--strict'], { cwd: dir, env })
  const build = await run('npm', ['exec', '--', 'tsx', 'scripts/content-build.ts'], { cwd: dir, env })
  return check.stdout + build.stdout
}

/** What the tests read of a content build: the index pages, lists, the proxy's lists and the related ranking. */
function testInputs(): Record<string, string> {
  const files = ['post-index.json', 'list-pages.json', 'article-slugs.json', 'related.json', 'images.json']
  return Object.fromEntries(files.map((file) => [file, readFileSync(path.join(dir, '.contentlayer', file), 'utf8')]))
}

beforeAll(() => {
  dir = projectCopy('newsroom-content')
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('an article published to content/', () => {
  it('changes nothing the tests read, and passes the checks and the build of content/', async () => {
    await contentBuild(`${SITE}/content`)
    const before = testInputs()

    writeFileSync(
      path.join(dir, 'content/posts/a-story-published-today.mdx'),
      `---
title: 'A Story Published Today'
date: 2026-11-30
summary: 'An editor’s new article, with a tag, a section and a month of its own.'
category: Science
tags: [Brand New Topic, Microsoft]
---

The newsroom published this today.
`,
    )
    const newsroom = await contentBuild('content')
    expect(newsroom).toContain('Content check passed.')
    expect(readFileSync(path.join(dir, '.contentlayer/post-index.json'), 'utf8')).toContain('a-story-published-today')

    await contentBuild(`${SITE}/content`)
    expect(testInputs()).toEqual(before)
    expect(JSON.stringify(before)).not.toContain('a-story-published-today')
  }, 240_000)
})
