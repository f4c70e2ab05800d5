// The full reference's incentives and tax estimate, for tax years 2023–2027 (the values in force then: R&D extra
// deduction 100%, 120% for IC / machine-tool firms; 小型微利 5% on the whole income ≤ 300万; HNTE 15%; 技术转让
// 500万 exempt, the excess halved; equipment ≤ 500万 a unit). Tax amounts ×1350 fen: 1350 = 2 × 5 × 135 keeps
// 6/5 of a ×135 base and a halved transfer income whole.
import { fen, max0, minB, yearData, yuan, type Ref, type Status } from './core'
import type { RefProgram } from './hnte'
import { superBase } from './tsme'
import { combine, heldStatus, hnteHeld, inc, negativeStatus, pre, tsmeHeld, yn, type RefIncentive } from './held'
import type { Held } from './held'
import { estimate, K, type RefEstimate } from './estimate'

interface Env {
  r: Ref
  taxYear: number
  /** 核定征收: only what 小型微利 needs is read (国家税务总局公告2023年第6号) */
  deemed: boolean
  collection: Status
  contracts: Status
  hnte: Held
  tsme: Held
}

/** an amount off taxable income, ×1350 fen; none: unknown (left out, the tax is then "at most") */
interface Deduction {
  amount?: bigint
  exact: boolean
  halved?: bigint
}

/** 研发费用加计扣除 on the last year's super-deduction base and intangibles' amortisation */
function rdDeduction(env: Env): [RefIncentive, Deduction] {
  const c = env.r.p.company
  const p = pre([yn(c.residentInMainland), env.collection, negativeStatus(c.industry)])
  if (p.status === 'not-applicable') return [inc('rd-super-deduction', p, p.status), { amount: 0n, exact: true }]
  const ic = c.icOrMachineToolListed
  const [rn, rd] = ic === true ? [6n, 5n] : [1n, 1n]
  const base = superBase(yearData(env.r, env.r.last)?.rdTax)
  const known = base !== undefined && base.answered !== 'none'
  const status = p.status === 'unknown' || !known ? 'unknown' : 'applicable'
  const out = inc('rd-super-deduction', p, status, { rate: ic === true ? 1.2 : 1 })
  if (!known) return [out, { exact: false }]
  const full = base.base + 135n * base.amortization
  if (full === 0n && base.answered === 'all') {
    out.status = 'not-applicable'
    return [out, { amount: 0n, exact: true }]
  }
  out.figures.extraDeduction = yuan(rn * full, rd * 135n)
  // exact only when every amount is answered and no higher rate is open (an unanswered IC listing)
  const exact = base.answered === 'all' && ic !== undefined
  return [out, status === 'applicable' ? { amount: (full * 10n * rn) / rd, exact } : { exact: false }]
}

/** 技术转让所得减免: 500万 exempt, the excess halved */
function transfer(env: Env): [RefIncentive, Deduction] {
  const p = pre([env.collection, env.contracts])
  const income = env.deemed ? undefined : env.r.p.tax.techTransferIncome
  const status =
    p.status === 'not-applicable' || income === 0
      ? 'not-applicable'
      : combine([p.status === 'unknown' ? undefined : true, income === undefined ? undefined : true])
  const out = inc('tech-transfer-exemption', p, status)
  if (status === 'not-applicable') return [out, { amount: 0n, halved: 0n, exact: true }]
  if (income === undefined) return [out, { exact: false }]
  const a = fen(income)
  const exempt = minB(a, 500_000_000n)
  const excess = max0(a - 500_000_000n)
  out.figures = { exemptIncome: yuan(exempt), halvedIncome: yuan(excess), taxDue: yuan(excess, 8n) }
  if (status !== 'applicable') return [out, { exact: false }]
  return [out, { amount: K * exempt + (K / 2n) * excess, halved: (K / 2n) * excess, exact: true }]
}

interface Base {
  before: bigint
  after: bigint
  halved: bigint
  exact: boolean
}

/** the base in the return's order: the R&D extra deduction, then the transfer reduction, never below zero */
function taxBase(env: Env, rd: Deduction, tt: Deduction): Base | undefined {
  const taxable = env.r.p.tax.taxableIncome
  if (taxable === undefined) return undefined
  const before = K * fen(taxable)
  const afterRd = before - (rd.amount ?? 0n)
  const after = afterRd - minB(tt.amount ?? 0n, max0(afterRd))
  const exact = rd.exact && rd.amount !== undefined && tt.amount !== undefined
  return { before, after, halved: minB(tt.halved ?? 0n, max0(after)), exact }
}

/** 小型微利: income ≤ 300万, staff ≤ 300, assets ≤ 5,000万, not a restricted industry; 5% on the whole income */
function smallLowProfit(env: Env, base: Base | undefined): RefIncentive {
  const { p: profile } = env.r
  const r = profile.company.restrictedIndustry
  const p = pre(['pass', yn(r === undefined ? undefined : !r)])
  if (p.status === 'not-applicable') return inc('small-low-profit', p, 'not-applicable')
  const incomeOk = !base ? undefined : base.after <= K * 300_000_000n ? true : base.exact ? false : undefined
  const staff = profile.tax.avgEmployees ?? profile.staff.total
  const assets = profile.tax.avgTotalAssets ?? yearData(env.r, env.r.last)?.totalAssets
  const status = combine([
    p.status === 'unknown' ? undefined : true,
    incomeOk,
    staff === undefined ? undefined : fen(staff) <= 30_000n,
    assets === undefined ? undefined : fen(assets) <= 5_000_000_000n,
  ])
  const out = inc('small-low-profit', p, status)
  if (base && status !== 'not-applicable' && incomeOk === true) out.figures.taxDue = yuan(max0(base.after), 20n * K)
  return out
}

function envOf(r: Ref, hnte: RefProgram, tsme: RefProgram): Env {
  const chosen = r.p.tax.taxYear
  const taxYear = chosen === undefined || chosen === r.year || chosen === r.last ? (chosen ?? r.year) : r.year
  if (taxYear < 2023 || taxYear > 2027) throw new RangeError(`the reference encodes tax years 2023–2027: ${taxYear}`)
  const settlement = taxYear !== r.year
  const { taxCollection } = r.p.company
  const deemed = taxCollection === 'deemed'
  return {
    r,
    taxYear,
    deemed,
    collection: yn(taxCollection === undefined ? undefined : !deemed),
    contracts: yn(deemed ? undefined : r.p.tax.techContractsRegistered),
    hnte: hnteHeld(r, taxYear, settlement, hnte),
    tsme: tsmeHeld(r, taxYear, settlement, tsme),
  }
}

function equipment(env: Env): RefIncentive {
  const p = pre([env.collection])
  const out = inc('equipment-one-time-deduction', p, p.status)
  if (p.status === 'not-applicable') return out
  const eq = env.r.p.tax.equipmentUpTo5m
  if (eq === undefined) out.status = 'unknown'
  else if (eq <= 0) out.status = 'not-applicable'
  else out.figures.deduction = yuan(fen(eq))
  return out
}

export function incentives(r: Ref, hnte: RefProgram, tsme: RefProgram): [RefIncentive[], RefEstimate | undefined] {
  const env = envOf(r, hnte, tsme)
  const [rd, rdCut] = rdDeduction(env)
  const [tt, ttCut] = transfer(env)
  const base = taxBase(env, rdCut, ttCut)
  const P = base ? max0(base.after) : 0n
  const H = base?.halved ?? 0n
  // HNTE: 15% except on the halved transfer income, which stays at 25% (÷ 20K)
  const hnteDue = 3n * (P - H) + 5n * H
  const hp = pre([env.collection, heldStatus(env.hnte)])
  const h = inc('hnte-reduced-rate', hp, hp.status)
  if (hp.status !== 'not-applicable' && base) h.figures.taxSaving = yuan(P - H, 10n * K)
  const slp = smallLowProfit(env, base)
  if (h.status === 'applicable' && slp.status === 'applicable' && slp.figures.taxDue !== undefined)
    slp.figures.taxDueAtHnteRate = yuan(hnteDue, 20n * K)
  if (base && tt.figures.taxDue !== undefined) tt.figures.taxDue = yuan(H, 4n * K)
  const either = (s: Held) => env.hnte === s || env.tsme === s
  const held = either('yes') ? 'pass' : either('unsure') ? 'unknown' : 'fail'
  const lp = pre([env.collection, held])
  const eq = equipment(env)
  const vp = pre([env.contracts])
  const list = [rd, h, slp, tt, inc('loss-carryforward-10y', lp, lp.status), eq]
  list.push(inc('tech-contract-vat-exemption', vp, vp.status))
  const slpDue = slp.figures.taxDue === undefined ? undefined : P
  return [list, base && estimate(base, env.taxYear, { P, H, hnteDue, slpDue }, h, slp, eq)]
}
