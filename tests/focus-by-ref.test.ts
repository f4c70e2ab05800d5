// House style (template refs, not the whole document): the step form and the settings editor move the focus to an
// input through refs of their own (a newly added group's input, the field a "change" link names), never by looking
// an id up in the document, which finds whatever else on the page carries that id.
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const DIR = 'src/components'
const FILES = readdirSync(DIR).filter((f) => f === 'StepForm.vue' || /^Settings.*\.vue$/.test(f))

describe('focus in the step form and the settings editor', () => {
  it('covers the step form and the settings components', () => {
    expect(FILES).toContain('StepForm.vue')
    expect(FILES.filter((f) => f.startsWith('Settings')).length).toBeGreaterThanOrEqual(5)
  })
  it.each(FILES)('%s looks nothing up with document.getElementById', (file) => {
    expect(readFileSync(`${DIR}/${file}`, 'utf8')).not.toContain('document.getElementById')
  })
})
