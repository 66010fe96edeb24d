import { describe, expect, it } from 'vitest'
import { checkMdx } from '../checks/mdx'
import { htmlToMdx, openingText, plainBody, plainText } from './html-to-mdx'

/** Converts with the old site's pictures under /images/imported and its links kept, collecting warnings. */
function convert(html: string, pictures: Record<string, string> = {}) {
  const warnings: string[] = []
  const mdx = htmlToMdx(html, {
    link: (href) =>
      href.startsWith('javascript:') ? null : href.replace('https://old.example/2013/01/story/', '/posts/story'),
    picture: (src, alt) => {
      const local = pictures[src]
      return local ? { src: local, alt: alt || 'fallback alt' } : null
    },
    warn: (message) => warnings.push(message),
  })
  return { mdx, warnings }
}

/** What the site's own content check says of a body: [] when it would build. */
async function problems(mdx: string) {
  const { findings } = await checkMdx('content/posts/imported.mdx', mdx, 1)
  return findings.flatMap((finding) => ('message' in finding ? [finding.message] : []))
}

describe('htmlToMdx', () => {
  it('writes what Markdown has as Markdown', () => {
    const { mdx, warnings } = convert(
      '<h2>Heading</h2><p>Some <strong>bold</strong>, <em>italic</em> and <del>struck</del> text with <code>code</code>.</p>' +
        '<ul><li>one</li><li>two<ol><li>nested</li></ol></li></ul><blockquote><p>Quoted.</p></blockquote>' +
        '<pre><code>if (a &lt; b) {}</code></pre><hr><table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>',
    )
    expect(mdx).toBe(
      [
        '## Heading',
        'Some **bold**, _italic_ and ~~struck~~ text with `code`.',
        '- one\n- two\n  1. nested',
        '> Quoted.',
        '```\nif (a < b) {}\n```',
        '---',
        '| A | B |\n| - | - |\n| 1 | 2 |',
      ].join('\n\n'),
    )
    expect(warnings).toEqual([])
  })

  it('keeps headings within the site’s levels: the headline is the only h1', () => {
    expect(convert('<h1>One</h1><h5>Five</h5><h6>Six</h6>').mdx).toBe('## One\n\n#### Five\n\n#### Six')
  })

  it('keeps the allow-list’s inline elements Markdown cannot write, with their allowed attributes only', async () => {
    const { mdx } = convert(
      '<p><abbr title="HyperText Markup Language" class="x" onclick="steal()">HTML</abbr>, H<sub>2</sub>O, E=mc<sup>2</sup>, <mark>marked</mark>, <kbd>Ctrl</kbd>, <cite>a cite</cite>, <acronym title="as a">AAA</acronym></p>',
    )
    expect(mdx).toBe(
      '<abbr title="HyperText Markup Language">HTML</abbr>, H<sub>2</sub>O, E=mc<sup>2</sup>, <mark>marked</mark>, <kbd>Ctrl</kbd>, <cite>a cite</cite>, <abbr title="as a">AAA</abbr>',
    )
    expect(await problems(mdx)).toEqual([])
  })

  it('drops what runs code, styles or asks for input, and says so once each', async () => {
    const { mdx, warnings } = convert(
      '<p style="color:red" onmouseover="x()">Text <font color="red">in a font</font><span style="x">.</span></p><script>alert(1)</script><style>p{}</style><form><input name="q"></form><marquee>Moving</marquee>',
    )
    expect(mdx).toBe('Text in a font.\n\nMoving')
    expect(warnings).toEqual([
      'inline styles dropped',
      'unknown markup <font> removed, its text kept',
      '<script> dropped',
      '<style> dropped',
      '<form> dropped',
      'unknown markup <marquee> removed, its text kept',
    ])
    expect(await problems(mdx)).toEqual([])
  })

  it('turns embeds into plain links to what they showed', () => {
    const { mdx, warnings } = convert(
      '<iframe src="https://www.youtube.com/embed/abc" title="A video"></iframe><video><source src="https://cdn.example/v.mp4"></video><iframe></iframe>',
    )
    expect(mdx).toBe(
      '[A video](https://www.youtube.com/embed/abc)\n\n[https://cdn.example/v.mp4](https://cdn.example/v.mp4)',
    )
    expect(warnings).toEqual(['<iframe> embed turned into a link', '<video> embed turned into a link'])
  })

  it('makes a captioned picture a <Figure>, a gallery one a picture, and drops what could not be had', async () => {
    const pictures = { '/a.jpg': '/images/imported/a.jpg', '/b.jpg': '/images/imported/b.jpg' }
    const single = convert(
      '<figure><a href="/a.jpg"><img src="/a.jpg" alt="A cat"></a><figcaption>A “cat” &amp; a <b>dog</b></figcaption></figure>',
      pictures,
    )
    expect(single.mdx).toBe('<Figure src="/images/imported/a.jpg" alt="A cat" caption="A “cat” & a dog" />')
    expect(await problems(single.mdx)).toEqual([])
    const gallery = convert(
      '<figure><figure><img src="/a.jpg" alt="A"><figcaption>First</figcaption></figure><figure><img src="/b.jpg" alt=""></figure><figure><img src="/gone.jpg" alt="C"></figure><figcaption>The set</figcaption></figure>',
      pictures,
    )
    expect(gallery.mdx).toBe(
      '<Figure src="/images/imported/a.jpg" alt="A" caption="First" />\n\n<Figure src="/images/imported/b.jpg" alt="fallback alt" />\n\nThe set',
    )
    // Every picture gone: its caption would describe nothing.
    expect(convert('<figure><img src="/gone.jpg" alt="x"><figcaption>Lost</figcaption></figure>').mdx).toBe('')
    const plain = convert('<p>Before <img src="/b.jpg" alt="B" title="A caption"> after</p>', pictures)
    expect(plain.mdx).toBe('Before ![B](/images/imported/b.jpg "A caption") after')
  })

  it('keeps what a figure holds when it is not a picture: a table, an embed, a quote', () => {
    const { mdx } = convert(
      '<figure class="wp-block-table"><table><tr><th>Year</th></tr><tr><td>2013</td></tr></table><figcaption>By year</figcaption></figure><figure><blockquote><p>Said.</p></blockquote></figure>',
    )
    expect(mdx).toBe('| Year |\n| ---- |\n| 2013 |\n\nBy year\n\n> Said.')
  })

  it('rewrites links through the caller and keeps the text of a link it refuses', async () => {
    const { mdx } = convert(
      '<p><a href="https://old.example/2013/01/story/#part">Old story</a> and <a href="javascript:steal()">a trap</a>.</p>',
    )
    expect(mdx).toBe('[Old story](/posts/story#part) and a trap.')
    expect(await problems(mdx)).toEqual([])
  })

  it('escapes what MDX would read as code or markup', async () => {
    const { mdx } = convert(
      '<p>Use {curly} braces, a < b, <b>x</b> > y, and export const x = 1</p><p>import y from "z"</p>',
    )
    expect(await problems(mdx)).toEqual([])
    expect(mdx).toContain('\\{curly}')
    expect(mdx).toContain('&#x69;mport y from')
    // Code keeps its words: a line of code starting with import stays as it is.
    expect(convert('<pre><code>import x from "y"</code></pre>').mdx).toBe('```\nimport x from "y"\n```')
  })
})

describe('plainText and openingText', () => {
  it('read HTML as text, a line break as a space', () => {
    expect(plainText('Two <em>words</em><br>apart &amp; more')).toBe('Two words apart & more')
  })

  it('take the opening paragraphs until there is enough for a summary', () => {
    expect(
      openingText('<p><strong>Headings</strong></p><p>The first real sentence of the story is here.</p><p>More.</p>'),
    ).toBe('Headings The first real sentence of the story is here. More.')
    expect(openingText('<p>&nbsp;</p><script>x</script>')).toBe('')
  })
})

describe('plainBody', () => {
  it('keeps every paragraph’s text, and nothing MDX could read as code or markup', async () => {
    const body = plainBody(
      '<p>export default {x}</p><div># Not a heading</div><p>- not a list, <b>a</b> < b > c, [link](x) *em* `code` \\ & | ~ !</p><p>import a</p>',
    )
    expect(body.split('\n\n')).toHaveLength(4)
    expect(await problems(body)).toEqual([])
  })
})
