import { LineCounter, parseDocument } from 'yaml'

/** A mistake in a file editors write, with its 1-based line where one applies. */
export type FileProblem = { line?: number; message: string }

/**
 * A YAML file editors write beside the articles (content/sections.yml, content/front-page.yml), parsed with
 * line numbers: its document, the line of an offset in it, and its syntax errors as problems.
 */
export function parseYamlFile(text: string) {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false })
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line)
  const problems: FileProblem[] = doc.errors.map((error) => ({
    line: lineAt(error.pos[0]),
    message: `Not valid YAML: ${error.message.split('\n')[0]}`,
  }))
  return { doc, lineAt, problems }
}

/** For the build steps that run after the content check: its problems with a file, in its words, as one error. */
export function fileProblemsError(file: string, problems: readonly FileProblem[]): Error {
  return new Error(problems.map((problem) => `${file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`).join('\n'))
}
