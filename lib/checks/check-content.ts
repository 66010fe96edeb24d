import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { ContentProblem } from './problems'
import { findReferenceProblems, type CheckablePost } from './references'
import { checkFields, parseFrontMatter } from './front-matter'
import { checkMdx } from './mdx'
import { leadWidthProblem, pictureProblem } from './images'
import { findNameProblems, type NamedArticle } from './names'
import { isSlug, slugify } from '../urls'

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

async function checkArticle(root: string, contentDir: string, relative: string) {
  const file = `${contentDir}/${relative}`
  const slug = path.basename(relative, '.mdx')
  const problems: ContentProblem[] = []
  if (!isSlug(slug)) {
    problems.push({
      file,
      message: `The file name is the article's URL, so it must be lower-case words joined by hyphens, e.g. ${contentDir}/posts/${slugify(slug) || 'your-headline'}.mdx.`,
    })
  }
  const parsed = parseFrontMatter(file, await readFile(path.join(root, file), 'utf8'))
  if (!parsed.ok) return { problems: [...problems, parsed.problem], post: null, named: null }
  const { data, body, bodyLine } = parsed.value
  problems.push(...checkFields(file, data, parsed.keyLines))
  const image = data.image
  if (typeof image === 'string' && image.trim() !== '') {
    const alt = typeof data.imageAlt === 'string' ? data.imageAlt : undefined
    const problem =
      pictureProblem(root, image, alt, 'The lead image') ?? (await leadWidthProblem(root, image).catch(() => null))
    if (problem) {
      const line =
        parsed.keyLines.get(problem.includes('alt text') ? 'imageAlt' : 'image') ?? parsed.keyLines.get('image')
      problems.push({ file, line, message: problem.replace('has no alt text.', 'has no alt text (imageAlt).') })
    }
  } else {
    for (const key of ['imageAlt', 'imageCaption', 'imageCredit']) {
      if (typeof data[key] === 'string') {
        problems.push({
          file,
          line: parsed.keyLines.get(key),
          message: `"${key}" describes a lead image, but there is no "image".`,
        })
      }
    }
  }
  const canonical = data.canonical
  if (typeof canonical === 'string' && !/^https:\/\/[^\s/]+\.[^\s]+$/.test(canonical)) {
    problems.push({
      file,
      line: parsed.keyLines.get('canonical'),
      message: `"canonical" is ${canonical}; it must be the full https:// address of the original article.`,
    })
  }
  const mdx = await checkMdx(file, body, bodyLine, {
    pictureProblem: (src, alt, what) => pictureProblem(root, src, alt, what),
  })
  problems.push(...mdx.problems)
  if (data.draft !== true && /\bTODO\b/.test(JSON.stringify(data) + body)) {
    problems.push({
      file,
      message: 'The article still has TODO placeholders. Finish them, or keep it as draft: true.',
    })
  }
  const related = Array.isArray(data.related) ? data.related.filter((item) => typeof item === 'string') : []
  const post: CheckablePost = {
    slug,
    file: relative,
    draft: data.draft === true,
    related,
    inlineRelated: mdx.inlineRelated,
  }
  const named: NamedArticle = {
    file,
    tags: Array.isArray(data.tags) ? data.tags.filter((tag) => typeof tag === 'string') : [],
    author: typeof data.author === 'string' && data.author.trim() !== '' ? data.author : undefined,
    lines: { tags: parsed.keyLines.get('tags'), author: parsed.keyLines.get('author') },
  }
  return { problems, post, named }
}

/**
 * Checks every file under `<root>/<contentDir>` as the build would read it and
 * returns each problem with its file, line and what to do. An empty list
 * means the content builds.
 */
export async function checkContent(root: string, contentDir = 'content'): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = []
  const posts: CheckablePost[] = []
  const named: NamedArticle[] = []
  const bySlug = new Map<string, string>()
  for (const relative of await listFiles(path.join(root, contentDir))) {
    if (!/^posts\/[^/]+\.mdx$/.test(relative)) {
      problems.push({
        file: `${contentDir}/${relative}`,
        message: `Only articles live under ${contentDir}/, as ${contentDir}/posts/<slug>.mdx. Move or remove this file.`,
      })
      continue
    }
    const result = await checkArticle(root, contentDir, relative)
    problems.push(...result.problems)
    if (result.named) named.push(result.named)
    if (!result.post) continue
    const key = result.post.slug.toLowerCase()
    const first = bySlug.get(key)
    if (first) {
      problems.push({
        file: `${contentDir}/${relative}`,
        message: `Another article, ${contentDir}/${first}, already has the URL /posts/${key}. Rename one of them.`,
      })
    } else {
      bySlug.set(key, relative)
      posts.push(result.post)
    }
  }
  return [...problems, ...findNameProblems(named), ...findReferenceProblems(posts, contentDir)]
}
