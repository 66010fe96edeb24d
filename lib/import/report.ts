/**
 * What an import did with everything in the export, so nothing is lost
 * silently: each post or page imported, updated, left alone or skipped,
 * with the reason and the source post, and each warning from its conversion.
 */

export type ReportOutcome = 'imported' | 'updated' | 'unchanged' | 'kept' | 'skipped'

export type ReportEntry = {
  outcome: ReportOutcome
  /** The source's id (wp:123, ghost:5f3…) and title. */
  source: string
  title: string
  /** The file written or kept, relative to the project. */
  file?: string
  reason?: string
  warnings: string[]
}

export class ImportReport {
  readonly entries: ReportEntry[] = []
  /** Notes about the import as a whole: mappings used, authors created, what the export held besides content. */
  readonly notes: string[] = []
  redirects = 0
  pictures = 0

  add(entry: ReportEntry) {
    this.entries.push(entry)
  }

  count(outcome: ReportOutcome) {
    return this.entries.filter((entry) => entry.outcome === outcome).length
  }

  get warned() {
    return this.entries.filter((entry) => entry.warnings.length > 0).length
  }

  /** One line per outcome, as the command prints it at the end. */
  summary(): string {
    return [
      `imported ${this.count('imported')}, updated ${this.count('updated')}, unchanged ${this.count('unchanged')}`,
      `kept (edited since the last import) ${this.count('kept')}, skipped ${this.count('skipped')}`,
      `converted with warnings ${this.warned}, pictures copied ${this.pictures}, redirects ${this.redirects}`,
    ].join('\n')
  }

  /** The whole report as Markdown, grouped by outcome, each entry with its source and reasons. */
  markdown(title: string): string {
    const section = (heading: string, outcome: ReportOutcome, withWarnings = true) => {
      const entries = this.entries.filter((entry) => entry.outcome === outcome)
      if (entries.length === 0) return []
      return [
        `## ${heading} (${entries.length})`,
        '',
        ...entries.map((entry) =>
          [
            `- ${entry.source} “${entry.title}”${entry.file ? ` → ${entry.file}` : ''}${entry.reason ? `: ${entry.reason}` : ''}`,
            ...(withWarnings ? entry.warnings.map((warning) => `  - ${warning}`) : []),
          ].join('\n'),
        ),
        '',
      ]
    }
    const warnedElsewhere = this.entries.filter(
      (entry) => entry.warnings.length > 0 && entry.outcome !== 'skipped' && entry.outcome !== 'kept',
    )
    return [
      `# ${title}`,
      '',
      this.summary()
        .split('\n')
        .map((line) => `- ${line}`)
        .join('\n'),
      '',
      ...(this.notes.length ? ['## Notes', '', ...this.notes.map((note) => `- ${note}`), ''] : []),
      ...section('Skipped', 'skipped'),
      ...section('Kept: edited since the last import', 'kept'),
      ...(warnedElsewhere.length
        ? [
            `## Converted with warnings (${warnedElsewhere.length})`,
            '',
            ...warnedElsewhere.map((entry) =>
              [
                `- ${entry.source} “${entry.title}” → ${entry.file ?? ''}`,
                ...entry.warnings.map((w) => `  - ${w}`),
              ].join('\n'),
            ),
            '',
          ]
        : []),
      // Their warnings are listed above.
      ...section('Imported', 'imported', false),
      ...section('Updated', 'updated', false),
    ].join('\n')
  }
}
