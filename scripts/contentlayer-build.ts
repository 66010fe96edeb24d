// What `contentlayer2 build` does, through Contentlayer's own API, for scripts/content-build.ts.
//
// The contentlayer2 command turns on Effect-TS tracing when it loads
// (`@contentlayer2/utils/effect/Tracing/Enable`). Every fiber then copies the
// trace its parent has gathered, and the main fiber's grows with each
// document (a ring buffer that does not count the entries it may skip), so
// forking for one document costs more the more came before it: at 6,000
// articles a third of the build's CPU went into copying traces. The API, used
// without that import, does the same work without tracing.
import { generateDotpkg, getConfig, logGenerateInfo, runMain, type Config, type GenerateInfo } from 'contentlayer2/core'

const options = { tracingServiceName: 'news-ledge-content-build', verbose: false }
const config = await runMain<Config>(options)(getConfig({}))
const generated = await runMain<GenerateInfo>(options)(generateDotpkg({ config, verbose: false }))
await runMain<void>(options)(logGenerateInfo(generated))
