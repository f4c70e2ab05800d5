// The files written from the field table, as Prettier leaves them (npm test checks Prettier over the tree).
// Node-only (scripts/fields-docs.ts and its test): Prettier is loaded on demand, never in the app.
import { templateCsv } from '../batch/template'
import { withColumns } from '../batch/template-docs'
import { glossaryMarkdown } from './glossary'

/** the date the committed example template is written for */
export const TEMPLATE_DATE = '2026-11-26'

export async function fieldDocs(read: (file: string) => string): Promise<Record<string, string>> {
  const prettier = await import('prettier')
  const md = async (file: string, text: string) =>
    prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file })
  return {
    'docs/glossary.md': await md('docs/glossary.md', glossaryMarkdown()),
    'docs/batch-template.md': await md('docs/batch-template.md', withColumns(read('docs/batch-template.md'))),
    'examples/batch-template.csv': templateCsv(TEMPLATE_DATE),
  }
}
