// Words for checks, score parts and incentives: their names, the firm's figure, the threshold and the gap
// in the check's own unit ("还差研发费用 26.60 万元", "需新增科技人员 5 人", "还需等待 12 天").
import { useI18n } from 'vue-i18n'
import type { Check } from '@/engine/types'
import { messageKey, useFormat, type Format } from './useFormat'

/** checks whose threshold is a ceiling (不超过): a fail means the firm is over it */
const CEILINGS = new Set(['tsme.staff-limit', 'tsme.revenue-limit', 'tsme.assets-limit'])

function inUnit(f: Format, unit: Check['unit'], n: number): string {
  switch (unit) {
    case 'yuan':
      return f.money(n)
    case 'ratio':
      return f.percent(n)
    case 'persons':
      return f.persons(n)
    case 'days':
      return f.days(n)
    case 'points':
      return f.points(n)
    default:
      return f.number(n)
  }
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
  const amount = (unit: Check['unit'], n: number) => (unit === 'ratio' ? f.points100(n) : inUnit(f, unit, n))

  return {
    checkName: (id: string) => named('checks', id),
    partName: (id: string) => named('parts', id),
    incentiveName: (id: string) => named('incentives.names', id),
    sourceName,
    value(check: Check): string {
      if (check.value === undefined) return t('results.none')
      if (check.unit === 'flag') return t(check.value ? 'results.yes' : 'results.no')
      return inUnit(f, check.unit, check.value)
    },
    threshold(check: Check): string {
      if (check.threshold === undefined || check.unit === 'flag') return t('results.none')
      return (CEILINGS.has(check.id) ? '≤ ' : '≥ ') + inUnit(f, check.unit, check.threshold)
    },
    gap(check: Check): string {
      if (check.status !== 'fail' || check.gap === undefined) return ''
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
