// Checks between fields, on values that passed their own checks: exact (fen, hundredths of a person),
// reported at the field the user most likely got wrong, with the dotted path the wizard shows it at. The pairs
// where one figure is part of another are declared in the field table (`notAbove`, src/profile/contradictions.ts).
import { fen, persons } from '../engine/money'
import { add, type Q } from '../engine/rational'
import { exceeding } from '../engine/compare'
import { fieldDef, fieldLabel, fieldShape, quantityText } from '../fields'
import { money as moneyText } from '../format'
import type { FirmProfile, FiscalYearData } from './types'
import type { Problem } from './problems'
import { figureContradictions, type Contradiction } from './contradictions'

/** a figure for an English reader: money in CNY (as the rule messages give it), people and items counted */
const qEn = (path: string, n: number): string =>
  fieldDef(path)?.kind === 'money' ? moneyText(n, 'en') : quantityText(path, n, 'en')

/** both figures in the unit of the field at `path` (万元, 人, 项), never as stored yuan (issue #9 item 8) */
function above(path: string, what: Names, value: number, limitWhat: Names, limit: number): Problem {
  const q = (n: number) => quantityText(path, n)
  return {
    path,
    code: 'exceeds',
    message: `${what.zh}为 ${q(value)}，不能大于${limitWhat.zh} ${q(limit)}，请核对这两项`,
    en: `${what.en} is ${qEn(path, value)}, more than ${limitWhat.en} (${qEn(path, limit)}): check both answers`,
  }
}

interface Names {
  zh: string
  en: string
}

/** "2025年 销售收入为 4800.00 万元，不能大于同年总收入 120.00 万元：总收入…包含销售收入。请核对这两项（…万元…）" */
function contradictionProblem(c: Contradiction): Problem {
  const q = (path: string, n: number) => quantityText(path, n)
  const sameYear = c.limit.startsWith('years.')
  const limitWhat = sameYear ? `同年${fieldLabel(fieldShape(c.limit), 'zh-CN')}` : fieldLabel(c.limit, 'zh-CN')
  const isMoney = q(c.path, 0).endsWith('万元')
  const unit = isMoney ? '（两项金额均以万元填写，请留意是否把元当作万元）' : ''
  const limitEn = sameYear ? `${fieldLabel(fieldShape(c.limit), 'en')} of the same year` : fieldLabel(c.limit, 'en')
  return {
    path: c.path,
    code: 'exceeds',
    message:
      `${fieldLabel(c.path, 'zh-CN')}为 ${q(c.path, c.value)}，不能大于${limitWhat} ${q(c.limit, c.limitValue)}：` +
      `${c.why.zh}。请核对这两项${unit}`,
    en:
      `${fieldLabel(c.path, 'en')} is ${qEn(c.path, c.value)}, more than ${limitEn} (${qEn(c.limit, c.limitValue)}): ` +
      `${c.why.en}. Check both answers${isMoney ? ' (both are entered in 10k yuan: was an amount typed in yuan?)' : ''}.`,
  }
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
    out.push({
      path: 'company.registeredOn',
      code: 'after-assessment',
      message: `成立日期（${reg}）晚于评估日期（${p.assessmentDate}），请核对成立日期或评估日期`,
      en: `The registration date (${reg}) is after the assessment date (${p.assessmentDate}): check either date`,
    })
  const cert = p.credentials.hnteCertifiedOn
  if (cert !== undefined && cert > p.assessmentDate)
    out.push({
      path: 'credentials.hnteCertifiedOn',
      code: 'after-assessment',
      message: `高企证书发证日期（${cert}）晚于评估日期（${p.assessmentDate}），请核对`,
      en: `The HNTE certificate date (${cert}) is after the assessment date (${p.assessmentDate}): check it`,
    })
  return out
}

/** the year answers against the assessment year: nothing registered or cancelled later, a tax year of two */
function answerYearProblems(p: FirmProfile): Problem[] {
  if (!p.assessmentDate) return []
  const y = Number(p.assessmentDate.slice(0, 4))
  const out: Problem[] = []
  const later = (path: string, what: Names, v: number | undefined) => {
    if (v !== undefined && v > y)
      out.push({
        path,
        code: 'after-assessment',
        message: `${what.zh}（${v}）晚于评估年度（${y}），请核对`,
        en: `${what.en} (${v}) is after the assessment year (${y}): check it`,
      })
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
    out.push({
      path: 'tax.taxYear',
      code: 'tax-year',
      message: `税款所属年度应为评估年度 ${y}（本年度预估）或 ${y - 1}（上年度汇算清缴），请重新选择`,
      en: `The tax year is ${y} (this year's estimate) or ${y - 1} (last year's annual settlement): choose again`,
    })
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
