// `npm start`: the production build, served as `next start` serves it (same flags: -p, -H), with
// one difference. Next hands every request to proxy.ts as a Fetch API Request, and the Fetch API
// cannot carry TRACE or TRACK (`new Request(url, { method: 'TRACE' })` throws), so under
// `next start` those methods answer 500 on every path. They are refused here, before Next, with
// the 405 that proxy.ts gives every other method the site does not answer. (Vercel's edge does
// the same in front of a deploy.)
//
// And when the database a build reads is down (lib/store/unavailable.ts marks the moment, in this
// process), a page Next could not make answers 503 with Retry-After instead of 500: readers and
// crawlers are told to come back, and no cache keeps the failure. Pages made before keep being served.
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'
import next from 'next'

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
})
const port = Number(values.port ?? process.env.PORT ?? 3000)
const hostname = values.hostname ?? '0.0.0.0'
/** Methods a Fetch API Request refuses (CONNECT never reaches a request handler). */
const unrepresentable = new Set(['TRACE', 'TRACK'])

/** Seconds readers and crawlers are asked to wait while the database is down; a failure this recent counts. */
const RETRY_AFTER = 30
const storeUnavailableAt = Symbol.for('news-ledge.store-unavailable-at')
const storeDown = () => {
  const at = globalThis[storeUnavailableAt]
  return typeof at === 'number' && Date.now() - at < RETRY_AFTER * 1000
}

/** Turns the 500 of a page that failed while the database was down into a 503 with Retry-After. */
function answerUnavailable(response) {
  const writeHead = response.writeHead
  response.writeHead = function (status, ...rest) {
    if (status !== 500 || !storeDown()) return writeHead.call(this, status, ...rest)
    this.setHeader('Retry-After', String(RETRY_AFTER))
    this.setHeader('Cache-Control', 'no-store')
    // Drop a status message written for 500; keep any headers passed along.
    return writeHead.call(this, 503, ...rest.filter((part) => typeof part !== 'string'))
  }
}

const app = next({ dev: false, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()
createServer((request, response) => {
  if (unrepresentable.has(request.method ?? '')) {
    response.writeHead(405, { Allow: 'GET, HEAD, OPTIONS', 'Content-Type': 'text/plain; charset=utf-8' })
    response.end('Method not allowed\n')
    return
  }
  answerUnavailable(response)
  void handle(request, response)
}).listen(port, hostname, () => {
  console.log(`News Ledge on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`)
})
