import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
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

export async function imageEntry(publicDir: string, sitePath: string): Promise<ImageEntry> {
  const source = await readFile(path.join(publicDir, sitePath))
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
  const render = (width: number) =>
    isSvg
      ? sharp(source, { density: Math.min(2400, (72 * width) / intrinsic.width) }).resize({ width })
      : sharp(source).resize({ width })
  const make = async (name: string, pipeline: () => Sharp) => {
    const file = path.join(outDir, name)
    if (!existsSync(file)) await writeFile(file, await pipeline().toBuffer())
    return `/${generatedDir}/${name}`
  }
  const variants = async (format: 'avif' | 'webp'): Promise<ImageVariant[]> =>
    Promise.all(
      widths.map(async (width) => ({
        width,
        src: await make(`${base}-${hash}-${width}.${format}`, () =>
          format === 'avif' ? render(width).avif({ quality: 50, effort: 4 }) : render(width).webp({ quality: 72 }),
        ),
      })),
    )
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
