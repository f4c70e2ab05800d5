// The import's problems on screen in the reader's language: each row's and the sheet's messages (src/batch/issues.ts),
// or the zh-CN texts when a problem came without them (a profile file read by the triage).
import { useI18n } from 'vue-i18n'
import type { ImportResult, RowError } from '@/batch'
import type { Message } from '@/engine/types'
import { issueText } from '@/batch/issues'
import { engineLocale } from './useEngineText'

export function useImportText() {
  const { t, locale } = useI18n()
  const texts = (issues: readonly Message[] | undefined, zh: readonly string[]): string[] =>
    issues && issues.length === zh.length ? issues.map((m) => issueText(m, engineLocale(locale.value))) : [...zh]
  return {
    /** the row's messages, after the firm's name when it has one */
    row: (e: RowError, withName = false): string =>
      [...(withName && e.name ? [e.name] : []), ...texts(e.issues, e.messages)].join(t('helpdesk.export.separator')),
    sheet: (r: Pick<ImportResult, 'sheetProblems' | 'sheetIssues'>): string[] => texts(r.sheetIssues, r.sheetProblems),
  }
}
