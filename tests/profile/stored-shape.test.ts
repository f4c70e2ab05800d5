// The saved-draft reader's shape (src/profile/stored-shape.ts) is the field table's, written out so the start page
// can restore a draft without the table: every answer of the table is there with the JSON type the table's kind
// stores, in the table's order, and nothing else.
import { describe, expect, it } from 'vitest'
import { FIELDS } from '../../src/fields'
import {
  groupShapes,
  rdShape,
  rdTaxShape,
  transformationsShape,
  yearShape,
  type Stored,
} from '../../src/profile/stored-shape'

/** the JSON type of a row's stored value, from its kind as the table defines it (src/fields/types.ts) */
function storedOf(kind: string): Stored {
  if (kind === 'money' || kind === 'persons' || kind === 'count' || kind === 'year') return 'n'
  return kind === 'yesno' ? 'b' : 's'
}

/** the table's rows directly under `prefix` ('company.', 'years.*.rd.'), as name → stored type, in order */
function fromTable(prefix: string): [string, Stored][] {
  return FIELDS.filter((f) => f.path.startsWith(prefix) && !f.path.slice(prefix.length).includes('.')).map((f) => [
    f.path.slice(prefix.length),
    storedOf(f.kind),
  ])
}

describe('the stored shape of a saved draft', () => {
  it.each(Object.keys(groupShapes))('%s has the rows of the table, typed as stored', (group) => {
    const shape = groupShapes[group as keyof typeof groupShapes]
    expect(Object.entries(shape)).toEqual(fromTable(`${group}.`))
  })

  it('each fiscal year, its R&D and its R&D tax base have the rows of the table', () => {
    expect(Object.entries(yearShape)).toEqual(fromTable('years.*.'))
    expect(Object.entries(rdShape)).toEqual(fromTable('years.*.rd.'))
    expect(Object.entries(rdTaxShape)).toEqual(fromTable('years.*.rdTax.'))
  })

  it('covers every row of the table: the groups, the years, transformations and the assessment date', () => {
    const top = fromTable('')
    expect(top).toEqual([
      ['assessmentDate', 's'],
      ['transformations', transformationsShape],
    ])
    const groups = Object.keys(groupShapes).map((g) => `${g}.`)
    const years = ['years.*.', 'years.*.rd.', 'years.*.rdTax.']
    const shaped = [...groups, ...years].flatMap((p) => fromTable(p).map(([k]) => p + k))
    expect(shaped.length + top.length).toBe(FIELDS.length)
  })
})
