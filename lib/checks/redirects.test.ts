import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkContent } from './check-content'
import { formatProblems } from './problems'
import { readRedirectTable } from '../content/redirects-file'
import { SITE } from '../../e2e/fixtures'

// The tests' own site (e2e/site) in a temporary project, with the site's routes (app/), and redirects an
// editor writes in content/redirects.yml or an import recorded in content/imports/.
let root: string

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'news-ledge-redirects-'))
  await cp(`${SITE}/content`, path.join(root, 'content'), { recursive: true })
  await cp(`${SITE}/public`, path.join(root, 'public'), { recursive: true })
  await symlink(path.resolve('app'), path.join(root, 'app'))
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

const writeRedirects = (text: string) => writeFile(path.join(root, 'content/redirects.yml'), text)

async function writeImport(redirects: [string, string][]) {
  await mkdir(path.join(root, 'content/imports'), { recursive: true })
  await writeFile(
    path.join(root, 'content/imports/wordpress-old-example.json'),
    JSON.stringify({
      source: 'wordpress',
      site: 'https://old.example/',
      importedAt: '2026-12-01T00:00:00Z',
      files: {},
      redirects,
    }),
  )
}

const problemsText = async () => formatProblems(await checkContent(root))

describe('redirects an editor writes', () => {
  it('pass when each old address goes to a page the site has', async () => {
    await writeRedirects(`# Old addresses
- from: /2011/10/zune-is-dead/
  to: /posts/microsoft-pulls-the-plug-on-zune
- from: /tips
  to: /contact
- from: /?p=12
  to: /tags/microsoft
- from: /writers/ada
  to: /authors/ada-okoro
- from: /newsletter
  to: https://buttondown.com/newsledge
`)
    expect(await checkContent(root)).toEqual([])
    expect(readRedirectTable(root, 'content')).toEqual([
      ['/2011/10/zune-is-dead', '/posts/microsoft-pulls-the-plug-on-zune'],
      ['/?p=12', '/tags/microsoft'],
      ['/newsletter', 'https://buttondown.com/newsledge'],
      ['/tips', '/contact'],
      ['/writers/ada', '/authors/ada-okoro'],
    ])
  })

  it('name, with its line, a target that is no page readers can open', async () => {
    await writeRedirects(`- from: /old-one
  to: /posts/no-such-story
- from: /old-two
  to: /posts/explainer-who-can-read-your-cloud-email
- from: /old-three
  to: /tags/no-such-topic
- from: /old-four
  to: /nowhere/at/all
- from: /old-five
  to: /sections/weather
`)
    const text = await problemsText()
    expect(text).toContain('content/redirects.yml:2: to: /posts/no-such-story: there is no article no-such-story')
    expect(text).toContain('content/redirects.yml:4: to: /posts/explainer-who-can-read-your-cloud-email: the article')
    expect(text).toContain('is a draft, which readers cannot open')
    expect(text).toContain('content/redirects.yml:6: to: /tags/no-such-topic: no article has the topic no-such-topic')
    expect(text).toContain('content/redirects.yml:8: to: /nowhere/at/all: no page of the site has this path')
    expect(text).toContain('content/redirects.yml:10: to: /sections/weather: there is no section weather')
  })

  it('refuse chains and loops', async () => {
    await writeRedirects(`- from: /a
  to: /b
- from: /b
  to: /posts/microsoft-pulls-the-plug-on-zune
- from: /c
  to: /d/
- from: /d
  to: /c
`)
    const text = await problemsText()
    expect(text).toContain(
      'content/redirects.yml:1: /a redirects to /b, which line 3 redirects on to /posts/microsoft-pulls-the-plug-on-zune: write to: /posts/microsoft-pulls-the-plug-on-zune',
    )
    expect(text).toContain('content/redirects.yml:5: /c and /d redirect to each other (line 7): a loop')
    expect(text).toContain('content/redirects.yml:7: /d and /c redirect to each other (line 5): a loop')
  })

  it('refuse an old address that is a page of the site, which it would hide', async () => {
    await writeRedirects(`- from: /posts/microsoft-pulls-the-plug-on-zune
  to: /contact
- from: /search
  to: /contact
- from: /tags/microsoft/
  to: /contact
- from: /posts/a-renamed-story
  to: /posts/microsoft-surface-studio-better-not-be-a-zune
`)
    const text = await problemsText()
    expect(text).toContain('content/redirects.yml:1: /posts/microsoft-pulls-the-plug-on-zune is a page of the site')
    expect(text).toContain('content/redirects.yml:3: /search is a page of the site')
    expect(text).toContain('content/redirects.yml:5: /tags/microsoft is a page of the site')
    // A renamed story's old path is no page any more: that is what redirects are for.
    expect(text).not.toContain(':7:')
  })

  it('name mistakes in the file itself', async () => {
    await writeRedirects(`- from: /a
  to: /contact
  code: 302
- from: https://elsewhere.example/x
  to: /contact
- from: /b
- from: /c
  to: contact
- from: /A/
  to: /about
- from: /?q=search
  to: /about
`)
    const text = await problemsText()
    expect(text).toContain('content/redirects.yml:3: "code" is not a redirect field.')
    expect(text).toContain('content/redirects.yml:4: from: https://elsewhere.example/x must be a path of this site')
    expect(text).toContain('content/redirects.yml:6: A redirect needs both from:')
    expect(text).toContain('content/redirects.yml:8: to: contact must be a path of the site')
    expect(text).toContain('content/redirects.yml:9: /A/ is redirected twice: here and on line 1.')
    expect(text).toContain('content/redirects.yml:11: from: /?q=search must be a path')
    await writeRedirects('from: /a\nto: /b\n')
    expect(await problemsText()).toContain('content/redirects.yml:1: List the redirects')
  })
})

describe('redirects an import recorded', () => {
  it('stop the build when a story they go to is gone, until an editor sends it on', async () => {
    await writeImport([
      ['/2013/06/12/gone', '/posts/a-story-deleted-since'],
      ['/?p=70', '/posts/a-story-deleted-since'],
      ['/2011/10/03/zune', '/posts/microsoft-pulls-the-plug-on-zune'],
    ])
    expect(await problemsText()).toContain(
      'content/imports/wordpress-old-example.json: 2 old addresses of the imported site (/2013/06/12/gone, /?p=70) redirect to /posts/a-story-deleted-since, but there is no article a-story-deleted-since (content/posts/a-story-deleted-since.mdx). Add to content/redirects.yml: "- from: /posts/a-story-deleted-since" with "to:" the page it is now',
    )
    // The story was renamed: one redirect of its old path mends every old address that led there, in one hop.
    await writeRedirects(
      '- from: /posts/a-story-deleted-since\n  to: /posts/microsoft-surface-studio-better-not-be-a-zune\n',
    )
    expect(await checkContent(root)).toEqual([])
    expect(readRedirectTable(root, 'content')).toEqual([
      ['/2011/10/03/zune', '/posts/microsoft-pulls-the-plug-on-zune'],
      ['/2013/06/12/gone', '/posts/microsoft-surface-studio-better-not-be-a-zune'],
      ['/?p=70', '/posts/microsoft-surface-studio-better-not-be-a-zune'],
      ['/posts/a-story-deleted-since', '/posts/microsoft-surface-studio-better-not-be-a-zune'],
    ])
  })

  it('give way to an editor’s redirect of the same old address', async () => {
    await writeImport([['/2011/10/03/zune', '/posts/microsoft-pulls-the-plug-on-zune']])
    await writeRedirects('- from: /2011/10/03/zune/\n  to: /posts/microsoft-surface-studio-better-not-be-a-zune\n')
    expect(readRedirectTable(root, 'content')).toEqual([
      ['/2011/10/03/zune', '/posts/microsoft-surface-studio-better-not-be-a-zune'],
    ])
  })
})
