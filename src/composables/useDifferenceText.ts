// A field and its answer in words, for the duplicate prompt: the question's name, amounts in 万元 (yuan for an
// English reader), yes/no, the collection method; an unanswered field says so.
import { useI18n } from 'vue-i18n'
import { FIRM_COLUMNS, YEAR_COLUMNS, type CellKind } from '@/batch/columns'
import { fieldLabel } from './field-labels'
import { useFormat } from './useFormat'

const KINDS = new Map<string, CellKind>([
  ...FIRM_COLUMNS.map((c) => [c.path, c.kind] as const),
  ...YEAR_COLUMNS.map((c) => [c.path, c.kind] as const),
])

const kindOf = (path: string) => KINDS.get(path.replace(/^years\.\d{4}\./, ''))

export function useDifferenceText() {
  const { t, locale } = useI18n()
  const f = useFormat()
  return {
    // the two kept-with-the-firm values that are no questions: the tax answers' year and the sheet's notes
    label: (path: string) =>
      path === 'taxAnswersYear'
        ? t('taxAnswers.field')
        : path === 'notes'
          ? t('print.notes.label')
          : fieldLabel(path, locale.value),
    value(path: string, v: unknown): string {
      if (v === undefined || v === null) return t('helpdesk.duplicate.none')
      if (typeof v === 'boolean') return t(v ? 'results.yes' : 'results.no')
      const kind = kindOf(path)
      if (kind === 'wan' && typeof v === 'number') return f.money(v)
      if (kind === 'taxCollection') return t(`helpdesk.duplicate.tax.${String(v)}`)
      if (kind === 'ypn') return t(`helpdesk.duplicate.ypn.${String(v)}`)
      if (kind === 'techField' && v === 'none') return t('helpdesk.duplicate.noField')
      return String(v)
    },
  }
}
