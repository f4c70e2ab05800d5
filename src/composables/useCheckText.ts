// Words for checks, score parts and incentives: their names, the firm's figure, the threshold and the gap
// in the check's own unit ("还差研发费用 26.60 万元", "需新增科技人员 5 人", "还需等待 12 天").
import { useI18n } from 'vue-i18n'
import type { Assessment, Check } from '@/engine/types'
import type { FigureOptions } from '@/format'
import { messageKey, useFormat, type Format } from './useFormat'

/** checks whose threshold is a ceiling (不超过): a fail means the firm is over it */
const CEILINGS = new Set(['tsme.staff-limit', 'tsme.revenue-limit', 'tsme.assets-limit'])

/** a figure in its unit; beside a threshold it is rounded away from it, so it never reads as the other side */
function inUnit(f: Format, unit: Check['unit'], n: number, o: FigureOptions = {}): string {
  switch (unit) {
    case 'yuan':
      return f.money(n, o)
    case 'ratio':
      return f.percent(n, o)
    case 'persons':
      return f.persons(n, o)
    case 'days':
      return f.days(n, o)
    case 'points':
      return f.points(n, o)
    default:
      return f.number(n, o)
  }
}

/** difference of two scores, clear of float noise (60 − 58.3 is 1.7, not 1.7000000000000028 rounded up to 1.71) */
const pointsBetween = (a: number, b: number) => Math.round((a - b) * 1e6) / 1e6

/**
 * a score known as a range: a fail states what its highest lacks, 待确认 what its lowest lacks, each labelled so
 * (issue #8 §7: "4–70 分 ≥ 71 分 ✗" with "还差 1 分" read as 4 + 1 ≠ 71). A fail whose gap is not the highest's
 * shortfall (tech-SME: 科技人员 part 0) keeps its own wording.
 */
function scoreGap(c: Check): { key: string; points: number } | undefined {
  const { value: min, valueMax: max, threshold } = c
  if (min === undefined || max === undefined || threshold === undefined || min === max) return undefined
  if (c.status === 'unknown' && min < threshold)
    return { key: 'results.gap.scoreMinShort', points: pointsBetween(threshold, min) }
  if (c.status === 'fail' && c.gap !== undefined && pointsBetween(threshold, max) === c.gap)
    return { key: 'results.gap.scoreMaxShort', points: c.gap }
  return undefined
}

/** the application an assessment is for and the fiscal years it counts (Assessment.fiscalYears) */
export interface ApplicationWindow {
  year: number
  from: number
  to: number
}

export function applicationWindow(a: Pick<Assessment, 'asOf' | 'fiscalYears'>): ApplicationWindow | undefined {
  if (!a.fiscalYears.length) return undefined
  return { year: Number(a.asOf.slice(0, 4)), from: Math.min(...a.fiscalYears), to: Math.max(...a.fiscalYears) }
}

export function useCheckText() {
  const { t, te } = useI18n()
  const f = useFormat()
  const named = (group: string, id: string) => {
    const key = `results.${group}.${messageKey(id)}`
    return te(key) ? t(key) : id
  }
  /** a checklist item comes from a check, a score part or an incentive: name whichever it is */
  const sourceName = (id: string) => {
    const group = ['checks', 'parts', 'incentives.names'].find((g) => te(`results.${g}.${messageKey(id)}`))
    return group ? named(group, id) : id
  }
  const gapUnit = (c: Check) => c.gapUnit ?? c.unit
  /** a gap is rounded up: closing the stated gap is always enough */
  const amount = (unit: Check['unit'], n: number) =>
    unit === 'ratio' ? f.points100(n) : unit === 'yuan' ? f.moneyGap(n) : inUnit(f, unit, n, { rounding: 'ceil' })

  return {
    checkName: (id: string) => named('checks', id),
    partName: (id: string) => named('parts', id),
    incentiveName: (id: string) => named('incentives.names', id),
    sourceName,
    value(check: Check): string {
      if (check.value === undefined) return t('results.none')
      if (check.unit === 'flag') return t(check.value ? 'results.yes' : 'results.no')
      if (check.valueMax !== undefined && check.valueMax !== check.value)
        return f.pointsRange(check.value, check.valueMax)
      return inUnit(f, check.unit, check.value, { against: check.threshold, bound: check.bound })
    },
    threshold(check: Check): string {
      if (check.threshold === undefined || check.unit === 'flag') return t('results.none')
      return (CEILINGS.has(check.id) ? '≤ ' : '≥ ') + inUnit(f, check.unit, check.threshold, { beside: check.value })
    },
    /** with the application the figures are for, a three-year total's gap names that application and its years
     *  (the results' 2026 shortfall and the planner's 2026 spending for 2027 then cannot read as contradicting) */
    gap(check: Check, window?: ApplicationWindow): string {
      const ranged = scoreGap(check)
      if (ranged) return t(ranged.key, { amount: amount('points', ranged.points) })
      if (check.status !== 'fail' || check.gap === undefined) return ''
      const inWindow = `results.gapIn.${messageKey(check.id)}`
      if (window && te(inWindow)) return t(inWindow, { amount: amount(gapUnit(check), check.gap), ...window })
      const specific = `results.gap.${messageKey(check.id)}`
      const key = CEILINGS.has(check.id)
        ? 'results.gap.overLimit'
        : te(specific)
          ? specific
          : gapUnit(check) === 'days'
            ? 'results.gap.wait'
            : 'results.gap.short'
      return t(key, { amount: amount(gapUnit(check), check.gap) })
    },
  }
}
