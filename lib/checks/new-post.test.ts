import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkContent } from './check-content'
import { createPost } from './new-post'
import { SITE } from '../../e2e/fixtures'

let root: string
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'news-ledge-new-'))
  // A site with its sections, the newsroom's byline and no article yet.
  await cp(`${SITE}/content/sections.yml`, path.join(root, 'content/sections.yml'))
  await cp(`${SITE}/content/authors/news-ledge-staff.mdx`, path.join(root, 'content/authors/news-ledge-staff.mdx'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('createPost', () => {
  it('creates a draft named from the headline, dated today, that passes the content check', async () => {
    const file = await createPost(root, 'Microsoft’s Cloud: What Changes in 2027?', new Date('2026-11-28T09:00:00Z'))
    expect(file).toBe('content/posts/microsofts-cloud-what-changes-in-2027.mdx')
    const text = await readFile(path.join(root, file), 'utf8')
    expect(text).toContain("title: 'Microsoft’s Cloud: What Changes in 2027?'")
    expect(text).toContain('date: 2026-11-28')
    expect(text).toContain('draft: true')
    // The first of the site's sections (the tests' site lists Policy first).
    expect(text).toContain('category: Policy')
    // The newsroom's byline until the editor puts their own id there.
    expect(text).toContain('authors: [news-ledge-staff]')
    expect(await checkContent(root)).toEqual([])
  })

  it('names files from headlines in any language so that they pass the content check', async () => {
    const today = new Date('2026-11-28T09:00:00Z')
    const files = []
    for (const headline of ['Café Crème: C++ or C#?', 'Привет, мир', '東京の天気', 'Ελλάδα 2027', '🚀 Launch day']) {
      files.push(await createPost(root, headline, today))
    }
    expect(files).toEqual([
      'content/posts/cafe-creme-c-plus-plus-or-c-sharp.mdx',
      'content/posts/privet-mir.mdx',
      'content/posts/dongjingnotianqi.mdx',
      'content/posts/ellada-2027.mdx',
      'content/posts/rocket-launch-day.mdx',
    ])
    expect(await checkContent(root)).toEqual([])
  })

  it('refuses to overwrite an existing article', async () => {
    await createPost(root, 'Same Headline', new Date())
    await expect(createPost(root, 'Same headline', new Date())).rejects.toThrow(
      'content/posts/same-headline.mdx already exists',
    )
  })

  it('a template published without finishing it fails the content check', async () => {
    const file = await createPost(root, 'Unfinished', new Date('2026-01-01'))
    const { writeFile } = await import('node:fs/promises')
    const text = await readFile(path.join(root, file), 'utf8')
    await writeFile(path.join(root, file), text.replace('draft: true', 'draft: false'))
    const [problem] = await checkContent(root)
    expect(problem?.message).toContain('still has TODO placeholders')
  })
})
