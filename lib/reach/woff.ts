import { inflateSync } from 'node:zlib'

/**
 * A WOFF 1 font as the TrueType/OpenType file it wraps. WOFF is that file's
 * tables, each zlib-compressed when that saves space, behind a header of its
 * own; HarfBuzz reads only the plain file. (fontsource ships WOFF and WOFF2.)
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF 1 font')
  const flavor = woff.readUInt32BE(4)
  const count = woff.readUInt16BE(12)
  const tables = Array.from({ length: count }, (_, i) => {
    const entry = 44 + i * 20
    const offset = woff.readUInt32BE(entry + 4)
    const compressed = woff.readUInt32BE(entry + 8)
    const original = woff.readUInt32BE(entry + 12)
    const raw = woff.subarray(offset, offset + compressed)
    return {
      tag: woff.readUInt32BE(entry),
      checksum: woff.readUInt32BE(entry + 16),
      data: compressed < original ? inflateSync(raw) : raw,
    }
  })
  // The SFNT directory: binary-search hints, then one 16-byte record a table, tables 4-byte aligned.
  const entrySelector = Math.floor(Math.log2(count))
  const searchRange = 2 ** entrySelector * 16
  const headerSize = 12 + count * 16
  const padded = (length: number) => (length + 3) & ~3
  const sfnt = Buffer.alloc(headerSize + tables.reduce((sum, table) => sum + padded(table.data.length), 0))
  sfnt.writeUInt32BE(flavor, 0)
  sfnt.writeUInt16BE(count, 4)
  sfnt.writeUInt16BE(searchRange, 6)
  sfnt.writeUInt16BE(entrySelector, 8)
  sfnt.writeUInt16BE(count * 16 - searchRange, 10)
  let offset = headerSize
  tables.forEach((table, i) => {
    const record = 12 + i * 16
    sfnt.writeUInt32BE(table.tag, record)
    sfnt.writeUInt32BE(table.checksum, record + 4)
    sfnt.writeUInt32BE(offset, record + 8)
    sfnt.writeUInt32BE(table.data.length, record + 12)
    table.data.copy(sfnt, offset)
    offset += padded(table.data.length)
  })
  return sfnt
}
