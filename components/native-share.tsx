'use client'

import { useState, useSyncExternalStore } from 'react'

const noChanges = () => () => undefined

type NativeShareProps = { url: string; title: string; className?: string }

/**
 * The browser's own share sheet and a copy-link button, shown only where the
 * browser can do them; without JavaScript the plain links beside it remain.
 */
export function NativeShare({ url, title, className }: NativeShareProps) {
  // What the browser can do never changes while the page is open; the server renders neither button.
  const canShare = useSyncExternalStore(
    noChanges,
    () => typeof navigator.share === 'function',
    () => false,
  )
  const canCopy = useSyncExternalStore(
    noChanges,
    () => Boolean(navigator.clipboard),
    () => false,
  )
  const [copied, setCopied] = useState(false)
  return (
    <>
      {canCopy ? (
        <li>
          <button
            type="button"
            className={className}
            onClick={() => void navigator.clipboard.writeText(url).then(() => setCopied(true))}
          >
            {copied ? 'Link copied' : 'Copy link'}
          </button>
          <span role="status" className="sr-only">
            {copied ? 'Link copied to the clipboard' : ''}
          </span>
        </li>
      ) : null}
      {canShare ? (
        <li>
          <button
            type="button"
            className={className}
            onClick={() => void navigator.share({ title, url }).catch(() => undefined)}
          >
            Share…
          </button>
        </li>
      ) : null}
    </>
  )
}
