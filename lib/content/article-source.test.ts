import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readArticleBody } from './article-body'
import { readArticleSource } from './article-source'
import { bodyOf, contentlayerDate, frontMatterOf, savedFields } from './saved-front-matter'
import { contentDir } from './schema'

// Reads the content build of the tests' site (vitest.config.ts), like lib/content/posts.test.ts.
describe('article bodies from their files, as `npm run dev` shows them', () => {
  const files = readdirSync(path.join(contentDir, 'posts')).filter((name) => name.endsWith('.mdx'))

  it.each(files)('%s: the same body and compiled code as the content build', async (name) => {
    const sourceFilePath = `posts/${name}`
    const fromSource = await readArticleSource({ _raw: { sourceFilePath } })
    const built = await readArticleBody({ _id: sourceFilePath, type: 'Post' })
    expect(fromSource).toEqual(built)
  })

  it('splits the body where Contentlayer does, whatever the line endings and blank lines', () => {
    expect(bodyOf('---\ntitle: A\n---\nFirst line.\n')).toBe('First line.\n')
    expect(bodyOf('---\r\ntitle: A\r\n---\r\n\r\nFirst.\r\n')).toBe('\r\nFirst.\r\n')
    expect(bodyOf('---\ntitle: A\n---\n')).toBe('')
  })

  it('leaves a body that does not compile to the content build, whose last good version the page keeps', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'article-source-'))
    writeFileSync(
      path.join(dir, 'broken.mdx'),
      ['---', 'title: Broken', 'tags:', '  - A', '---', '', 'A paragraph.', '', 'An {unclosed expression.', ''].join(
        '\n',
      ),
    )
    await expect(readArticleSource({ _raw: { sourceFilePath: 'broken.mdx' } }, dir)).resolves.toBeUndefined()
    writeFileSync(path.join(dir, 'broken.mdx'), ['---', 'title: Fixed', '---', '', 'An {"expression"}.', ''].join('\n'))
    const fixed = await readArticleSource({ _raw: { sourceFilePath: 'broken.mdx' } }, dir)
    expect(fixed?.raw).toBe('\nAn {"expression"}.\n')
  })

  it('leaves a renamed or deleted file to the content build', async () => {
    await expect(readArticleSource({ _raw: { sourceFilePath: 'posts/no-such-article.mdx' } })).resolves.toBeUndefined()
  })

  it.each(files)('%s: the same front matter as the content build', (name) => {
    const index: unknown = JSON.parse(readFileSync('.contentlayer/post-index.json', 'utf8'))
    const built = Array.isArray(index) ? index.find((post) => post?._raw?.sourceFilePath === `posts/${name}`) : undefined
    const file = path.join(contentDir, 'posts', name)
    expect(frontMatterOf(file, readFileSync(file, 'utf8'))).toEqual(savedFields(built))
  })

  it('writes dates as Contentlayer does: a day at midnight in the newsroom, a time with its offset', () => {
    expect(contentlayerDate('2014-07-31')).toBe('2014-07-31T04:00:00Z')
    expect(contentlayerDate('2014-01-31')).toBe('2014-01-31T05:00:00Z')
    expect(contentlayerDate('2026-12-01T09:30:00-05:00')).toBe('2026-12-01T14:30:00.000Z')
  })

  it('keeps the last version that built while the front matter has a mistake', () => {
    const source = (front: string) => `---\n${front}\n---\n\nBody.\n`
    const good = 'title: A\ndate: 2020-01-01\nsummary: S\ncategory: Tech'
    expect(frontMatterOf('a.mdx', source(good))?.title).toBe('A')
    expect(frontMatterOf('a.mdx', source(`${good}\ncategory2: Tech`))).toBeUndefined()
    expect(frontMatterOf('a.mdx', source(good.replace('Tech', 'Sport')))).toBeUndefined()
    expect(frontMatterOf('a.mdx', source(good.replace('2020-01-01', '2020-13-01')))).toBeUndefined()
    expect(frontMatterOf('a.mdx', 'no front matter')).toBeUndefined()
  })
})
