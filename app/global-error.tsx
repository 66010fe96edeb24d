'use client'

import './globals.css'
import { Unavailable } from '@/components/unavailable'

/** As app/error.tsx, when the layout itself (the header's sections) could not be made: a page of its own. */
export default function GlobalError() {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
          <Unavailable />
        </main>
      </body>
    </html>
  )
}
