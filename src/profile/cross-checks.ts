// Checks between fields, on values that passed their own checks: exact (fen, hundredths of a person),
// reported at the field the user most likely got wrong, with the dotted path the wizard shows it at. The pairs
// where one figure is part of another are declared in the field table (`notAbove`, src/profile/contradictions.ts).
// Each problem is a catalogue key (crossCheck.*, src/i18n/messages/<locale>/engine/fields.ts) with its params, the
// names and figures in both languages (`{name}En`); its texts are that key rendered.
import { fen, persons } from '../engine/money'
import { add, type Q } from '../engine/rational'
import { exceeding } from '../engine/compare'
import { fieldDef, fieldLabel, fieldShape, quantityText, renderFieldProblem, type ProblemParams } from '../fields'
import { money as moneyText } from '../format'
import type { FirmProfile, FiscalYearData } from './types'
import type { Problem } from './problems'
import { figureContradictions, type Contradiction } from './contradictions'

/** a figure for an English reader: money in CNY (as the rule messages give it), people and items counted */
const qEn = (path: string, n: number): string =>
  fieldDef(path)?.kind === 'money' ? moneyText(n, 'en') : quantityText(path, n, 'en')

/** a problem as its catalogue key and params, with its texts in both languages rendered from them */
function keyed(path: string, code: string, key: string, params: ProblemParams): Problem {
  const p = { key, params }
  return { path, code, message: renderFieldProblem(p, 'zh-CN'), en: renderFieldProblem(p, 'en'), key, params }
}

/** a figure of the field at `path` in both languages, as params `{name}` and `{name}En` */
const figure = (name: string, path: string, n: number): ProblemParams => ({
  [name]: quantityText(path, n),
  [`${name}En`]: qEn(path, n),
})

const names = (name: string, n: Names): ProblemParams => ({ [name]: n.zh, [`${name}En`]: n.en })

/** both figures in the unit of the field at `path` (万元, 人, 项), never as stored yuan (issue #9 item 8) */
function above(path: string, what: Names, value: number, limitWhat: Names, limit: number): Problem {
  return keyed(path, 'exceeds', 'crossCheck.above', {
    ...names('what', what),
    ...figure('value', path, value),
    ...names('limitWhat', limitWhat),
    ...figure('limit', path, limit),
  })
}

interface Names {
  zh: string
  en: string
}

/** "2025年 销售收入为 4800.00 万元，不能大于同年总收入 120.00 万元：总收入…包含销售收入。请核对这两项（…万元…）" */
function contradictionProblem(c: Contradiction): Problem {
  const sameYear = c.limit.startsWith('years.')
  const limitWhat = sameYear
    ? {
        zh: `同年${fieldLabel(fieldShape(c.limit), 'zh-CN')}`,
        en: `${fieldLabel(fieldShape(c.limit), 'en')} of the same year`,
      }
    : { zh: fieldLabel(c.limit, 'zh-CN'), en: fieldLabel(c.limit, 'en') }
  const isMoney = quantityText(c.path, 0).endsWith('万元')
  return keyed(c.path, 'exceeds', isMoney ? 'crossCheck.partMoney' : 'crossCheck.part', {
    ...names('what', { zh: fieldLabel(c.path, 'zh-CN'), en: fieldLabel(c.path, 'en') }),
    ...figure('value', c.path, c.value),
    ...names('limitWhat', limitWhat),
    ...figure('limit', c.limit, c.limitValue),
    ...names('why', c.why),
  })
}

function staffProblems(s: FirmProfile['staff']): Problem[] {
  const out: Problem[] = []
  // The tech-SME pair defaults to the HNTE counts (issue #2 §2.1): compare the effective pair when either is given.
  if (s.scienceTechSme === undefined && s.totalSme === undefined) return out
  const st = s.scienceTechSme ?? s.scienceTech
  const total = s.totalSme ?? s.total
  if (st !== undefined && total !== undefined && exceeding(persons(st), persons(total))) {
    const path = s.scienceTechSme !== undefined ? 'staff.scienceTechSme' : 'staff.totalSme'
    out.push(
      above(
        path,
        { zh: '科技人员数（科技型中小企业口径）', en: 'Science and technology staff (tech-SME basis)' },
        st,
        { zh: '职工总数（科技型中小企业口径）', en: 'total staff (tech-SME basis)' },
        total,
      ),
    )
  }
  return out
}

const money = (v: number | undefined): Q => fen(v ?? 0)

function yearProblems(y: FiscalYearData, key: string): Problem[] {
  const out: Problem[] = []
  const base = `years.${key}`
  const rd = y.rd
  if (rd?.inHouseAbroad !== undefined && (rd.inHouse !== undefined || rd.other !== undefined)) {
    const spent = add(money(rd.inHouse), money(rd.other))
    if (exceeding(fen(rd.inHouseAbroad), spent)) {
      const total = (rd.inHouse ?? 0) + (rd.other ?? 0)
      out.push(
        above(
          `${base}.rd.inHouseAbroad`,
          { zh: `${y.year} 年境外发生的研发费用`, en: `R&D spent abroad in ${y.year}` },
          rd.inHouseAbroad,
          { zh: '自行研发费用与其他费用之和', en: 'in-house R&D plus other R&D costs' },
          total,
        ),
      )
    }
  }
  return out
}

function dateProblems(p: FirmProfile): Problem[] {
  const out: Problem[] = []
  // an invalid assessment date is reported on its own; nothing to compare with
  if (!p.assessmentDate) return out
  const reg = p.company.registeredOn
  if (reg !== undefined && reg > p.assessmentDate)
    out.push(
      keyed('company.registeredOn', 'after-assessment', 'crossCheck.registeredAfter', {
        date: reg,
        asOf: p.assessmentDate,
      }),
    )
  const cert = p.credentials.hnteCertifiedOn
  if (cert !== undefined && cert > p.assessmentDate)
    out.push(
      keyed('credentials.hnteCertifiedOn', 'after-assessment', 'crossCheck.certifiedAfter', {
        date: cert,
        asOf: p.assessmentDate,
      }),
    )
  return out
}

/** the year answers against the assessment year: nothing registered or cancelled later, a tax year of two */
function answerYearProblems(p: FirmProfile): Problem[] {
  if (!p.assessmentDate) return []
  const y = Number(p.assessmentDate.slice(0, 4))
  const out: Problem[] = []
  const later = (path: string, what: Names, v: number | undefined) => {
    if (v !== undefined && v > y)
      out.push(keyed(path, 'after-assessment', 'crossCheck.yearAfter', { ...names('what', what), value: v, year: y }))
  }
  later(
    'credentials.techSmeRegistrationYear',
    { zh: '科技型中小企业入库登记年度', en: 'The year of the tech-SME registration' },
    p.credentials.techSmeRegistrationYear,
  )
  later(
    'credentials.hnteCancelledYear',
    { zh: '高企资格取消年度', en: 'The year the HNTE status was cancelled' },
    p.credentials.hnteCancelledYear,
  )
  const t = p.tax.taxYear
  if (t !== undefined && t !== y && t !== y - 1)
    out.push(keyed('tax.taxYear', 'tax-year', 'crossCheck.taxYear', { year: y, last: y - 1 }))
  return out
}

/** cross-field problems of a profile whose fields are individually valid (the wizard shows them at `path`) */
export function crossFieldProblems(p: FirmProfile): Problem[] {
  const out = [...figureContradictions(p).map(contradictionProblem), ...staffProblems(p.staff)]
  out.push(...dateProblems(p), ...answerYearProblems(p))
  // the years reader keeps only entries with a valid, first-seen year, whose path key is that year
  for (const y of p.years) out.push(...yearProblems(y, String(y.year)))
  return out
}
