import { describe, expect, it } from 'vitest'
import { articleElements } from '../content/mdx-allowed'
import { articleHtml } from './article-html'

const lookup = (slug: string) =>
  slug === 'zune' ? { title: 'Microsoft Pulls the Plug on Zune', url: 'https://news.example/posts/zune' } : undefined
const render = (mdx: string) => articleHtml(mdx, { url: 'https://news.example/posts/this-story', lookup })

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

  it('keeps every element an article may use, with its text, as the page shows it', async () => {
    expect(await render('The <abbr title="Federal Bureau of Investigation">FBI</abbr> asked.')).toBe(
      '<p>The <abbr title="Federal Bureau of Investigation">FBI</abbr> asked.</p>',
    )
    const names = Object.keys(articleElements).filter((name) => !['br', 'hr', 'wbr'].includes(name))
    const body = names.map((name) => `<${name}>text in ${name}</${name}>`).join('\n\n')
    const html = await render(`Start.\n\n${body}\n\nLine<br />break.\n\n<hr />`)
    for (const name of names) expect(html, name).toMatch(new RegExp(`<${name}(\\s[^>]*)?>(<p>)?text in ${name}`))
    expect(html).toContain('Line<br>break.')
    expect(html).toContain('<hr>')
  })

  it('keeps allowed attributes and drops any other, and leaves comments and code out', async () => {
    const html = await render('<time dateTime="2014-07-31">July 31</time> {/* note to self */} <td colSpan="2">x</td>')
    expect(html).toContain('<time datetime="2014-07-31">July 31</time>')
    expect(html).not.toContain('note to self')
  })

  it('resolves links and pictures as a browser does on the article page', async () => {
    const html = await render(
      '[old story](/posts/zune), [next one](other-article), [details](#details), [ref][r] and ![A chart](chart.png)\n\n[r]: ../tags/zune',
    )
    expect(html).toContain('<a href="https://news.example/posts/zune">old story</a>')
    expect(html).toContain('<a href="https://news.example/posts/other-article">next one</a>')
    expect(html).toContain('<a href="https://news.example/posts/this-story#details">details</a>')
    expect(html).toContain('<a href="https://news.example/tags/zune">ref</a>')
    expect(html).toContain('<img src="https://news.example/posts/chart.png" alt="A chart">')
  })

  it('keeps affiliate links sponsored', async () => {
    const html = await render('[buy](https://www.amazon.com/s?k=x&tag=nl-20)')
    expect(html).toContain('<a href="https://www.amazon.com/s?k=x&#x26;tag=nl-20" rel="sponsored noopener">buy</a>')
  })

  it('escapes text that looks like markup', async () => {
    expect(await render('Use &lt;script&gt; tags & “quotes”.')).toContain('Use &#x3C;script> tags &#x26; “quotes”.')
  })
})
