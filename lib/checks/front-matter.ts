import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import type { ContentProblem } from './problems'
import { correctionKinds, postFields } from '../content/schema'
import { checkDateOrder } from './date-order'
import { slugify } from '../urls'

type FieldDef = (typeof postFields)[keyof typeof postFields]
const fieldNames = Object.keys(postFields)

export type FrontMatter = {
  data: Record<string, unknown>
  /** 1-based line in the file where the body starts. */
  bodyLine: number
  body: string
}

const isFieldName = (key: string): key is keyof typeof postFields => key in postFields

/** Splits `---` front matter from the body, parsing it as YAML with line numbers. */
export function parseFrontMatter(
  file: string,
  source: string,
): { ok: true; value: FrontMatter; keyLines: Map<string, number> } | { ok: false; problem: ContentProblem } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source)
  if (!match || match[1] === undefined) {
    return {
      ok: false,
      problem: { file, line: 1, message: 'The file must start with front matter between two lines of ---.' },
    }
  }
  const yamlText = match[1]
  const lineCounter = new LineCounter()
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false })
  const error = doc.errors[0]
  if (error) {
    const line = (error.linePos?.[0].line ?? 0) + 1
    return {
      ok: false,
      problem: { file, line, message: `Front matter is not valid YAML: ${error.message.split('\n')[0]}` },
    }
  }
  if (!isMap(doc.contents)) {
    return { ok: false, problem: { file, line: 2, message: 'Front matter must be a list of `field: value` lines.' } }
  }
  const keyLines = new Map<string, number>()
  const lineOf = (node: unknown) =>
    isScalar(node) && node.range ? lineCounter.linePos(node.range[0]).line + 1 : undefined
  for (const pair of doc.contents.items) {
    const line = lineOf(pair.key)
    if (line === undefined || !isScalar(pair.key)) continue
    const key = String(pair.key.value)
    keyLines.set(key, line)
    // Each note's date has its own line too, for problems with one note: `corrections.0.date`.
    if (!isSeq(pair.value)) continue
    for (const [i, item] of pair.value.items.entries()) {
      if (!isMap(item)) continue
      for (const field of item.items) {
        const fieldLine = lineOf(field.key)
        if (fieldLine !== undefined && isScalar(field.key))
          keyLines.set(`${key}.${i}.${String(field.key.value)}`, fieldLine)
      }
    }
  }
  const data: unknown = doc.toJS()
  const record: Record<string, unknown> = {}
  if (typeof data === 'object' && data !== null) Object.assign(record, data)
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1)
  return { ok: true, value: { data: record, bodyLine, body: source.slice(match[0].length) }, keyLines }
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length] ?? 0
}

/** Why a front-matter date is not one, or null: a day, or a minute with its offset. */
export function dateProblem(name: string, value: unknown): string | null {
  const example = `Write it as a day, 2014-07-31, or to the minute with the newsroom's offset, 2026-12-01T09:30:00-05:00.`
  if (typeof value !== 'string') return `"${name}" is ${show(value)}, which is not a date. ${example}`
  const time = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/.exec(value)
  if (time) {
    const [, hour, minute, second, offset] = time
    if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59 || !isRealDate(value.slice(0, 10))) {
      return `"${name}" is ${show(value)}, which is not a real time. ${example}`
    }
    if (!offset) {
      return `"${name}" is ${show(value)}, a time without a time zone, which would be read in whatever zone the build runs in. Add the offset, e.g. ${value}-05:00 for New York in winter.`
    }
    return null
  }
  return isRealDate(value) ? null : `"${name}" is ${show(value)}, which is not a real date. ${example}`
}

function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return false
  const [, y, m, d] = match.map(Number)
  const date = new Date(Date.UTC(y ?? 0, (m ?? 0) - 1, d ?? 0))
  // Date.UTC quietly rolls 2014-13-45 over into 2015; a real date survives the round trip.
  return date.getUTCFullYear() === y && date.getUTCMonth() + 1 === m && date.getUTCDate() === d
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
}

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value)
}

function checkValue(name: string, def: FieldDef, value: unknown): string | null {
  switch (def.type) {
    case 'string':
      return typeof value === 'string' ? null : `"${name}" must be text, not ${show(value)}. Put it in quotes.`
    case 'date':
      return dateProblem(name, value)
    case 'boolean':
      return typeof value === 'boolean' ? null : `"${name}" must be true or false, not ${show(value)}.`
    case 'list':
      if (name === 'corrections') return correctionsProblem(value)
      if (name === 'credits') return creditsProblem(value)
      return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '')
        ? null
        : `"${name}" must be a list, e.g. ${name}: [First, Second], not ${show(value)}.`
  }
}

const correctionExample = `corrections:
  - date: 2026-11-29
    kind: correction
    text: An earlier version gave the wrong court.`

/** Why a `corrections:` list is not one, or null. */
function correctionsProblem(value: unknown): string | null {
  if (!Array.isArray(value))
    return `"corrections" must be a list of notes, each with date, kind and text, e.g.\n${correctionExample}`
  for (const [i, item] of value.entries()) {
    const which = `Note ${i + 1} under "corrections"`
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      return `${which} must have date, kind and text, e.g.\n${correctionExample}`
    }
    const note: Record<string, unknown> = { ...item }
    const unknown = Object.keys(note).find((key) => !['date', 'kind', 'text'].includes(key))
    if (unknown) return `${which} has "${unknown}", which a note cannot have: only date, kind and text.`
    if (note.date === undefined || note.date === null)
      return `${which} needs a date: the day (or minute) of the change.`
    const date = dateProblem('date', note.date)
    if (date) return `${which}: ${date}`
    if (!correctionKinds.some((kind) => kind === note.kind)) {
      return `${which}: kind is ${show(note.kind)}; use one of: ${correctionKinds.join(', ')}.`
    }
    if (typeof note.text !== 'string' || note.text.trim() === '') {
      return `${which} needs text: say for readers what was wrong or what changed.`
    }
  }
  return null
}

const creditExample = `credits:
  - role: Photos by
    authors: [sam-okafor]`

/** Why a `credits:` list is not one, or null: each credit a role and the ids it credits. */
function creditsProblem(value: unknown): string | null {
  if (!Array.isArray(value))
    return `"credits" must be a list of credits, each with role and authors, e.g.\n${creditExample}`
  for (const [i, item] of value.entries()) {
    const which = `Credit ${i + 1} under "credits"`
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      return `${which} must have role and authors, e.g.\n${creditExample}`
    }
    const credit: Record<string, unknown> = { ...item }
    const unknown = Object.keys(credit).find((key) => !['role', 'authors'].includes(key))
    if (unknown) return `${which} has "${unknown}", which a credit cannot have: only role and authors.`
    if (typeof credit.role !== 'string' || credit.role.trim() === '') {
      return `${which} needs a role, as the line reads: "Photos by", "Additional reporting by".`
    }
    const { authors } = credit
    if (!Array.isArray(authors) || authors.length === 0 || !authors.every((id) => typeof id === 'string')) {
      return `${which} needs authors: a list of ids of profiles in content/authors, e.g. authors: [sam-okafor].`
    }
  }
  return null
}

/** Every front-matter mistake in one article, each with the line of its field. */
export function checkFields(
  file: string,
  data: Record<string, unknown>,
  keyLines: Map<string, number>,
): ContentProblem[] {
  const problems: ContentProblem[] = []
  for (const [key, value] of Object.entries(data)) {
    const line = keyLines.get(key)
    if (key === 'author') {
      problems.push({
        file,
        line,
        message: `"author" is now "authors": a list of ids of profiles in content/authors, e.g. authors: [${(typeof value === 'string' && slugify(value)) || 'dana-whitfield'}]. Each author has a profile there (docs/editing.md#authors).`,
      })
      continue
    }
    if (!isFieldName(key)) {
      const guess = fieldNames.find((name) => editDistance(name, key.toLowerCase()) <= 2)
      const hint = guess ? ` Did you mean "${guess}"?` : ` Known fields: ${fieldNames.join(', ')}.`
      problems.push({ file, line, message: `Unknown field "${key}".${hint}` })
      continue
    }
    const def: FieldDef = postFields[key]
    if (isEmpty(value)) continue
    const message = checkValue(key, def, value)
    if (message) problems.push({ file, line, message })
  }
  for (const name of fieldNames) {
    if (!isFieldName(name)) continue
    const def: FieldDef = postFields[name]
    if ('required' in def && def.required && isEmpty(data[name])) {
      problems.push({
        file,
        line: keyLines.get(name),
        message: `Missing required field "${name}" (${def.description}).`,
      })
    }
  }
  // Dates are compared once each one is a date.
  return problems.length > 0 ? problems : checkDateOrder(file, data, keyLines)
}
