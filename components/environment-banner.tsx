import { getContentProblems } from '@/lib/content/posts'
import { contentEnvironment } from '@/lib/content/visibility'

/**
 * Top-of-page notices that never appear in production: that this is a
 * preview deploy, and (in development) what is wrong with the content.
 */
export function EnvironmentBanner() {
  const environment = contentEnvironment()
  const problems = environment === 'development' ? getContentProblems() : []
  return (
    <>
      {environment === 'preview' ? (
        <p className="bg-amber-300 px-4 py-2 text-center text-sm font-semibold text-amber-950">
          Preview deploy: drafts are shown, and search engines are asked not to index this site.
        </p>
      ) : null}
      {problems.length > 0 ? (
        <section role="alert" className="bg-red-800 px-4 py-3 text-sm text-white">
          <h2 className="font-bold">
            The content has {problems.length === 1 ? 'a problem' : `${problems.length} problems`}
          </h2>
          <p>Pages show the last version that built. Fix these and save; the page updates.</p>
          <ul className="mt-2 list-disc space-y-1 pl-5 font-mono">
            {problems.map((problem) => (
              <li key={`${problem.file}:${problem.line ?? 0}:${problem.message}`}>
                {problem.file}
                {problem.line ? `:${problem.line}` : ''}: {problem.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
