import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { contentEnvironment } from '@/lib/content/visibility'
import { searchIndexDir } from '@/lib/search/index-dir'

// The search index of this build (scripts/search-index.ts), served from its
// environment's folder: the search page fetches the chunks a query needs.

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
}
// Index chunks, results and metadata are named by their content hash and never change; the loader, its
// worker, its entry point and its WebAssembly (`wasm.en.pagefind`) keep their names across Pagefind versions
// and indexes, so a browser must ask again each time, and gets a 304 when its copy is current.
const isHashed = (name: string) => /\.pf_(index|fragment|filter|meta)$/.test(name)

const notFound = () => new Response('Not found', { status: 404 })

export async function GET(request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  const { file } = await params
  if (!file.every((segment) => /^[\w.-]+$/.test(segment) && !segment.startsWith('.'))) return notFound()
  const name = file.join('/')
  const body = await readFile(path.join(searchIndexDir(contentEnvironment()), name)).catch(() => null)
  if (!body) return notFound()
  const headers = {
    'Content-Type': types[path.extname(name)] ?? 'application/octet-stream',
    'Cache-Control': isHashed(name) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
    ETag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
  }
  if (request.headers.get('if-none-match') === headers.ETag) return new Response(null, { status: 304, headers })
  return new Response(new Uint8Array(body), { headers })
}
