import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readArticleBody } from './article-body'
import { readArticleSource, bodyOf } from './article-source'

// Reads the real content build (run `npm run content` first), like lib/posts.test.ts.
describe('article bodies from their files, as `npm run dev` shows them', () => {
  const files = readdirSync('content/posts').filter((name) => name.endsWith('.mdx'))

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
})
