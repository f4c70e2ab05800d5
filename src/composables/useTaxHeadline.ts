// The tax headline (issue #8 §6) in sentences: the year's estimated income tax, how much less than without the
// incentives estimated here (deductions, relief and rate), which benefit it assumes (and on what condition), the taxable income it starts from, and the
// equipment deduction apart as a timing benefit.
import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { TaxEstimate, TaxRegime } from '@/engine/types'
import { useFormat } from './useFormat'

const REGIME_KEY: Record<TaxRegime['id'], string> = {
  standard: 'standard',
  hnte: 'hnte',
  'small-low-profit': 'smallLowProfit',
}

const DEDUCTION_KEY: Record<string, string> = {
  'rd-super-deduction': 'rdSuperDeduction',
  'tech-transfer-exemption': 'techTransferExemption',
}

export function useTaxHeadline(estimate: Ref<TaxEstimate | undefined>, asOf: Ref<string>) {
  const { t } = useI18n()
  const f = useFormat()
  const regime = (id: TaxRegime['id']) => t(`results.tax.regimes.${REGIME_KEY[id]}`)

  /** the basis names only the deductions the firm may have (none for a 核定征收 firm) */
  const baseLine = (e: TaxEstimate, atMost: boolean): string => {
    const ids = e.deductions ?? Object.keys(DEDUCTION_KEY)
    const before = f.money(e.taxableIncomeBefore)
    if (!ids.length) return t('results.tax.baseNone', { before })
    const deductions = ids.map((id) => t(`results.tax.deduction.${DEDUCTION_KEY[id] ?? id}`))
    const key = atMost ? 'results.tax.baseAtMost' : 'results.tax.base'
    return t(key, {
      before,
      after: f.money(e.taxableIncomeAfter),
      deductions: deductions.join(t('results.tax.deduction.and')),
    })
  }

  return computed(() => {
    const e = estimate.value
    if (!e) return undefined
    const best = e.regimes.find((r) => r.id === e.best)
    const due = best?.taxDue ?? e.regimes.find((r) => r.id === 'standard')?.taxDue ?? 0
    const atMost = e.bound === 'at-most'
    const year = e.taxYear
    const lines: string[] = []
    const tax = f.money(due)
    const headline =
      e.saving > 0
        ? t(atMost ? 'results.tax.headlineAtMost' : 'results.tax.headline', { year, tax, saving: f.money(e.saving) })
        : t(atMost ? 'results.tax.headlineNoSavingAtMost' : 'results.tax.headlineNoSaving', { year, tax })
    const rivals = e.regimes.filter((r) => r.id !== 'standard' && r.taxDue !== undefined)
    if (e.best !== 'standard') {
      lines.push(t('results.tax.chosen', { regime: regime(e.best) }))
      if (best?.status === 'unknown') lines.push(t('results.tax.conditional', { regime: regime(e.best) }))
    }
    if (rivals.length > 1)
      lines.push(
        t('results.tax.compete', {
          list: rivals.map((r) => `${regime(r.id)} ${f.money(r.taxDue!)}`).join(t('results.yearsJoin')),
        }),
      )
    lines.push(baseLine(e, atMost))
    const deferred = e.deferredDeduction ? t('results.tax.deferred', { amount: f.money(e.deferredDeduction) }) : ''
    const settlement = year < Number(asOf.value.slice(0, 4))
    const yearLine = t(settlement ? 'results.tax.yearSettlement' : 'results.tax.yearAhead', { year })
    return { headline, lines, deferred, yearLine, atMost }
  })
}
