import path from 'node:path'
import type { AuthorProfile } from '../content/bylines'
import { isSlug, slugify } from '../urls'
import { parseFrontMatter } from './front-matter'
import { isPictureUse, type PictureUse } from './images'
import { checkMdx } from './mdx'
import type { ContentProblem } from './problems'

/** Where editors write the authors' profiles, one file each, under the content folder. */
export const AUTHORS_DIR = 'authors'

const FIELDS = ['name', 'title', 'desk', 'photo', 'photoAlt', 'email', 'tips', 'links', 'order'] as const

const example = `---
name: Dana Whitfield
title: Courts reporter
photo: /images/authors/dana-whitfield.jpg
photoAlt: Dana Whitfield, smiling, in front of a bookshelf.
email: dana.whitfield@newsledge.example
tips: 'Signal: +1 555 0142'
links: [https://bsky.app/profile/danawhitfield.example]
---

Dana covers the federal courts…`

/** A profile's front matter as the site keeps it, and its bio's Markdown, before the bio is compiled. */
export type ProfileSource = Omit<AuthorProfile, 'bio'> & { bioSource: string }

/**
 * An author's profile (content/authors/<id>.mdx): the file name is the id articles list in `authors:` and
 * the author page's URL; front matter with a name and a title (role), optionally a photo with its alt text,
 * a public email, a secure way to send tips, links to their own site and profiles, a place on the masthead,
 * and `desk: true` for a shared byline; the body is the bio, under the articles' MDX rules. Every mistake is
 * a problem with its line; the profile is there only when there is none.
 */
export async function checkAuthorProfile(
  file: string,
  text: string,
): Promise<{ findings: (ContentProblem | PictureUse)[]; profile: ProfileSource | null }> {
  const id = path.basename(file, '.mdx')
  const findings: (ContentProblem | PictureUse)[] = []
  if (!isSlug(id)) {
    findings.push({
      file,
      message: `The file name is the author's id and page URL, so it must be lower-case words joined by hyphens, e.g. ${path.dirname(file)}/${slugify(id) || 'first-last'}.mdx.`,
    })
  }
  const parsed = parseFrontMatter(file, text)
  if (!parsed.ok) return { findings: [...findings, parsed.problem], profile: null }
  const { data, body, bodyLine } = parsed.value
  const lineOf = (key: string) => parsed.keyLines.get(key)
  const problem = (key: string, message: string) => findings.push({ file, line: lineOf(key) ?? 1, message })
  const known: readonly string[] = FIELDS
  for (const key of Object.keys(data)) {
    if (!known.includes(key)) {
      problem(key, `Unknown field "${key}". A profile has ${FIELDS.join(', ')}, and the bio below the front matter.`)
    }
  }
  const field = (key: string) => {
    const value = data[key]
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'string' || value.trim() === '') {
      problem(key, `"${key}" must be text, not ${JSON.stringify(value)}. Put it in quotes.`)
      return undefined
    }
    return value.trim()
  }
  const name = field('name')
  const title = field('title')
  if (name === undefined && !('name' in data)) {
    findings.push({
      file,
      line: 1,
      message: `Missing "name": the author's name as bylines print it. A profile:\n${example}`,
    })
  }
  if (title === undefined && !('title' in data)) {
    findings.push({
      file,
      line: 1,
      message: 'Missing "title": their role, e.g. "Courts reporter" or "Editor in chief".',
    })
  }
  const desk = data.desk ?? false
  if (typeof desk !== 'boolean') problem('desk', `"desk" must be true or false, not ${JSON.stringify(desk)}.`)
  const photo = field('photo')
  const photoAlt = field('photoAlt')
  if (photo !== undefined) {
    findings.push({ kind: 'photo', src: photo, alt: photoAlt, line: lineOf('photo'), altLine: lineOf('photoAlt') })
  } else if (photoAlt !== undefined) {
    problem('photoAlt', '"photoAlt" describes a photo, but there is no "photo".')
  }
  const email = field('email')
  if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    problem('email', `"email" is "${email}", which is not an email address.`)
  }
  const tips = field('tips')
  const links = Array.isArray(data.links) ? data.links : data.links === undefined ? [] : null
  if (links === null || !links.every((link) => typeof link === 'string' && /^https:\/\/[^\s/]+\.[^\s]+$/.test(link))) {
    problem('links', '"links" must be a list of full https:// addresses, e.g. links: [https://danawhitfield.example].')
  }
  const order = data.order
  if (order !== undefined && !Number.isInteger(order)) {
    problem('order', `"order" is the author's place on the masthead, a whole number, not ${JSON.stringify(order)}.`)
  }
  if (body.trim() === '') {
    findings.push({
      file,
      line: bodyLine,
      message: 'The profile has no bio: write a few sentences below the front matter.',
    })
  }
  findings.push(...(await checkMdx(file, body, bodyLine)).findings)
  const whole = findings.every(isPictureUse)
  if (!whole || name === undefined || title === undefined || typeof desk !== 'boolean' || links === null) {
    return { findings, profile: null }
  }
  return {
    findings,
    profile: {
      id,
      name,
      title,
      desk,
      ...(photo === undefined ? {} : { photo, photoAlt }),
      ...(email === undefined ? {} : { email }),
      ...(tips === undefined ? {} : { tips }),
      links: links.filter((link) => typeof link === 'string'),
      ...(typeof order === 'number' ? { order } : {}),
      bioSource: body,
    },
  }
}
