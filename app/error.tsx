'use client'

import { Unavailable } from '@/components/unavailable'

/**
 * What a reader sees when a page cannot be made, most often because the
 * database it reads is down (the server answers 503 then, server.mjs).
 * Never the error itself: its details stay in the server's log.
 */
export default function ErrorPage() {
  return <Unavailable />
}
