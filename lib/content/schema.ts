import path from 'node:path'
import type { FieldDefs, NestedType } from 'contentlayer2/source-files'
import { siteConfig } from '../site'

/**
 * The article front matter, shared by Contentlayer (which types and builds
 * it) and the content check (which explains mistakes to editors), so the two
 * cannot disagree about what an article may say.
 */

/**
 * Where the articles live, relative to the project: content/, or CONTENT_DIR
 * (the dev-server test edits a scratch copy, so an interrupted run leaves
 * nothing in content/ to ship).
 */
export const contentDir = process.env.CONTENT_DIR ?? 'content'

/**
 * Where an article's pictures are, relative to the project: the public/
 * folder beside its content folder, so public/ for content/, and the tests'
 * own site (e2e/site/content) has its pictures in e2e/site/public. The
 * variants made of them are always served from the project's public/_img.
 */
export const picturesDir = (content: string) => path.join(/* turbopackIgnore: true */ path.dirname(content), 'public')

/** What a note on an article says happened: a fact fixed, a point made clearer, or news added since. */
export const correctionKinds = ['correction', 'clarification', 'update'] as const

// What `defineNestedType` returns, written out: importing contentlayer2 at run
// time would add seconds to every content check, which reads this file too.
const Correction: NestedType<'Correction'> = {
  type: 'nested',
  def: () => ({
  name: 'Correction',
  fields: {
    date: { type: 'date', required: true, description: 'When the change was made, YYYY-MM-DD or to the minute' },
    kind: { type: 'enum', options: [...correctionKinds], required: true, description: 'correction, clarification or update' },
    text: { type: 'string', required: true, description: 'What changed, in a sentence or two, for readers' },
  },
  }),
}

// A role credit after the byline: "Photos by" and whom (lib/content/bylines.ts).
const Credit: NestedType<'Credit'> = {
  type: 'nested',
  def: () => ({
  name: 'Credit',
  fields: {
    role: { type: 'string', required: true, description: 'What they did, as the line reads: Photos by, Additional reporting by' },
    authors: { type: 'list', of: { type: 'string' }, required: true, description: 'Ids of profiles in content/authors' },
  },
  }),
}

export const postFields = {
  title: { type: 'string', required: true, description: 'Headline' },
  date: {
    type: 'date',
    required: true,
    description: 'Publication day (YYYY-MM-DD) or minute with its offset (2026-12-01T09:30:00-05:00)',
  },
  summary: { type: 'string', required: true, description: 'One or two sentences for lists, meta and feeds' },
  category: {
    type: 'string',
    required: true,
    description: 'Section of the site: the name of one of the sections in content/sections.yml',
  },
  tags: { type: 'list', of: { type: 'string' }, default: [], description: 'Topics; each gets a tag page' },
  authors: {
    type: 'list',
    of: { type: 'string' },
    default: [siteConfig.defaultAuthor],
    description: 'Byline: ids of profiles in content/authors, in the order it reads; the newsroom when absent',
  },
  credits: {
    type: 'list',
    of: Credit,
    default: [],
    description: 'Role credits after the byline, each a role and author ids, e.g. role: Photos by',
  },
  updated: { type: 'date', required: false, description: 'Last substantive update, a day or a minute like date' },
  corrections: {
    type: 'list',
    of: Correction,
    default: [],
    description: 'Corrections, clarifications and updates, shown on the article and the corrections page',
  },
  image: { type: 'string', required: false, description: 'Lead image: a file under public/, e.g. /images/court.jpg' },
  imageAlt: { type: 'string', required: false, description: 'What the lead image shows; required with image' },
  imageCaption: { type: 'string', required: false, description: 'Caption under the lead image' },
  imageCredit: { type: 'string', required: false, description: 'Who made the lead image' },
  draft: { type: 'boolean', default: false, description: 'Hidden in production' },
  affiliate: { type: 'boolean', default: false, description: 'Show the affiliate notice' },
  canonical: {
    type: 'string',
    required: false,
    description: 'Absolute URL of the original, for an article that first ran elsewhere',
  },
  related: { type: 'list', of: { type: 'string' }, default: [], description: 'Slugs pinned first in the related list' },
} satisfies FieldDefs
