// The triage export in the reader's language: the rows as filtered and sorted on screen, with note lines saying
// so and when it was made (local time); CSV at once, a workbook once the spreadsheet library has loaded.
import { useI18n } from 'vue-i18n'
import { triageSheet, triageToCsv, type TriageWords } from '@/batch/export'
import type { Triage } from './useTriage'
import { useCheckText } from './useCheckText'
import { engineLocale, useEngineText } from './useEngineText'
import { issueText } from '@/batch/issues'
import { localTime } from '@/helpdesk/local-time'

const HEADER_KEYS = [
  'row',
  'name',
  'creditCode',
  'date',
  'hnte',
  'hnteMin',
  'hnteMax',
  'tsme',
  'tsmeMin',
  'tsmeMax',
  'gap',
  'path',
  'blocked',
  'step',
  'gapWan',
]

export function useTriageExport(triage: Triage) {
  const { t, locale } = useI18n()
  const checks = useCheckText()
  const engineText = useEngineText()

  const words = (): TriageWords => ({
    headers: HEADER_KEYS.map((k) => t(`helpdesk.export.headers.${k}`)),
    status: (s) => t(`planner.triage.status.${s}`),
    direct: t('helpdesk.export.direct'),
    importError: t('helpdesk.export.importError'),
    checkName: checks.checkName,
    message: (m) => engineText(m),
    issue: (m) => issueText(m, engineLocale(locale.value)),
    separator: t('helpdesk.export.separator'),
  })

  function notes(now = new Date()): string[] {
    const s = triage.state
    const filters = [
      s.search.trim() ? t('helpdesk.export.search', { q: s.search.trim() }) : '',
      s.hnte ? `${t('planner.triage.filter.hnte')}=${t(`planner.triage.status.${s.hnte}`)}` : '',
      s.tsme ? `${t('planner.triage.filter.tsme')}=${t(`planner.triage.status.${s.tsme}`)}` : '',
    ].filter(Boolean)
    const column = t(`planner.triage.table.${s.sort.key}`)
    return [
      filters.length
        ? t('helpdesk.export.filter', { filters: filters.join(t('helpdesk.export.separator')) })
        : t('helpdesk.export.noFilter'),
      t('helpdesk.export.sort', { column, dir: t(`helpdesk.export.${s.sort.dir}`) }),
      t('helpdesk.export.counts', {
        shown: triage.rows.value.length,
        total: triage.result.value?.rows.length ?? 0,
        bad: triage.errors.value.length,
      }),
      t('helpdesk.export.time', { time: localTime(now) }),
    ]
  }

  const byRow = () => triage.state.sort.key === 'row'
  const csv = () => triageToCsv(triage.rows.value, triage.errors.value, words(), notes(), byRow())
  async function xlsx(): Promise<Uint8Array> {
    const { writeWorkbook } = await import('@/batch/xlsx-write')
    return writeWorkbook(triageSheet(triage.rows.value, triage.errors.value, words(), notes(), byRow()))
  }
  return { csv, xlsx, notes }
}
