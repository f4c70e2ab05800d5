// Worker thread entry of `npm run triage`: loads the TypeScript worker (scripts/triage-worker.ts) through tsx,
// since a worker thread does not inherit the parent's TypeScript loader.
import { tsImport } from 'tsx/esm/api'

await tsImport('./triage-worker.ts', import.meta.url)
