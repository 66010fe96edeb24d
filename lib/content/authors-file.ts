import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { AUTHORS_DIR, checkAuthorProfile, type ProfileSource } from '../checks/author-profile'
import { isPictureUse } from '../checks/images'
import type { ContentProblem } from '../checks/problems'
import type { AuthorProfile } from './bylines'
import { compileArticleBody } from './compile-mdx'
import { fileProblemsError } from './yaml-file'

/** The profile files under `<root>/<contentDir>/authors`, by name, in id order. */
function profileFiles(root: string, contentDir: string): string[] {
  try {
    return readdirSync(path.join(root, contentDir, AUTHORS_DIR))
      .filter((name) => name.endsWith('.mdx'))
      .sort()
  } catch {
    return []
  }
}

/**
 * The profiles of content/authors, for the build steps that run after the content check: a mistake the check
 * would report stops them with the same words (its line included).
 */
export async function readAuthorSources(root: string, contentDir: string): Promise<ProfileSource[]> {
  const profiles: ProfileSource[] = []
  for (const name of profileFiles(root, contentDir)) {
    const file = path.join(contentDir, AUTHORS_DIR, name)
    const { findings, profile } = await checkAuthorProfile(file, readFileSync(path.join(root, file), 'utf8'))
    const problems = findings.filter((finding): finding is ContentProblem => !isPictureUse(finding))
    if (problems.length > 0) throw fileProblemsError(file, problems)
    if (!profile) throw new Error(`${file}: not a profile (npm run check:content says why)`)
    profiles.push(profile)
  }
  return profiles
}

/** The profiles with their bios compiled as article bodies are, for pages (lib/content/authors.ts). */
export async function readAuthorProfiles(root: string, contentDir: string): Promise<AuthorProfile[]> {
  return Promise.all(
    (await readAuthorSources(root, contentDir)).map(async ({ bioSource, ...profile }) => ({
      ...profile,
      bio: await compileArticleBody(bioSource),
    })),
  )
}
