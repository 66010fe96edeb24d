/**
 * When the database cannot answer (down, refusing connections, too slow),
 * a page that needs it cannot be made: the reader gets a 503 with
 * Retry-After, not a 500, and the CDN keeps serving the last good copy of a
 * page it has one of. The store marks the moment here; `npm start`'s server
 * (server.mjs) reads it, in the same process, when Next answers 500.
 */
const MARK = Symbol.for('news-ledge.store-unavailable-at')

/** Error codes of a database that is not there or not answering in time, as postgres and PostgreSQL name them. */
const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  // query_canceled (statement_timeout), admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections
  '57014',
  '57P01',
  '57P02',
  '57P03',
  '53300',
])

export function isUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  if ('code' in error && typeof error.code === 'string' && unavailableCodes.has(error.code)) return true
  // A connection class error (08xxx) from the server itself.
  if ('code' in error && typeof error.code === 'string' && error.code.startsWith('08')) return true
  // Node wraps a refused connection to every address of a host in an AggregateError.
  return error instanceof AggregateError && error.errors.some(isUnavailable)
}

/** Runs a store query; if the database is unavailable, says so for the server before passing the error on. */
export async function watched<T>(query: () => Promise<T>): Promise<T> {
  try {
    return await query()
  } catch (error) {
    if (isUnavailable(error)) Reflect.set(globalThis, MARK, Date.now())
    throw error
  }
}
