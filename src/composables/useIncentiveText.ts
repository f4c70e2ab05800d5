// Words for an incentive row (results page and sheet): its figures in their units, "至少"/"至多" when built from
// partly-answered amounts, and its preconditions on the taxpayer with their verdicts and notes.
import { useI18n } from 'vue-i18n'
import type { Check, Citation, Incentive } from '@/engine/types'
import { useEngineText } from './useEngineText'
import { useFormat } from './useFormat'

export interface ConditionLine {
  id: string
  name: string
  status: Check['status']
  note: string
  /** the provision that sets the precondition: every verdict shows its document and article */
  cite: Citation
  unverified: boolean
}

export function useIncentiveText() {
  const { t, te } = useI18n()
  const f = useFormat()
  const engineText = useEngineText()

  /** figures are yuan, except the super-deduction rate, a fraction */
  const figures = (i: Incentive) =>
    Object.entries(i.figures).map(([k, v]) => {
      const bound = i.bounds?.[k]
      return {
        key: k,
        label: te(`results.incentives.figures.${k}`) ? t(`results.incentives.figures.${k}`) : k,
        value: k === 'rate' ? f.percent(v, { bound }) : f.money(v, { bound }),
      }
    })

  /** condition ids are `<incentive>.<kind>`: the kind names it */
  const conditionName = (i: Incentive, c: Check) => {
    const kind = c.id.startsWith(`${i.id}.`) ? c.id.slice(i.id.length + 1) : c.id
    const key = `results.conditions.${kind.replace(/[.-]/g, '_')}`
    return te(key) ? t(key) : kind
  }
  const conditions = (i: Incentive): ConditionLine[] =>
    (i.conditions ?? []).map((c) => ({
      id: c.id,
      name: conditionName(i, c),
      status: c.status,
      note: engineText(c.note),
      cite: c.cite,
      unverified: c.unverified === true,
    }))

  return { figures, conditions }
}
