import { describe, expect, it } from 'vitest'
import { articleHtml } from './article-html'

const lookup = (slug: string) =>
  slug === 'zune' ? { title: 'Microsoft Pulls the Plug on Zune', url: 'https://news.example/posts/zune' } : undefined
const render = (mdx: string) => articleHtml(mdx, { origin: 'https://news.example', lookup })

describe('articleHtml', () => {
  it('turns an inline Related card into a "Related:" link with the article title', async () => {
    const html = await render('Before.\n\n<Related slug="zune" />\n\nAfter.')
    expect(html).toContain(
      '<p><strong>Related: </strong><a href="https://news.example/posts/zune">Microsoft Pulls the Plug on Zune</a></p>',
    )
    expect(html).not.toContain('<Related')
  })

  it('drops a card whose article this build hides', async () => {
    expect(await render('Text.\n\n<Related slug="a-draft" />')).toBe('<p>Text.</p>')
  })

  it('makes links absolute and keeps affiliate links sponsored', async () => {
    const html = await render('[old story](/posts/zune) and [buy](https://www.amazon.com/s?k=x&tag=nl-20)')
    expect(html).toContain('<a href="https://news.example/posts/zune">old story</a>')
    expect(html).toContain('<a href="https://www.amazon.com/s?k=x&#x26;tag=nl-20" rel="sponsored noopener">buy</a>')
  })

  it('escapes text that looks like markup', async () => {
    expect(await render('Use &lt;script&gt; tags & “quotes”.')).toContain('Use &#x3C;script> tags &#x26; “quotes”.')
  })
})
