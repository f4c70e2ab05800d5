// Issue #8 §1: each incentive's taxpayer preconditions are checked before any figure, and a 核定征收 firm gets no
// incentive beyond 小型微利 (国税函〔2009〕377号 第一条; 财税〔2015〕119号; 国家税务总局公告2023年第6号).
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { assess } from '../../../src/rules/index'
import type { FirmProfile } from '../../../src/profile/types'
import type { Assessment } from '../../../src/engine/types'
import { incentiveOf } from './helpers'

const strongHnte = (): FirmProfile =>
  JSON.parse(readFileSync(new URL('../../../examples/strong-hnte.json', import.meta.url), 'utf8')) as FirmProfile

const inc = (a: Assessment, id: string) => a.incentives.find((i) => i.id === id)

/** a getter that fails the test when the engine reads an answer the wizard never asks a deemed-taxed firm */
function trap(p: FirmProfile, fields: (keyof FirmProfile['tax'])[]): string[] {
  const read: string[] = []
  for (const f of fields) {
    const value = p.tax[f]
    Object.defineProperty(p.tax, f, {
      enumerable: true,
      get: () => {
        read.push(f)
        return value
      },
    })
  }
  return read
}

describe('a deemed-taxed (核定征收) firm: examples/strong-hnte.json with taxCollection = deemed', () => {
  const p = strongHnte()
  p.company.taxCollection = 'deemed'
  p.credentials.hnteCertifiedOn = '2025-03-01' // even with a valid certificate
  const read = trap(p, ['techTransferIncome', 'techContractsRegistered', 'equipmentUpTo5m'])
  const a = assess(p)

  it.each([
    'hnte-reduced-rate',
    'tech-transfer-exemption',
    'equipment-one-time-deduction',
    'loss-carryforward-10y',
    'rd-super-deduction',
  ])('%s is not applicable, with no figure, on the collection precondition', (id) => {
    const i = inc(a, id)
    expect(i?.status).toBe('not-applicable')
    expect(i?.figures.taxSaving ?? i?.figures.extraDeduction ?? i?.figures.deduction).toBeUndefined()
    expect(i?.figures.exemptIncome).toBeUndefined()
    expect(i?.conditions?.find((c) => c.id === `${id}.collection`)?.status).toBe('fail')
  })

  it('never reads a tax answer the wizard skips for that firm', () => {
    expect(read).toEqual([])
  })

  it('still weighs 小型微利, which covers both collection methods', () => {
    // deemed: no deduction at all, the base is 8,000,000 > 3,000,000 → not applicable on income, not on collection
    const slp = inc(a, 'small-low-profit')
    expect(slp?.conditions?.find((c) => c.id === 'small-low-profit.any-collection')?.status).toBe('pass')
    expect(slp?.status).toBe('not-applicable')
    // 8,000,000 × 25% = 2,000,000; nothing else applies
    expect(a.taxEstimate).toMatchObject({
      taxableIncomeBefore: 8_000_000,
      taxableIncomeAfter: 8_000_000,
      bound: 'exact',
      best: 'standard',
      saving: 0,
    })
    expect(a.taxEstimate?.regimes[0]).toEqual({ id: 'standard', status: 'applicable', taxDue: 2_000_000 })
    expect(a.taxEstimate?.deferredDeduction).toBeUndefined()
  })

  it('gives a small deemed-taxed firm its 小型微利 relief', () => {
    const small = strongHnte()
    small.company.taxCollection = 'deemed'
    small.tax = { taxableIncome: 2_000_000, avgEmployees: 50, avgTotalAssets: 10_000_000 }
    const s = assess(small)
    // 2026: 2,000,000 × 5% = 100,000 against 2,000,000 × 25% = 500,000
    expect(inc(s, 'small-low-profit')).toMatchObject({ status: 'applicable', figures: { taxDue: 100_000 } })
    expect(s.taxEstimate).toMatchObject({ best: 'small-low-profit', saving: 400_000, bound: 'exact' })
  })
})

describe('preconditions as data', () => {
  it.each([
    ['rd-super-deduction', ['residency', 'collection', 'negative-list']],
    ['hnte-reduced-rate', ['collection', 'hnte-held']],
    ['small-low-profit', ['any-collection', 'restricted-industry']],
    ['tech-transfer-exemption', ['collection', 'contracts-registered']],
    ['loss-carryforward-10y', ['collection', 'hnte-or-tsme-held']],
    ['equipment-one-time-deduction', ['collection']],
    ['tech-contract-vat-exemption', ['contracts-registered']],
  ])('%s reports its preconditions with stable ids and a citation', (id, kinds) => {
    const i = incentiveOf(id, (p) => (p.tax.techContractsRegistered = true))
    expect(i.conditions?.map((c) => c.id)).toEqual(kinds.map((k) => `${id}.${k}`))
    for (const c of i.conditions ?? []) expect(c.cite.doc).not.toBe('')
  })

  it('stops at the first failed precondition: a non-resident is not asked about its collection method', () => {
    const i = incentiveOf('rd-super-deduction', (p) => (p.company.residentInMainland = false))
    expect(i.conditions?.map((c) => [c.id, c.status])).toEqual([['rd-super-deduction.residency', 'fail']])
    expect(i.figures.extraDeduction).toBeUndefined()
  })

  it('names the question that settles an unknown precondition', () => {
    const i = incentiveOf('hnte-reduced-rate', (p) => {
      delete p.company.taxCollection
      p.credentials.hnteCertifiedOn = '2025-01-01'
    })
    expect(i.status).toBe('unknown')
    expect(i.conditions?.[0]).toMatchObject({ status: 'unknown', fields: ['company.taxCollection'] })
  })

  it('excludes a restricted industry from 小型微利', () => {
    const i = incentiveOf('small-low-profit', (p) => {
      p.tax.taxableIncome = 100_000
      p.company.restrictedIndustry = true
    })
    expect(i.status).toBe('not-applicable')
    expect(i.figures.taxDue).toBeUndefined()
  })
})
