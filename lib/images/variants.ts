import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import sharp, { type Sharp } from 'sharp'
import { imageCrops, imageWidths, type ImageEntry, type ImageVariant } from './formats'

/**
 * Makes the files readers' browsers load for one picture under public/:
 * AVIF and WebP at each width, and JPEG crops for search engines, named by
 * the source's content hash under public/_img/, so an unchanged picture
 * costs a lookup on the next build, and a changed one gets new names
 * (served as immutable). Drawings (SVG) are rasterised here, at build.
 */
export const generatedDir = '_img'

/**
 * A hash of the code that makes the files (this module, the sizes and
 * formats, sharp's version): kept files made by other code are not reused.
 */
export function pictureCodeVersion(): string {
  const hash = createHash('sha256').update(sharp.versions.sharp)
  for (const file of ['variants.ts', 'formats.ts']) hash.update(readFileSync(path.join(import.meta.dirname, file)))
  return hash.digest('hex').slice(0, 12)
}

/**
 * `keptDir`, when given, is where made files are also kept between builds
 * (under .next/cache, which Vercel restores; public/_img is not kept): a
 * picture made by an earlier build is copied, not made again. With
 * `avifLater`, AVIF variants not made yet are left out rather than made
 * (AVIF takes seconds a picture, WebP a tenth of that): the entry is whole
 * but for them, and browsers take the WebP (`npm run dev`'s first start).
 */
export async function imageEntry(
  picturesDir: string,
  sitePath: string,
  keptDir?: string,
  publicDir = picturesDir,
  { avifLater = false } = {},
): Promise<ImageEntry> {
  const source = await readFile(path.join(picturesDir, sitePath))
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 10)
  const base = path
    .basename(sitePath)
    .replace(/\.[^.]+$/, '')
    .replace(/[^a-z0-9-]+/gi, '-')
  const isSvg = sitePath.toLowerCase().endsWith('.svg')
  const meta = await sharp(source).metadata()
  const intrinsic = { width: meta.width ?? 0, height: meta.height ?? 0 }
  if (!intrinsic.width || !intrinsic.height) throw new Error(`${sitePath}: not a picture sharp can read`)
  // A drawing scales to any width; a photo is never enlarged.
  const largest = isSvg ? Math.max(...imageWidths) : Math.min(intrinsic.width, Math.max(...imageWidths))
  const widths = [...new Set([...imageWidths.filter((w) => w < largest), largest])]
  const height = Math.round((intrinsic.height * largest) / intrinsic.width)
  const outDir = path.join(publicDir, generatedDir)
  await mkdir(outDir, { recursive: true })
  if (keptDir) await mkdir(keptDir, { recursive: true })
  const render = (width: number) =>
    isSvg
      ? sharp(source, { density: Math.min(2400, (72 * width) / intrinsic.width) }).resize({ width })
      : sharp(source).resize({ width })
  const make = async (name: string, pipeline: () => Sharp, later = false) => {
    const file = path.join(outDir, name)
    if (existsSync(file)) return `/${generatedDir}/${name}`
    const kept = keptDir === undefined ? undefined : path.join(keptDir, name)
    if (kept && existsSync(kept)) await copyFile(kept, file)
    else if (later) return null
    else {
      const bytes = await pipeline().toBuffer()
      await writeFile(file, bytes)
      if (kept) await writeFile(kept, bytes)
    }
    return `/${generatedDir}/${name}`
  }
  const variants = async (format: 'avif' | 'webp'): Promise<ImageVariant[]> => {
    const made = await Promise.all(
      widths.map(async (width) => ({
        width,
        src: await make(
          `${base}-${hash}-${width}.${format}`,
          () =>
            format === 'avif' ? render(width).avif({ quality: 50, effort: 4 }) : render(width).webp({ quality: 72 }),
          format === 'avif' && avifLater,
        ),
      })),
    )
    return made.flatMap(({ width, src }) => (src === null ? [] : [{ width, src }]))
  }
  const crops = Object.fromEntries(
    await Promise.all(
      Object.entries(imageCrops).map(async ([ratio, [width, cropHeight]]) => [
        ratio,
        await make(`${base}-${hash}-${ratio}.jpg`, () =>
          render(Math.max(width, largest))
            .resize({ width, height: cropHeight, fit: 'cover', position: 'attention' })
            .flatten({ background: '#ffffff' })
            .jpeg({ quality: 78, mozjpeg: true }),
        ),
      ]),
    ),
  )
  return {
    width: largest,
    height,
    avif: await variants('avif'),
    webp: await variants('webp'),
    crops: { '16x9': crops['16x9'] ?? '', '4x3': crops['4x3'] ?? '', '1x1': crops['1x1'] ?? '' },
  }
}
