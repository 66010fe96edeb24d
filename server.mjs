// `npm start`: the production build, served as `next start` serves it (same flags: -p, -H), with
// one difference. Next hands every request to proxy.ts as a Fetch API Request, and the Fetch API
// cannot carry TRACE or TRACK (`new Request(url, { method: 'TRACE' })` throws), so under
// `next start` those methods answer 500 on every path. They are refused here, before Next, with
// the 405 that proxy.ts gives every other method the site does not answer. (Vercel's edge does
// the same in front of a deploy.)
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

const app = next({ dev: false, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()
createServer((request, response) => {
  if (unrepresentable.has(request.method ?? '')) {
    response.writeHead(405, { Allow: 'GET, HEAD, OPTIONS', 'Content-Type': 'text/plain; charset=utf-8' })
    response.end('Method not allowed\n')
    return
  }
  void handle(request, response)
}).listen(port, hostname, () => {
  console.log(`News Ledge on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`)
})
