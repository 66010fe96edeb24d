import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const editor = {
  GIT_AUTHOR_NAME: 'Editor',
  GIT_AUTHOR_EMAIL: 'editor@example.com',
  GIT_COMMITTER_NAME: 'Editor',
  GIT_COMMITTER_EMAIL: 'editor@example.com',
}

/** A throwaway git repository for tests of what the site reads from git. */
export function testRepo() {
  const root = mkdtempSync(path.join(tmpdir(), 'news-ledge-git-'))
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...editor } }).trim()
  git('init', '--quiet', '--initial-branch=main')
  let tick = 0
  return {
    root,
    git,
    write(file: string, text: string) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
      writeFileSync(path.join(root, file), text)
    },
    /** Commits everything, a minute after the previous commit, so versions have distinct times. */
    commit(message: string) {
      tick += 1
      const date = new Date(Date.UTC(2026, 0, 1, 12, tick)).toISOString()
      git('add', '-A')
      execFileSync('git', ['commit', '--quiet', '--allow-empty', '-m', message], {
        cwd: root,
        env: { ...process.env, ...editor, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      })
      return git('rev-parse', 'HEAD')
    },
  }
}

/** An article's source, as an editor writes it. */
export function article(
  fields: { title?: string; date?: string; draft?: boolean; corrections?: string },
  body: string,
) {
  return `---
title: '${fields.title ?? 'Court Rules on Dublin Emails'}'
date: ${fields.date ?? '2020-05-01'}
summary: 'A judge ruled on the warrant.'
category: Policy
${fields.draft ? 'draft: true\n' : ''}${fields.corrections ? `corrections:\n${fields.corrections}\n` : ''}---

${body}
`
}
