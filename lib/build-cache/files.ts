import { existsSync, readdirSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Every file under a directory, by its path from there with `/` between folders (posts/foo.mdx), sorted; none if it is missing. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

/**
 * Writes a file whole or not at all (a temporary file, then a rename): a
 * build killed mid-write leaves the old file, and a reader never sees half
 * of the new one.
 */
export function writeFileAtomic(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, text)
  renameSync(temporary, file)
}
