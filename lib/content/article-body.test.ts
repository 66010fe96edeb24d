import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { articleBodyPath, parseArticleBody, readArticleBody } from './article-body'

// Reads the content build of the tests' site (vitest.config.ts), like lib/content/posts.test.ts.
describe('article bodies', () => {
  it('reads an article body from the file Contentlayer wrote for it', async () => {
    const body = await readArticleBody({
      _id: 'posts/microsoft-loses-first-round-over-dublin-emails.mdx',
      type: 'Post',
    })
    expect(body.raw).toContain('The case surrounds emails stored on servers in Dublin, Ireland')
    expect(body.code.length).toBeGreaterThan(body.raw.length / 2)
  })

  it('names files as Contentlayer does, including ids that start with a digit', () => {
    expect(path.relative(process.cwd(), articleBodyPath({ _id: 'posts/a-b.mdx', type: 'Post' }))).toBe(
      path.join('.contentlayer', 'generated', 'Post', 'posts__a-b.mdx.json'),
    )
    expect(path.basename(articleBodyPath({ _id: '2024/news.mdx', type: 'Post' }))).toBe('_2024__news.mdx.json')
  })

  it('refuses a file that is not a document with a compiled body, naming it', () => {
    expect(() => parseArticleBody({ body: { raw: 'text' } }, 'x.json')).toThrow(/x\.json: not a Contentlayer document/)
    expect(() => parseArticleBody({ body: { raw: 'text', code: 'c' } }, 'w.json')).toThrow(/w\.json/)
    expect(() => parseArticleBody(null, 'y.json')).toThrow(/y\.json/)
    expect(parseArticleBody({ title: 't', body: { raw: 'r', html: '' }, code: 'c' }, 'z.json')).toEqual({
      raw: 'r',
      code: 'c',
    })
  })

  it('fails with the missing path when the content build is stale', async () => {
    await expect(readArticleBody({ _id: 'posts/no-such-article.mdx', type: 'Post' })).rejects.toThrow(
      /no-such-article\.mdx\.json/,
    )
  })
})
