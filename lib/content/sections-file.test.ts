import { describe, expect, it } from 'vitest'
import { parseSections } from './sections-file'

const lines = (...text: string[]) => `${text.join('\n')}\n`

describe('parseSections', () => {
  it('reads the sections in the file’s order, with a slug made from the name unless one is given', () => {
    const { sections, problems } = parseSections(
      lines(
        '# The sections',
        '- name: Science & Health',
        '  slug: science',
        '  description: Research, explained.',
        '- name: Wirtschaft und Börse',
        '  description: "Märkte: Aktien, Anleihen."',
      ),
    )
    expect(problems).toEqual([])
    expect(sections).toEqual([
      { name: 'Science & Health', slug: 'science', description: 'Research, explained.' },
      { name: 'Wirtschaft und Börse', slug: 'wirtschaft-und-borse', description: 'Märkte: Aktien, Anleihen.' },
    ])
  })

  it('gives each mistake its line', () => {
    const { sections, problems } = parseSections(
      lines(
        '- name: Policy', // 1
        '  description: Courts.',
        '- name: Tech', // 3
        '  decription: Gadgets.',
        '- name: R&D', // 5
        '  description: Labs.',
        '- name: R and D', // 7
        '  description: The same URL.',
        '- name: Sport', // 9
        '  slug: Sport News',
        '  description: Games.',
        '- just a line', // 12
        '- description: No name.', // 13
        '- name: POLICY', // 14
        '  slug: policy',
        '  description: Same URL as Policy.',
      ),
    )
    expect(problems).toEqual([
      { line: 4, message: '"decription" is not a section field. A section has name, slug, description.' },
      { line: 3, message: 'Tech has no "description": a sentence or two for its page.' },
      { line: 7, message: 'Another section (line 5) has the same URL, r-and-d.' },
      { line: 10, message: 'The section\'s URL segment must be lower-case words joined by hyphens, e.g. "sport".' },
      { line: 12, message: 'Each section is an entry with "name:" and "description:" lines.' },
      { line: 13, message: 'This section has no "name": what readers see.' },
      { line: 14, message: 'Another section (line 1) has the same URL, policy.' },
    ])
    expect(sections.map((section) => section.name)).toEqual(['Policy', 'R&D', 'R and D', 'POLICY'])
  })

  it('asks for a list when the file is empty, not YAML, or not a list', () => {
    for (const text of ['', '# nothing yet\n', 'name: Policy\n']) {
      expect(parseSections(text).problems[0]?.message, text).toMatch(/^List the sections/)
    }
    expect(parseSections('- name: [Policy\n').problems[0]).toMatchObject({ line: 2, message: expect.stringMatching(/^Not valid YAML/) })
  })
})
