import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { isMap, isScalar, isSeq, type Node } from 'yaml'
import { parseFrontMatterDate } from '../dates'
import { isSlug } from '../urls'
import { TOP_STORIES, type FrontPage, type FrontPageChoice } from './front-page'
import { fileProblemsError, parseYamlFile, type FileProblem } from './yaml-file'

/** The file under the content folder where editors choose what leads the front page; without it, the newest story leads. */
export const FRONT_PAGE_FILE = 'front-page.yml'

export type FrontPageProblem = FileProblem

const example = `lead:
  story: the-article-file-name
  until: 2026-12-02T18:00:00-05:00
top:
  - another-article
  - story: a-third-one
    until: 2026-12-01`

/** Why a time for `until` is not one, or null: a day (midnight where the newsroom is) or a minute with its offset. */
function untilProblem(value: unknown): string | null {
  const how = `Write it as a day, 2026-12-01 (midnight where the newsroom is), or to the minute with its offset, 2026-12-01T18:00:00-05:00.`
  if (typeof value !== 'string') return `"until" is ${JSON.stringify(value)}, which is not a time. ${how}`
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2}))?$/.exec(value)
  if (!match) return `"until" is "${value}", which is not a time. ${how}`
  // A part the value leaves out (a day has no time) counts as 0.
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = match.slice(1, 7).map((part) => Number(part ?? 0))
  const day = new Date(Date.UTC(y, mo - 1, d))
  const real = day.getUTCMonth() + 1 === mo && day.getUTCDate() === d && h < 24 && mi < 60 && s < 60
  return real ? null : `"until" is "${value}", which is not a real time. ${how}`
}

/**
 * Reads content/front-page.yml: the story that leads the front page and the top stories under it, each an
 * article's file name (its slug), alone or with an `until` time after which it drops back into the river.
 * `exists` says whether an article has that slug. Every mistake is a problem with its line; the choices are
 * those without one.
 */
export function parseFrontPage(
  text: string,
  exists: (slug: string) => boolean,
): { front: FrontPage; problems: FrontPageProblem[] } {
  const { doc, lineAt, problems } = parseYamlFile(text)
  const lineOf = (node: unknown) => ((isMap(node) || isSeq(node) || isScalar(node)) && node.range ? lineAt(node.range[0]) : undefined)
  const front: FrontPage = { lead: null, top: [] }
  if (problems.length > 0 || doc.contents === null) return { front, problems }
  if (!isMap(doc.contents)) {
    return { front, problems: [{ line: lineOf(doc.contents), message: `Choose the front page's stories like this:\n${example}` }] }
  }
  const seen = new Map<string, number | undefined>()
  const choice = (node: Node | null | undefined, line: number | undefined): FrontPageChoice | null => {
    let story: unknown
    let until: unknown
    if (isScalar(node)) story = node.value
    else if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : ''
        const value = isScalar(pair.value) ? pair.value.value : pair.value
        if (key === 'story') story = value
        else if (key === 'until') until = value
        else {
          problems.push({ line: lineOf(pair.key), message: `"${key}" is not part of a choice: give "story" and, if it should drop back, "until".` })
          return null
        }
      }
    }
    const at = lineOf(node) ?? line
    if (typeof story !== 'string' || story.trim() === '') {
      problems.push({ line: at, message: `Name the story by its file name, e.g. "story: microsoft-wins-appeal" for content/posts/microsoft-wins-appeal.mdx.` })
      return null
    }
    if (!exists(story)) {
      problems.push({ line: at, message: `There is no article "${story}": give the file name of one under content/posts, without .mdx.` })
      return null
    }
    if (seen.has(story)) {
      const first = seen.get(story)
      problems.push({ line: at, message: `"${story}" is chosen twice${first ? ` (line ${first})` : ''}: a story has one place on the front page.` })
      return null
    }
    seen.set(story, at)
    if (until === undefined) return { story }
    const problem = untilProblem(until)
    if (problem) {
      problems.push({ line: at, message: problem })
      return null
    }
    return { story, until: parseFrontMatterDate(String(until)) }
  }
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    const line = lineOf(pair.key)
    if (key === 'lead') front.lead = choice(isMap(pair.value) || isScalar(pair.value) ? pair.value : null, line)
    else if (key === 'top') {
      if (!isSeq(pair.value)) {
        problems.push({ line, message: `"top" is a list of stories, one per line starting with "- ".` })
        continue
      }
      const items = pair.value.items
      if (items.length > TOP_STORIES) {
        problems.push({ line, message: `The front page shows ${TOP_STORIES} top stories; ${items.length} are chosen.` })
      }
      for (const item of items.slice(0, TOP_STORIES)) {
        const chosen = choice(isMap(item) || isScalar(item) ? item : null, line)
        if (chosen) front.top.push(chosen)
      }
    } else problems.push({ line, message: `"${key}" is not part of the front page: it has a "lead" and "top" stories.\n${example}` })
  }
  return { front, problems }
}

/** Whether an article file has this slug: only a slug's shape is looked up, never a path out of content/posts. */
export const articleExists = (root: string, contentDir: string) => (slug: string) =>
  isSlug(slug) && existsSync(path.join(root, contentDir, 'posts', `${slug}.mdx`))

/**
 * The front page's choices in `<root>/<contentDir>` for the build steps that run after the content check,
 * which stop on a problem it would report; nothing chosen when there is no file.
 */
export function readFrontPage(root: string, contentDir: string): FrontPage {
  const file = path.join(contentDir, FRONT_PAGE_FILE)
  let text: string
  try {
    text = readFileSync(path.join(root, file), 'utf8')
  } catch {
    return { lead: null, top: [] }
  }
  const { front, problems } = parseFrontPage(text, articleExists(root, contentDir))
  if (problems.length > 0) {
    throw fileProblemsError(file, problems)
  }
  return front
}
