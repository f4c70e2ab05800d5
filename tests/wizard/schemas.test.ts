// The step schemas (yup) and validateProfile run the same field rules (src/fields/rules.ts): for a sample of rows,
// what the wizard accepts as typed text is exactly what validateProfile accepts as the stored value, at the bound,
// one fen / one person / one item past it, below zero, blank and garbage. Values worked out by hand from the rows'
// bounds: money ≤ 10万亿元 (1e13 元 = 1,000,000,000 万元), persons ≤ 10,000,000, items ≤ 1,000,000.
import { describe, expect, it } from 'vitest'
import { validateProfile } from '../../src/profile/validate'
import { fieldSchema, stepSchema } from '../../src/wizard/schemas'
import { fieldDomId } from '../../src/wizard/steps'
import { rawProfile } from '../profile/helpers'

/** a raw profile with one answer at `path` (a fiscal-year path becomes that year's entry) */
function withAnswer(path: string, value: unknown): Record<string, unknown> {
  const [group, a, b, c] = path.split('.') as [string, string, string?, string?]
  if (group !== 'years') return rawProfile({ [group]: { [a]: value } })
  const entry = c ? { year: Number(a), [b!]: { [c]: value } } : { year: Number(a), [b!]: value }
  return rawProfile({ years: [entry] })
}

const storedOk = (path: string, value: unknown): boolean => {
  const r = validateProfile(withAnswer(path, value))
  return r.ok || !r.problems.some((p) => p.path === path)
}

// [path, what is typed or chosen in the wizard, the stored value it stands for, valid]
const CASES: [string, unknown, unknown, boolean][] = [
  ['years.2025.salesRevenue', '1000000000', 1e13, true],
  ['years.2025.salesRevenue', '1000000000.0001', 1e13 + 0.01, false],
  ['years.2025.salesRevenue', '0', 0, true],
  ['years.2025.salesRevenue', '-0.0001', -0.01, false],
  ['years.2025.salesRevenue', '12abc', '12abc', false],
  ['years.2025.netAssets', '-1000000000', -1e13, true],
  ['years.2025.netAssets', '-1000000000.0001', -1e13 - 0.01, false],
  ['years.2025.rd.inHouse', '0.0001', 0.01, true],
  ['years.2025.rd.inHouse', '-1', -10_000, false],
  ['staff.total', '10000000', 10_000_000, true],
  ['staff.total', '10000001', 10_000_001, false],
  ['staff.total', '12.25', 12.25, true],
  ['staff.total', '-1', -1, false],
  ['staff.total', '十二', '十二', false],
  ['ip.classI', '1000000', 1_000_000, true],
  ['ip.classI', '1000001', 1_000_001, false],
  ['ip.classI', '1.5', 1.5, false],
  ['credentials.techSmeRegistrationYear', '2017', 2017, true],
  ['credentials.techSmeRegistrationYear', '2016', 2016, false],
  ['company.registeredOn', '2024-02-29', '2024-02-29', true],
  ['company.registeredOn', '2025-02-29', '2025-02-29', false],
  ['company.taxCollection', 'audit', 'audit', true],
  ['company.taxCollection', 'self', 'self', false],
  ['company.residentInMainland', true, true, true],
  ['company.residentInMainland', 'yes', 'yes', false],
]

describe('the step schemas and validateProfile', () => {
  it.each(CASES)('%s: %j in the wizard, %j in a file: both say %s', (path, input, stored, valid) => {
    expect(fieldSchema(path).isValidSync(input)).toBe(valid)
    expect(storedOk(path, stored)).toBe(valid)
  })

  it('leave a blank answer unanswered in both (not sure is never 0)', () => {
    for (const path of ['years.2025.salesRevenue', 'staff.total', 'company.registeredOn', 'company.taxCollection']) {
      expect(fieldSchema(path).validateSync('')).toBeUndefined()
      // in a file, an unanswered question is a key left out (JSON has no undefined)
      expect(validateProfile(JSON.parse(JSON.stringify(withAnswer(path, undefined)))).ok).toBe(true)
    }
  })
})

describe('a money field’s schema', () => {
  it.each([
    ['4800万元', 48_000_000],
    ['4,100万', 41_000_000],
    ['３９００', 39_000_000],
    ['¥120', 1_200_000],
    ['5000元', 5_000],
  ])('reads %s as %d yuan', (typed, yuan) => {
    expect(fieldSchema('years.2025.salesRevenue').validateSync(typed)).toBe(yuan)
  })
})

describe('a step schema', () => {
  it('says how to fix each answer, in Chinese and in English, keyed by the input’s id', async () => {
    const paths = ['staff.total', 'years.2025.salesRevenue']
    const values = { [fieldDomId('staff.total')]: '10000001', [fieldDomId('years.2025.salesRevenue')]: '-5' }
    const errors = async (locale: 'zh-CN' | 'en') => {
      const r = await stepSchema(paths, locale)
        .validate(values, { abortEarly: false })
        .catch((e: { inner: { path: string; message: string }[] }) => e.inner)
      return Object.fromEntries((r as { path: string; message: string }[]).map((e) => [e.path, e.message]))
    }
    const zh = await errors('zh-CN')
    expect(zh[fieldDomId('staff.total')]).toBe('职工总数（高企口径）不能超过 10000000 人，请核对数值和单位')
    expect(zh[fieldDomId('years.2025.salesRevenue')]).toBe('2025年 销售收入不能为负数，请填写 0 或正数')
    const en = await errors('en')
    expect(en[fieldDomId('staff.total')]).toMatch(/cannot exceed 10000000 persons: check the figure and its unit$/)
    expect(en[fieldDomId('years.2025.salesRevenue')]).toBe(
      '2025 Sales revenue cannot be negative: enter 0 or a positive number',
    )
  })
})
