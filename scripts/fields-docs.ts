// `npx tsx scripts/fields-docs.ts`: writes docs/glossary.md, the column tables of docs/batch-template.md and
// examples/batch-template.csv from the field table (src/fields). tests/fields/docs.test.ts fails when they differ.
import { readFileSync, writeFileSync } from 'node:fs'
import { fieldDocs } from '../src/fields/docs'

for (const [file, text] of Object.entries(await fieldDocs((f) => readFileSync(f, 'utf8')))) {
  writeFileSync(file, text)
  console.log(`wrote ${file}`)
}
