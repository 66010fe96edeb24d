import { describe, expect, it } from 'vitest'
import { wordpressHtml, type BodyContext } from './wordpress-body'
import type { SourcePicture } from './source'

const picture = (name: string, caption = ''): SourcePicture => ({
  url: `https://old.example/wp-content/uploads/2013/06/${name}.jpg`,
  alt: `${name} alt`,
  caption,
  title: name,
})

function convert(content: string, attachments: Record<string, SourcePicture> = {}) {
  const warnings: string[] = []
  const context: BodyContext = {
    attachments: Object.entries(attachments).map(([id, value]) => ({ id, picture: value })),
    attachment: (id) => attachments[id] ?? null,
    warn: (message) => warnings.push(message),
  }
  return { html: wordpressHtml(content, context), warnings }
}

describe('wordpressHtml', () => {
  it('makes paragraphs of classic content as wpautop does, and leaves block content as it is', () => {
    expect(convert('First paragraph.\n\nSecond,\nwith a break.').html).toBe(
      '<p>First paragraph.</p>\n<p>Second,<br />\nwith a break.</p>\n',
    )
    const blocks = '<!-- wp:paragraph -->\n<p>Already HTML.</p>\n<!-- /wp:paragraph -->'
    expect(convert(blocks).html).toBe(blocks)
  })

  it('makes a [caption] a figure, in either of its forms', () => {
    const inner = convert(
      '[caption id="attachment_7" width="300"]<a href="/x.jpg"><img src="/x.jpg" alt="X" /></a> The caption[/caption]',
    )
    expect(inner.html).toContain(
      '<figure><a href="/x.jpg"><img src="/x.jpg" alt="X" /></a><figcaption>The caption</figcaption></figure>',
    )
    const attribute = convert(
      '[caption id="attachment_8" caption="An older caption"]<img src="/y.jpg" alt="Y" />[/caption]',
    )
    expect(attribute.html).toContain(
      '<figure><img src="/y.jpg" alt="Y" /><figcaption>An older caption</figcaption></figure>',
    )
  })

  it('makes a [gallery] its pictures, by ids or the post’s own attachments, and reports ids it lacks', () => {
    const attachments = { '1': picture('one', 'First'), '2': picture('two'), '3': picture('three') }
    const byIds = convert('[gallery ids="2,1,9"]', attachments)
    expect(byIds.html.indexOf('two.jpg" alt="two alt"')).toBeLessThan(byIds.html.indexOf('one.jpg" alt="one alt"'))
    expect(byIds.html).toContain('<figcaption>First</figcaption>')
    expect(byIds.warnings).toEqual(['[gallery] names attachment 9, which the export does not have'])
    const own = convert('[gallery exclude="2"]', attachments)
    expect(own.html).toContain('one.jpg')
    expect(own.html).toContain('three.jpg')
    expect(own.html).not.toContain('two.jpg')
    expect(convert('[gallery]').warnings).toEqual(['[gallery] with no pictures dropped'])
  })

  it('makes embeds links: media shortcodes and a URL alone on its line', () => {
    const { html, warnings } = convert(
      'Watch:\n\n[embed]https://www.youtube.com/watch?v=abc[/embed]\n\n[audio mp3="https://cdn.example/a.mp3"][/audio]\n\nhttps://twitter.com/x/status/1\n\nA link in https://example.org/ a sentence stays text.',
    )
    expect(html).toContain('<a href="https://www.youtube.com/watch?v=abc">https://www.youtube.com/watch?v=abc</a>')
    expect(html).toContain('<a href="https://cdn.example/a.mp3">')
    expect(html).toContain('<a href="https://twitter.com/x/status/1">')
    expect(html).toContain('A link in https://example.org/ a sentence stays text.')
    expect(warnings).toEqual([
      '[embed] embed turned into a link',
      '[audio] embed turned into a link',
      'embed turned into a link',
    ])
  })

  it('removes plugins’ shortcodes with their text kept, and leaves brackets that are text', () => {
    const { html, warnings } = convert(
      'He said [sic] it was [1] fine. [contact-form-7 id="5" title="Tips"] [note]Keep this.[/note] [code]x < 1[/code]',
    )
    expect(html).toContain('He said [sic] it was [1] fine.')
    expect(html).toContain('Keep this.')
    expect(html).not.toContain('contact-form-7')
    expect(html).toContain('<pre><code>x &lt; 1</code></pre>')
    expect(warnings).toEqual([
      '[contact-form-7] shortcode removed, its text kept',
      '[note] shortcode removed, its text kept',
      '[note] shortcode removed, its text kept',
    ])
  })
})
