import { readFileSync } from 'node:fs'
import path from 'node:path'
import { isMap, isScalar, isSeq } from 'yaml'
import { isSlug, slugify } from '../urls'
import type { SiteSection } from './sections'
import { fileProblemsError, parseYamlFile, type FileProblem } from './yaml-file'

/** The file under the content folder where editors list the site's sections. */
export const SECTIONS_FILE = 'sections.yml'

export type SectionsProblem = FileProblem

const FIELDS = ['name', 'slug', 'description']

/**
 * Reads content/sections.yml: a YAML list, one entry per section in the order readers see them, each with a
 * `name`, a `description` and optionally a `slug` (made from the name when absent). Every mistake is a
 * problem with its line; the sections are whatever entries are whole.
 */
export function parseSections(text: string): { sections: SiteSection[]; problems: SectionsProblem[] } {
  const { doc, lineAt, problems } = parseYamlFile(text)
  if (problems.length > 0) return { sections: [], problems }
  if (!isSeq(doc.contents) || doc.contents.items.length === 0) {
    const message = 'List the sections, one entry each starting with "- name:", in the order readers see them.'
    return { sections: [], problems: [{ line: lineAt(doc.contents?.range?.[0]) ?? 1, message }] }
  }
  const sections: SiteSection[] = []
  const names = new Map<string, number | undefined>()
  const slugs = new Map<string, number | undefined>()
  for (const item of doc.contents.items) {
    const line = lineAt(isMap(item) || isScalar(item) ? item.range?.[0] : undefined)
    if (!isMap(item)) {
      problems.push({ line, message: 'Each section is an entry with "name:" and "description:" lines.' })
      continue
    }
    const fields = new Map<string, { value: unknown; line: number | undefined }>()
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : ''
      const keyLine = lineAt(isScalar(pair.key) ? pair.key.range?.[0] : undefined)
      if (!FIELDS.includes(key)) {
        problems.push({ line: keyLine, message: `"${key}" is not a section field. A section has ${FIELDS.join(', ')}.` })
        continue
      }
      fields.set(key, { value: isScalar(pair.value) ? pair.value.value : pair.value, line: keyLine })
    }
    const text = (key: string) => {
      const value = fields.get(key)?.value
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
    }
    const name = text('name')
    const description = text('description')
    if (name === undefined) problems.push({ line, message: 'This section has no "name": what readers see.' })
    if (description === undefined) {
      problems.push({ line, message: `${name ?? 'This section'} has no "description": a sentence or two for its page.` })
    }
    const slugField = fields.get('slug')
    const slug = slugField === undefined ? slugify(name ?? '') : text('slug')
    if ((name !== undefined || slugField !== undefined) && (slug === undefined || !isSlug(slug))) {
      problems.push({
        line: slugField?.line ?? line,
        message: `The section's URL segment must be lower-case words joined by hyphens, e.g. "${slugify(name ?? '') || 'world-news'}".`,
      })
    }
    if (name === undefined || description === undefined || slug === undefined || !isSlug(slug)) continue
    for (const [seen, value, what] of [
      [names, name, 'name'],
      [slugs, slug, 'URL'],
    ] as const) {
      if (seen.has(value)) {
        const first = seen.get(value)
        problems.push({ line, message: `Another section${first ? ` (line ${first})` : ''} has the same ${what}, ${value}.` })
      } else seen.set(value, line)
    }
    sections.push({ name, slug, description })
  }
  return { sections, problems }
}

/**
 * The sections of `<root>/<contentDir>`, for the build steps that run after the content check: a problem the
 * check would report stops them with the same words.
 */
export function readSections(root: string, contentDir: string): SiteSection[] {
  const file = path.join(contentDir, SECTIONS_FILE)
  let text: string
  try {
    text = readFileSync(path.join(root, file), 'utf8')
  } catch {
    throw new Error(`${file} is missing: it lists the site's sections (docs/editing.md#sections).`)
  }
  const { sections, problems } = parseSections(text)
  if (problems.length > 0) {
    throw fileProblemsError(file, problems)
  }
  return sections
}
