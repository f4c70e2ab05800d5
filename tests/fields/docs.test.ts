import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fieldDocs } from '../../src/fields/docs'

describe('the files generated from the field table', () => {
  it('are committed as scripts/fields-docs.ts writes them (run it after changing a row)', async () => {
    const read = (f: string) => readFileSync(f, 'utf8')
    for (const [file, text] of Object.entries(await fieldDocs(read))) expect(read(file), file).toBe(text)
  }, 20_000)
})
