import { describe, expect, it } from 'vitest'
import { formatProblems } from './problems'
import { findReferenceProblems, inlineRelatedSlugs, type CheckablePost } from './references'

const post = (slug: string, extra: Partial<CheckablePost> = {}): CheckablePost => ({
  slug,
  file: `posts/${slug}.mdx`,
  draft: false,
  related: [],
  inlineRelated: [],
  ...extra,
})

describe('inlineRelatedSlugs', () => {
  it('finds every inline <Related> card in a body, in order, with either quote', () => {
    const body = `Intro.\n\n<Related slug="first-one" />\n\nText <Related  slug='second' /> and a <RelatedPosts /> tag.`
    expect(inlineRelatedSlugs(body)).toEqual(['first-one', 'second'])
    expect(inlineRelatedSlugs('No cards here.')).toEqual([])
  })

  it('reads only cards MDX will render, not the same text shown as code or left in a comment', () => {
    const body = [
      'To link an article, write `<Related slug="its-slug" />` on its own line.',
      '```mdx\n<Related slug="in-a-code-block" />\n```',
      '{/* <Related slug="commented-out" /> */}',
      '<Related slug="real-one" />',
    ].join('\n\n')
    expect(inlineRelatedSlugs(body)).toEqual(['real-one'])
  })
})

describe('findReferenceProblems', () => {
  it('accepts links between existing published articles', () => {
    expect(findReferenceProblems([post('a', { related: ['b'], inlineRelated: ['b'] }), post('b')])).toEqual([])
  })

  it('names the file and the missing slug of an inline <Related>', () => {
    const [problem] = findReferenceProblems([post('a', { inlineRelated: ['nope'] })])
    expect(problem?.file).toBe('content/posts/a.mdx')
    expect(problem?.message).toContain('<Related slug="nope" /> names an article that does not exist')
  })

  it('refuses a published article pinning a draft, but lets drafts link drafts', () => {
    const drafted = post('d', { draft: true })
    expect(findReferenceProblems([post('a', { related: ['d'] }), drafted])[0]?.message).toContain('links to a draft')
    expect(findReferenceProblems([post('b', { draft: true, related: ['d'] }), drafted])).toEqual([])
  })

  it('formats every problem on its own line under a count', () => {
    const text = formatProblems(findReferenceProblems([post('a', { related: ['x', 'y'] })]))
    expect(text.split('\n')).toHaveLength(3)
    expect(text).toContain('2 problems')
  })
})
