import { describe, expect, it } from 'vitest'
import type { FirmProfile } from '../../../src/profile/types'
import { evaluateIncentives } from '../../../src/rules/incentives'
import { ctxOf, lastYear, program } from '../tech-sme/fixtures'
import { incentiveOf, type Run } from './helpers'

const rd = (change: (p: FirmProfile) => void, run: Run) => incentiveOf('rd-super-deduction', change, run)
const services = (p: FirmProfile) => (p.company.industry = 'I65') // 软件和信息技术服务业: not manufacturing
const ic = (p: FirmProfile) => (p.company.icOrMachineToolListed = true)
/** a services firm holding the tech-SME registration number of `year` */
const tsmeIn = (year: number) => (p: FirmProfile) => {
  services(p)
  p.credentials.techSmeRegistrationYear = year
}

describe('rd-super-deduction rate by tax year', () => {
  it.each([
    ['2016-01-01', services, 'ineligible', 'applicable', 0.5], // 财税〔2015〕119号
    ['2017-12-31', services, 'ineligible', 'applicable', 0.5],
    ['2017-12-31', services, 'eligible', 'applicable', 0.5], // criteria met, no 2017 number
    ['2017-12-31', tsmeIn(2017), 'eligible', 'applicable', 0.75], // 财税〔2017〕34号
    ['2019-12-31', tsmeIn(2019), 'ineligible', 'applicable', 0.75],
    ['2018-01-01', services, 'ineligible', 'applicable', 0.75],
    ['2020-12-31', services, 'ineligible', 'applicable', 0.75],
    ['2021-06-30', services, 'ineligible', 'applicable', 0.75],
    ['2021-06-30', () => {}, 'ineligible', 'applicable', 1], // manufacturing (C34)
    ['2022-06-30', services, 'ineligible', 'applicable', 0.75],
    ['2022-06-30', services, 'eligible', 'applicable', 0.75], // criteria met, no 2022 number
    ['2022-06-30', tsmeIn(2022), 'eligible', 'applicable', 1], // tech-SME in 2022 (2022年第16号)
    ['2022-06-30', tsmeIn(2021), 'eligible', 'applicable', 0.75], // 2021's number does not count for 2022
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

  it('is not covered (unknown, never not-in-force) before 2016, with a notice', () => {
    const ctx = ctxOf(services, '2015-12-31')
    const i = evaluateIncentives(ctx, program('ineligible'), program('ineligible'))[0]
    expect(i?.status).toBe('unknown')
    expect(ctx.notices.some((n) => n.id === 'rd-super-deduction.not-covered')).toBe(true)
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
    ['rdTax with nothing answered', (p: FirmProfile) => (lastYear(p).rdTax = {}), 'unknown'],
    [
      'rdTax all explicitly zero',
      (p: FirmProfile) =>
        (lastYear(p).rdTax = {
          items1to5: 0,
          otherRelated: 0,
          entrustedDomestic: 0,
          entrustedOverseas: 0,
          intangibleAmortization: 0,
        }),
      'not-applicable',
    ],
  ])('%s → %s', (_name, change, status) => {
    expect(rd(change, { asOf }).status).toBe(status)
  })
})
