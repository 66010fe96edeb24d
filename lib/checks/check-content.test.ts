import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkContent } from './check-content'
import { formatProblems } from './problems'
import { SITE } from '../../e2e/fixtures'

// Each test copies the tests' own site (e2e/site) into a temporary project as
// its content/ and public/, adds one mistake, and reads the message an editor would get.
let root: string

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'news-ledge-content-'))
  await cp(`${SITE}/content`, path.join(root, 'content'), { recursive: true })
  await cp(`${SITE}/public`, path.join(root, 'public'), { recursive: true })
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

const good = {
  title: "'A Good Headline'",
  date: '2020-05-01',
  summary: "'A summary.'",
  category: 'Tech',
}

async function writeArticle(name: string, fields: Record<string, string>, body = 'Some text.\n') {
  const frontMatter = Object.entries(fields)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')
  await writeFile(path.join(root, 'content/posts', name), `---\n${frontMatter}\n---\n\n${body}`)
}

async function problemsText(): Promise<string> {
  return formatProblems(await checkContent(root))
}

describe('checkContent', () => {
  it('passes the tests’ site', async () => {
    expect(await checkContent(root)).toEqual([])
  })

  it('names a missing required field', async () => {
    await writeArticle('no-title.mdx', { ...good, title: '' })
    expect(await problemsText()).toContain('content/posts/no-title.mdx:2: Missing required field "title" (Headline).')
  })

  it('names a field left out altogether', async () => {
    await writeArticle('no-summary.mdx', { title: good.title, date: good.date, category: good.category })
    expect(await problemsText()).toContain('content/posts/no-summary.mdx: Missing required field "summary"')
  })

  it('refuses a date that is not a real date', async () => {
    await writeArticle('bad-date.mdx', { ...good, date: '2014-13-45' })
    expect(await problemsText()).toContain(
      'content/posts/bad-date.mdx:3: "date" is "2014-13-45", which is not a real date. Write it as a day, 2014-07-31, or to the minute',
    )
  })

  it('takes a publication time to the minute with its offset, in any of the ways editors write one', async () => {
    const times = [
      '2026-12-01T09:30:00-05:00',
      '2026-12-01T09:30-05:00',
      '2026-12-01T14:30:00Z',
      '2026-12-01 09:30+01:00',
    ]
    for (const [i, date] of times.entries()) await writeArticle(`timed-${i}.mdx`, { ...good, date: `'${date}'` })
    expect(await checkContent(root)).toEqual([])
  })

  it('refuses a time without a time zone, and a time that is not one', async () => {
    await writeArticle('no-zone.mdx', { ...good, date: '2026-12-01T09:30:00' })
    await writeArticle('bad-hour.mdx', { ...good, date: '2026-12-01T25:30:00-05:00' })
    await writeArticle('bad-updated.mdx', { ...good, updated: '2026-02-30T09:30:00Z' })
    const text = await problemsText()
    expect(text).toContain('content/posts/no-zone.mdx:3: "date" is "2026-12-01T09:30:00", a time without a time zone')
    expect(text).toContain(
      'content/posts/bad-hour.mdx:3: "date" is "2026-12-01T25:30:00-05:00", which is not a real time',
    )
    expect(text).toContain(
      'content/posts/bad-updated.mdx:6: "updated" is "2026-02-30T09:30:00Z", which is not a real time',
    )
  })

  it('takes corrections with a date, a kind and text', async () => {
    await writeArticle('corrected.mdx', {
      ...good,
      corrections: `\n  - date: 2020-05-02\n    kind: correction\n    text: 'An earlier version misspelled the judge’s name.'\n  - date: '2020-05-03T10:00:00-04:00'\n    kind: update\n    text: 'The company has since appealed.'`,
    })
    expect(await checkContent(root)).toEqual([])
  })

  it('explains each way a correction note can be wrong', async () => {
    const note = (fields: string) => `\n  - ${fields}`
    await writeArticle('kind.mdx', { ...good, corrections: note("date: 2020-05-02\n    kind: fix\n    text: 'x'") })
    await writeArticle('text.mdx', { ...good, corrections: note('date: 2020-05-02\n    kind: update') })
    await writeArticle('date.mdx', { ...good, corrections: note("kind: update\n    text: 'x'") })
    await writeArticle('extra.mdx', {
      ...good,
      corrections: note("date: 2020-05-02\n    kind: update\n    text: 'x'\n    by: me"),
    })
    await writeArticle('plain.mdx', { ...good, corrections: "'We fixed a typo.'" })
    const text = await problemsText()
    expect(text).toContain(
      'content/posts/kind.mdx:6: Note 1 under "corrections": kind is "fix"; use one of: correction, clarification, update.',
    )
    expect(text).toContain('content/posts/text.mdx:6: Note 1 under "corrections" needs text')
    expect(text).toContain('content/posts/date.mdx:6: Note 1 under "corrections" needs a date')
    expect(text).toContain('content/posts/extra.mdx:6: Note 1 under "corrections" has "by", which a note cannot have')
    expect(text).toContain(
      'content/posts/plain.mdx:6: "corrections" must be a list of notes, each with date, kind and text',
    )
  })

  it('refuses dates that contradict each other, naming both and the line of the later-written one', async () => {
    const note = (date: string, kind = 'correction') => `\n  - date: ${date}\n    kind: ${kind}\n    text: 'x'`
    await writeArticle('note-first.mdx', { ...good, corrections: note('2020-04-30') })
    await writeArticle('updated-first.mdx', { ...good, updated: "'2020-04-30T23:00:00-04:00'" })
    await writeArticle('same-day.mdx', {
      ...good,
      date: "'2020-05-01T09:30:00-04:00'",
      corrections: note('2020-05-01'),
    })
    await writeArticle('minute-before.mdx', {
      ...good,
      date: "'2020-05-01T09:30:00-04:00'",
      corrections: `${note("'2020-05-01T10:00:00-04:00'")}${note("'2020-05-01T09:29:00-04:00'", 'clarification')}`,
    })
    await writeArticle('stale-updated.mdx', {
      ...good,
      updated: '2020-05-02',
      corrections: note('2020-05-09', 'update'),
    })
    const text = await problemsText()
    expect(text).toContain(
      'content/posts/note-first.mdx:7: Note 1 under "corrections" (2020-04-30, line 7) is before the publication date (2020-05-01, line 3): a correction, clarification or update cannot come before the article it changes.',
    )
    expect(text).toContain(
      'content/posts/updated-first.mdx:6: "updated" (2020-04-30T23:00:00-04:00, line 6) is before the publication date (2020-05-01, line 3): an article cannot be updated before it is published.',
    )
    expect(text).toContain('content/posts/minute-before.mdx:10: Note 2 under "corrections" (2020-05-01T09:29:00-04:00')
    expect(text).not.toContain('minute-before.mdx:7')
    expect(text).toContain(
      'content/posts/stale-updated.mdx:6: "updated" (2020-05-02, line 6) is before note 1 under "corrections" (2020-05-09, line 8)',
    )
    // A note written as a day on the day of a story published that morning is the same day, not before it.
    expect(text).not.toContain('same-day.mdx')
  })

  it('refuses a field of the wrong type', async () => {
    await writeArticle('bad-tags.mdx', { ...good, tags: 'microsoft' })
    expect(await problemsText()).toContain(
      'content/posts/bad-tags.mdx:6: "tags" must be a list, e.g. tags: [First, Second], not "microsoft".',
    )
  })

  it('suggests the field an unknown one was meant to be', async () => {
    const { title, ...rest } = good
    await writeArticle('typo.mdx', { tittle: title, ...rest })
    const text = await problemsText()
    expect(text).toContain('content/posts/typo.mdx:2: Unknown field "tittle". Did you mean "title"?')
  })

  it('reports front matter that is not YAML, with its line', async () => {
    await writeArticle('bad-yaml.mdx', { ...good, tags: '[Microsoft, Privacy' })
    expect(await problemsText()).toMatch(/content\/posts\/bad-yaml\.mdx:\d+: Front matter is not valid YAML/)
  })

  it('reports MDX that does not compile, with the line in the file', async () => {
    await writeArticle('unclosed.mdx', good, 'First paragraph.\n\nSecond <div> paragraph.\n')
    // Front matter takes lines 1-6, a blank line 7, so the second paragraph is line 10.
    expect(await problemsText()).toContain(
      'content/posts/unclosed.mdx:10: The body is not valid MDX: Expected a closing tag for `<div>`',
    )
  })

  it('refuses a component the site does not provide', async () => {
    await writeArticle('widget.mdx', good, 'Text.\n\n<Tweet id="123" />\n')
    expect(await problemsText()).toContain(
      'content/posts/widget.mdx:10: <Tweet> is not a component articles can use. Available: <Related>, <Figure>.',
    )
  })

  it('refuses an inline card or a pinned slug naming a missing article', async () => {
    await writeArticle('dangling.mdx', { ...good, related: '[no-such-post]' }, '<Related slug="nor-this-one" />\n')
    const text = await problemsText()
    expect(text).toContain(
      'content/posts/dangling.mdx: <Related slug="nor-this-one" /> names an article that does not exist',
    )
    expect(text).toContain('content/posts/dangling.mdx: related: no-such-post names an article that does not exist')
  })

  it('refuses a published article linking a draft', async () => {
    await writeArticle('links-draft.mdx', good, '<Related slug="explainer-who-can-read-your-cloud-email" />\n')
    expect(await problemsText()).toContain('links to a draft, which readers cannot see')
  })

  it('refuses two articles with the same URL', async () => {
    const seed = await readFile(path.join(root, 'content/posts/microsoft-pulls-the-plug-on-zune.mdx'), 'utf8')
    await writeFile(path.join(root, 'content/posts/Microsoft-Pulls-The-Plug-On-Zune.mdx'), seed)
    const text = await problemsText()
    expect(text).toContain('already has the URL /posts/microsoft-pulls-the-plug-on-zune')
  })

  it('refuses a category no section has, naming the sections and where a new one goes', async () => {
    await writeArticle('sports.mdx', { ...good, category: 'Sports' })
    expect(await problemsText()).toContain(
      'content/posts/sports.mdx:5: "category" is "Sports", which is not one of the site\'s sections: Policy, Tech, Science. A new section is an entry in content/sections.yml.',
    )
  })

  it('takes a section added to content/sections.yml at once, and refuses one taken away while articles name it', async () => {
    await writeArticle('sports.mdx', { ...good, category: 'Sports' })
    const sections = path.join(root, 'content/sections.yml')
    const text = await readFile(sections, 'utf8')
    await writeFile(sections, `${text}\n- name: Sports\n  description: Games and the people who play them.\n`)
    expect(await checkContent(root)).toEqual([])
    await writeFile(sections, text.replace(/- name: Tech\n[^\n]*\n/, ''))
    expect(await problemsText()).toMatch(/content\/posts\/[\w-]+\.mdx:\d+: "category" is "Tech", which is not one of/)
  })

  it('explains each mistake in content/sections.yml with its line', async () => {
    const sections = path.join(root, 'content/sections.yml')
    await writeFile(
      sections,
      [
        '- name: Policy',
        '  description: Courts.',
        '- name: Tech',
        '  summary: Gadgets.',
        '- name: Policy',
        '  description: Again.',
        '',
      ].join('\n'),
    )
    const text = await problemsText()
    expect(text).toContain(
      'content/sections.yml:4: "summary" is not a section field. A section has name, slug, description.',
    )
    expect(text).toContain('content/sections.yml:3: Tech has no "description"')
    expect(text).toContain('content/sections.yml:5: Another section (line 1) has the same name, Policy.')
    await writeFile(sections, '- name: Policy\n  description: [unclosed\n')
    expect(await problemsText()).toMatch(/content\/sections\.yml:\d+: Not valid YAML/)
  })

  it('names the line of a front-page choice that is not an article, or whose time is not one', async () => {
    await writeFile(
      path.join(root, 'content/front-page.yml'),
      'lead:\n  story: microsoft-loses-first-round\ntop:\n  - story: microsoft-pulls-the-plug-on-zune\n    until: tomorrow\n',
    )
    const text = await problemsText()
    expect(text).toContain(
      'content/front-page.yml:2: There is no article "microsoft-loses-first-round": give the file name of one under content/posts, without .mdx.',
    )
    expect(text).toContain('content/front-page.yml:4: "until" is "tomorrow", which is not a time.')
  })

  it('checks the site’s own pages as it checks articles: a name it has a route for, their fields and body', async () => {
    const page = (name: string, text: string) => writeFile(path.join(root, 'content/pages', name), text)
    await page('team.mdx', '---\ntitle: Team\ndescription: Who we are.\n---\n\nUs.\n')
    await page('about.mdx', '---\ntitle: About\nupdated: 2026-13-01\nauthor: Me\n---\n\n<Script />\n')
    const text = await problemsText()
    expect(text).toContain(
      'content/pages/team.mdx: The site has no page "team". Its pages are about.mdx (About), masthead.mdx (Masthead), standards.mdx',
    )
    expect(text).toContain('content/pages/about.mdx:3: "updated" is "2026-13-01", which is not a real date.')
    expect(text).toContain('content/pages/about.mdx:4: Unknown field "author". A page has title, description, updated.')
    expect(text).toContain('content/pages/about.mdx:1: Missing required field "description".')
    expect(text).toMatch(/content\/pages\/about\.mdx:7: .*<Script>/)
  })

  it('asks for content/sections.yml when it is missing', async () => {
    await rm(path.join(root, 'content/sections.yml'))
    expect(await problemsText()).toContain(
      "content/sections.yml: The site's sections are listed here, and the file is missing.",
    )
  })

  it('refuses a lead image that is not in public/', async () => {
    await writeArticle('cover.mdx', { ...good, image: '/images/missing.jpg', imageAlt: "'A court.'" })
    expect(await problemsText()).toContain(
      'content/posts/cover.mdx:6: The lead image /images/missing.jpg does not exist: there is no public/images/missing.jpg.',
    )
  })

  it('explains each way a lead image can be wrong, with its line', async () => {
    const { default: sharp } = await import('sharp')
    const pixels = (width: number) =>
      sharp({ create: { width, height: Math.round(width / 2), channels: 3, background: '#777' } })
    await pixels(800).jpeg().toFile(path.join(root, 'public/images/narrow.jpg'))
    await pixels(1400).jpeg().toFile(path.join(root, 'public/images/wide.jpg'))
    await pixels(1400).gif().toFile(path.join(root, 'public/images/wide.gif'))
    await writeArticle('narrow.mdx', { ...good, image: '/images/narrow.jpg', imageAlt: "'A grey field.'" })
    await writeArticle('no-alt.mdx', { ...good, image: '/images/wide.jpg' })
    await writeArticle('hotlink.mdx', { ...good, image: 'https://example.com/x.jpg', imageAlt: "'x'" })
    await writeArticle('gif.mdx', { ...good, image: '/images/wide.gif', imageAlt: "'x'" })
    await writeArticle('orphan-alt.mdx', { ...good, imageAlt: "'A picture that is not there.'" })
    await writeArticle('good-lead.mdx', {
      ...good,
      image: '/images/wide.jpg',
      imageAlt: "'A grey field.'",
      imageCaption: "'Grey.'",
      imageCredit: "'Photo: News Ledge'",
    })
    const text = await problemsText()
    expect(text).toContain(
      'content/posts/narrow.mdx:6: The lead image /images/narrow.jpg is 800 px wide; a lead image must be at least 1200 px wide',
    )
    expect(text).toContain('content/posts/no-alt.mdx:6: The lead image /images/wide.jpg has no alt text (imageAlt).')
    expect(text).toContain('content/posts/hotlink.mdx:6: The lead image https://example.com/x.jpg is on another site.')
    expect(text).toContain(
      'content/posts/gif.mdx:6: The lead image /images/wide.gif is not a picture format the site can serve.',
    )
    expect(text).toContain(
      'content/posts/orphan-alt.mdx:6: "imageAlt" describes a lead image, but there is no "image".',
    )
    expect(text).not.toContain('good-lead.mdx')
  })

  it('refuses files outside content/posts', async () => {
    await writeFile(path.join(root, 'content/stray.md'), '# notes')
    expect(await problemsText()).toContain('content/stray.md: Only articles live under content/')
  })
})

describe('tag names', () => {
  it('gives symbol-only differences their own pages and spelling variants of one name one page', async () => {
    await writeArticle('lang-a.mdx', { ...good, tags: "['C++', 'Café']" })
    await writeArticle('lang-b.mdx', { ...good, tags: "['C#', 'café', 'CAFÉ']" })
    await writeArticle('lang-c.mdx', { ...good, tags: "['C', 'Microsoft', '🚀']" })
    expect(await checkContent(root)).toEqual([])
  })

  it('names both files when two spellings would share one URL', async () => {
    await writeArticle('act-a.mdx', { ...good, tags: "['Cloud Act']" })
    await writeArticle('act-b.mdx', { ...good, tags: "['Cloud-Act']" })
    expect(await problemsText()).toContain(
      'content/posts/act-b.mdx:6: The tag "Cloud-Act" gets the URL /tags/cloud-act, which the tag "Cloud Act" in content/posts/act-a.mdx already has.',
    )
  })

  it('refuses a name with nothing to make a URL from', async () => {
    await writeArticle('empty-tag.mdx', { ...good, tags: "['!!!']" })
    expect(await problemsText()).toContain(
      'content/posts/empty-tag.mdx:6: The tag "!!!" has no letters or digits to make its page\'s URL from.',
    )
  })

  it('suggests a file name for an article whose name is not a URL', async () => {
    await writeArticle('Café Crème.mdx', good)
    expect(await problemsText()).toContain('e.g. content/posts/cafe-creme.mdx')
  })
})

describe('what an article body may contain', () => {
  const refused: [string, string][] = [
    ['Home is {process.env.HOME}.', '{process.env.HOME} is code, which would run when the site is built'],
    ['<script>alert(1)</script>', '<script> is not allowed in an article. Articles cannot run scripts.'],
    [
      '<iframe src="https://example.com" />',
      '<iframe> is not allowed in an article. Articles cannot embed other sites’ pages.',
    ],
    ['<span onClick="alert(1)">x</span>', 'onClick on <span> would run a script'],
    ['<abbr onmouseover="x()" title="Federal">FBI</abbr>', 'onmouseover on <abbr> would run a script'],
    ['<span style="color:red">x</span>', 'style on <span>: articles take their look from the site'],
    ['<abbr title={secret}>FBI</abbr>', 'title on <abbr> is {…}, which is code'],
    ['<abbr {...props}>FBI</abbr>', '<abbr> has {…} among its attributes'],
    [
      '<img src="https://example.com/x.png" alt="x" />',
      '<img> is not allowed in an article. Pictures are Markdown images',
    ],
    ['<a href="https://shop.example/?tag=x">buy</a>', '<a> is not allowed in an article. Write links in Markdown'],
    ['![A chart](https://example.com/chart.png)', 'The picture https://example.com/chart.png is on another site'],
    ['![](/images/courthouse.svg)', 'The picture /images/courthouse.svg has no alt text'],
    ['![A chart](/images/missing.png)', 'The picture /images/missing.png does not exist'],
    ['![A chart](/images/chart.gif)', 'The picture /images/chart.gif is not a picture format the site can serve'],
    ['<Figure src="/images/courthouse.svg" />', 'The picture /images/courthouse.svg has no alt text'],
    ['<Figure alt="A court" />', '<Figure> needs src="/images/…" and alt="what it shows".'],
    ['[click](javascript:alert(1))', 'The link to javascript:alert(1) is not allowed'],
    ['[x]: data:text/html,hi\n\n[see][x]', 'The link to data:text/html,hi is not allowed'],
    ['<Chart data="x" />', '<Chart> is not a component articles can use. Available: <Related>, <Figure>.'],
    ['<Related slug="microsoft-pulls-the-plug-on-zune" extra="1" />', '<Related> cannot take extra'],
    ['# A second headline', 'The headline is the only h1; start sections at ## (h2).'],
    ['<abbr class="x">FBI</abbr>', 'class on <abbr>'],
    ['<table><tr><td width="3">x</td></tr></table>', '<td> cannot take width'],
  ]
  for (const [body, message] of refused) {
    it(`refuses ${body.split('\n')[0]}`, async () => {
      await writeArticle('body-test.mdx', good, `Intro.\n\n${body}\n`)
      const text = await problemsText()
      expect(text).toContain(`content/posts/body-test.mdx:10: ${message}`)
    })
  }

  it('allows Markdown, comments, the Related card and every listed HTML element with its attributes', async () => {
    const { articleElements, globalAttributes } = await import('../content/mdx-allowed')
    const elements = Object.entries(articleElements)
      .filter(([name]) => !['br', 'hr', 'wbr'].includes(name))
      .map(([name, attributes]) => {
        const attrs = [...globalAttributes, ...attributes]
          .map((a) => `${a}="${a === 'id' ? `x-${name}` : '1'}"`)
          .join(' ')
        return `<${name} ${attrs}>text in ${name}</${name}>`
      })
    const body = [
      '## A section',
      'Some *emphasis*, **strong**, `code`, ~~gone~~, a [link](https://example.com), a [path](/posts/x), an [anchor](#a-section) and mail to [us](mailto:desk@example.com).',
      '{/* An editor’s note, which renders nothing. */}',
      '![The News Ledge logo](/images/courthouse.svg)',
      '![A courthouse](/images/courthouse.svg "The court")',
      '<Figure src="/images/courthouse.svg" alt="A courthouse" caption="The court" credit="Illustration: News Ledge" />',
      '| a | b |\n| - | - |\n| 1 | 2 |',
      '<Related slug="microsoft-pulls-the-plug-on-zune" />',
      'Line<br />break, rule below<wbr />.',
      '<hr />',
      ...elements,
    ].join('\n\n')
    await writeArticle('body-test.mdx', good, `${body}\n`)
    expect(await checkContent(root)).toEqual([])
  })
})

describe('authors', () => {
  const profile = (fields: string, bio = 'A bio.') => `---\n${fields}\n---\n\n${bio}\n`
  const writeProfile = (name: string, text: string) => writeFile(path.join(root, 'content/authors', name), text)

  it('takes several authors and role credits that all have profiles', async () => {
    await writeArticle('two.mdx', { ...good, authors: '[ada-okoro, ben-hale]' }, 'Text.\n')
    await writeArticle('credited.mdx', { ...good, credits: '\n  - role: Photos by\n    authors: [cy-ito]' })
    expect(await checkContent(root)).toEqual([])
  })

  it('names an author id without a profile on its line, in the byline or a credit, with the ids there are', async () => {
    await writeArticle('unknown.mdx', {
      ...good,
      authors: '[ada-okoro, Ada Okoro]',
      credits: '\n  - role: Photos by\n    authors: [nobody-here]',
    })
    const text = await problemsText()
    expect(text).toContain(
      'content/posts/unknown.mdx:6: "authors" names "Ada Okoro", who has no profile. The authors are: ada-okoro, ben-hale, cy-ito, dee-marsh, news-ledge-staff. An author is a profile: add content/authors/ada-okoro.mdx',
    )
    expect(text).toContain('content/posts/unknown.mdx:9: A credit names "nobody-here", who has no profile.')
  })

  it('explains that "author" became "authors", and refuses an empty byline or a credit without a role', async () => {
    await writeArticle('old.mdx', { ...good, author: "'Ada Okoro'" })
    await writeArticle('empty.mdx', { ...good, authors: '[]' })
    await writeArticle('no-role.mdx', { ...good, credits: '\n  - authors: [cy-ito]' })
    const text = await problemsText()
    expect(text).toContain(
      'content/posts/old.mdx:6: "author" is now "authors": a list of ids of profiles in content/authors, e.g. authors: [ada-okoro].',
    )
    expect(text).toContain('content/posts/empty.mdx:6: "authors" is empty')
    expect(text).toContain('content/posts/no-role.mdx:6: Credit 1 under "credits" needs a role')
  })

  it('needs the default byline’s profile for an article that names no authors', async () => {
    await rm(path.join(root, 'content/authors/news-ledge-staff.mdx'))
    expect(await problemsText()).toContain(
      'content/posts/microsoft-loses-first-round-over-dublin-emails.mdx:1: The article names no "authors", so its byline is the newsroom\'s, news-ledge-staff, which has no profile.',
    )
  })

  it('checks each profile: its name as an id, required fields, the photo and its alt text, addresses, the bio', async () => {
    await writeProfile('Jo Bloggs.mdx', profile('name: Jo Bloggs\ntitle: Reporter'))
    await writeProfile('no-title.mdx', profile('name: No Title'))
    await writeProfile(
      'mistakes.mdx',
      profile(
        'name: Mis Takes\ntitle: Reporter\nphoto: /images/authors/nobody.jpg\nemail: not-an-address\nlinks: [http://insecure.example]\norder: first\nrole: Reporter',
        '',
      ),
    )
    await writeProfile(
      'no-alt.mdx',
      profile('name: No Alt\ntitle: Reporter\nphoto: /images/authors/dana-whitfield.svg'),
    )
    const text = await problemsText()
    expect(text).toContain("content/authors/Jo Bloggs.mdx: The file name is the author's id and page URL")
    expect(text).toContain('e.g. content/authors/jo-bloggs.mdx')
    expect(text).toContain('content/authors/no-title.mdx:1: Missing "title"')
    expect(text).toContain('content/authors/mistakes.mdx:4: The photo /images/authors/nobody.jpg does not exist')
    expect(text).toContain(
      'content/authors/mistakes.mdx:5: "email" is "not-an-address", which is not an email address.',
    )
    expect(text).toContain('content/authors/mistakes.mdx:6: "links" must be a list of full https:// addresses')
    expect(text).toContain('content/authors/mistakes.mdx:7: "order" is the author\'s place on the masthead')
    expect(text).toContain('content/authors/mistakes.mdx:8: Unknown field "role"')
    expect(text).toContain('content/authors/mistakes.mdx:10: The profile has no bio')
    expect(text).toContain(
      'content/authors/no-alt.mdx:4: The photo /images/authors/dana-whitfield.svg has no alt text (photoAlt).',
    )
  })
})
