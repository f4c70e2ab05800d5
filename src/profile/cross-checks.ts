// Checks between fields, on values that passed their own checks: exact (fen, hundredths of a person),
// reported at the field the user most likely got wrong, with the dotted path the wizard shows it at. The pairs
// where one figure is part of another are declared in the field table (`notAbove`, src/profile/contradictions.ts).
import { fen, persons } from '../engine/money'
import { add, type Q } from '../engine/rational'
import { exceeding } from '../engine/compare'
import { fieldLabel, fieldShape, quantityText } from '../fields'
import type { FirmProfile, FiscalYearData } from './types'
import type { Problem } from './problems'
import { figureContradictions, type Contradiction } from './contradictions'

/** both figures in the unit of the field at `path` (万元, 人, 项), never as stored yuan (issue #9 item 8) */
function above(path: string, what: string, value: number, limitWhat: string, limit: number): Problem {
  const q = (n: number) => quantityText(path, n)
  return {
    path,
    code: 'exceeds',
    message: `${what}为 ${q(value)}，不能大于${limitWhat} ${q(limit)}，请核对这两项`,
  }
}

/** "2025年 销售收入为 4800.00 万元，不能大于同年总收入 120.00 万元：总收入…包含销售收入。请核对这两项（…万元…）" */
function contradictionProblem(c: Contradiction): Problem {
  const q = (path: string, n: number) => quantityText(path, n)
  const sameYear = c.limit.startsWith('years.')
  const limitWhat = sameYear ? `同年${fieldLabel(fieldShape(c.limit), 'zh-CN')}` : fieldLabel(c.limit, 'zh-CN')
  const unit = q(c.path, 0).endsWith('万元') ? '（两项金额均以万元填写，请留意是否把元当作万元）' : ''
  return {
    path: c.path,
    code: 'exceeds',
    message:
      `${fieldLabel(c.path, 'zh-CN')}为 ${q(c.path, c.value)}，不能大于${limitWhat} ${q(c.limit, c.limitValue)}：` +
      `${c.why.zh}。请核对这两项${unit}`,
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
    out.push(above(path, '科技人员数（科技型中小企业口径）', st, '职工总数（科技型中小企业口径）', total))
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
          `${y.year} 年境外发生的研发费用`,
          rd.inHouseAbroad,
          '自行研发费用与其他费用之和',
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
    })
  const cert = p.credentials.hnteCertifiedOn
  if (cert !== undefined && cert > p.assessmentDate)
    out.push({
      path: 'credentials.hnteCertifiedOn',
      code: 'after-assessment',
      message: `高企证书发证日期（${cert}）晚于评估日期（${p.assessmentDate}），请核对`,
    })
  return out
}

/** the year answers against the assessment year: nothing registered or cancelled later, a tax year of two */
function answerYearProblems(p: FirmProfile): Problem[] {
  if (!p.assessmentDate) return []
  const y = Number(p.assessmentDate.slice(0, 4))
  const out: Problem[] = []
  const later = (path: string, what: string, v: number | undefined) => {
    if (v !== undefined && v > y)
      out.push({ path, code: 'after-assessment', message: `${what}（${v}）晚于评估年度（${y}），请核对` })
  }
  later('credentials.techSmeRegistrationYear', '科技型中小企业入库登记年度', p.credentials.techSmeRegistrationYear)
  later('credentials.hnteCancelledYear', '高企资格取消年度', p.credentials.hnteCancelledYear)
  const t = p.tax.taxYear
  if (t !== undefined && t !== y && t !== y - 1)
    out.push({
      path: 'tax.taxYear',
      code: 'tax-year',
      message: `税款所属年度应为评估年度 ${y}（本年度预估）或 ${y - 1}（上年度汇算清缴），请重新选择`,
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
