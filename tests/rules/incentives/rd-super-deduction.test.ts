import { describe, expect, it } from 'vitest'
import type { FirmProfile } from '../../../src/profile/types'
import { lastYear } from '../tech-sme/fixtures'
import { incentiveOf, type Run } from './helpers'

const rd = (change: (p: FirmProfile) => void, run: Run) => incentiveOf('rd-super-deduction', change, run)
const services = (p: FirmProfile) => (p.company.industry = 'I65') // 软件和信息技术服务业: not manufacturing
const ic = (p: FirmProfile) => (p.company.icOrMachineToolListed = true)

describe('rd-super-deduction rate by tax year', () => {
  it.each([
    ['2017-12-31', services, 'ineligible', 'not-in-force', undefined],
    ['2018-01-01', services, 'ineligible', 'applicable', 0.75],
    ['2020-12-31', services, 'ineligible', 'applicable', 0.75],
    ['2021-06-30', services, 'ineligible', 'applicable', 0.75],
    ['2021-06-30', () => {}, 'ineligible', 'applicable', 1], // manufacturing (C34)
    ['2022-06-30', services, 'ineligible', 'applicable', 0.75],
    ['2022-06-30', services, 'eligible', 'applicable', 1], // tech-SME in 2022
    ['2022-12-31', () => {}, 'ineligible', 'applicable', 1],
    ['2023-01-01', services, 'ineligible', 'applicable', 1], // all firms from 2023
    ['2023-01-01', ic, 'ineligible', 'applicable', 1.2],
    ['2027-12-31', ic, 'ineligible', 'applicable', 1.2],
    ['2028-01-01', ic, 'ineligible', 'applicable', 1],
  ] as const)('on %s → %s', (asOf, change, techSme, status, rate) => {
    const i = rd(change, { asOf, techSme })
    expect(i.status).toBe(status)
    expect(i.figures.rate).toBe(rate)
    expect(i.taxYear).toBe(Number(asOf.slice(0, 4)))
    expect(i.basisYear).toBe(Number(asOf.slice(0, 4)) - 1)
  })

  it('gives a tech-SME no higher rate than any other firm from 2023 (a common wrong belief)', () => {
    const asTsme = rd(services, { asOf: '2026-07-01', techSme: 'eligible' })
    const plain = rd(services, { asOf: '2026-07-01', techSme: 'ineligible' })
    expect(asTsme.figures).toEqual(plain.figures)
    expect(asTsme.figures.rate).toBe(1)
  })

  it('notes in 2022 that an unsettled tech-SME evaluation could raise the rate', () => {
    expect(rd(services, { asOf: '2022-06-30', techSme: 'incomplete' }).note?.key).toBe(
      'incentives.rd-super-deduction.tsme-pending',
    )
  })
})

describe('rd-super-deduction amount and who may claim', () => {
  const asOf = '2026-07-01'
  it('is rate × capped base + rate × intangible amortisation, to the fen', () => {
    const i = rd(
      (p) =>
        (lastYear(p).rdTax = {
          items1to5: 900_000,
          otherRelated: 200_000, // capped at 100,000
          entrustedDomestic: 100_000.01, // 80,000.008
          intangibleAmortization: 10_000,
        }),
      { asOf },
    )
    // (900,000 + 100,000 + 80,000.008) + 10,000 = 1,090,000.008 → 1,090,000.01
    expect(i).toMatchObject({ status: 'applicable', figures: { rate: 1, extraDeduction: 1_090_000.01 } })
  })

  it('uses 120% on the same base for a listed IC firm', () => {
    const i = rd(
      (p) => {
        ic(p)
        lastYear(p).rdTax = { items1to5: 1_000_000 }
      },
      { asOf },
    )
    expect(i.figures.extraDeduction).toBe(1_200_000)
  })

  it.each([
    ['核定征收', (p: FirmProfile) => (p.company.taxCollection = 'deemed'), 'not-applicable'],
    ['non-resident', (p: FirmProfile) => (p.company.residentInMainland = false), 'not-applicable'],
    ['wholesale (negative list)', (p: FirmProfile) => (p.company.industry = 'F51'), 'not-applicable'],
    ['tax collection unanswered', (p: FirmProfile) => delete p.company.taxCollection, 'unknown'],
    ['industry unanswered', (p: FirmProfile) => delete p.company.industry, 'unknown'],
    ['no rdTax', (p: FirmProfile) => delete lastYear(p).rdTax, 'unknown'],
    ['rdTax all zero', (p: FirmProfile) => (lastYear(p).rdTax = {}), 'not-applicable'],
  ])('%s → %s', (_name, change, status) => {
    expect(rd(change, { asOf }).status).toBe(status)
  })
})
