// Batch triage state for the /triage page: a CSV's bytes decoded (UTF-8 or GBK), triaged in a Web Worker with
// progress (the page stays responsive), then filtered and sorted for the table. Component tests pass a runner
// that calls the triage functions directly; without Worker support the same direct runner is used.
import { computed, reactive, shallowRef } from 'vue'
import { decodeCsvBytes, importCsv, triageCsv, triageToCsv, type ImportedFirm, type TriageResult } from '@/batch'
import type { TriageMessage, TriageRequest } from '@/batch/worker'
import type { ProgramStatus } from '@/engine/types'
import { compareRows, type SortKey } from './triage-sort'

export type Runner = (req: TriageRequest, onMessage: (m: TriageMessage) => void) => void

export const directRunner: Runner = (req, onMessage) => {
  if (!('csvText' in req)) throw new Error('direct runner: CSV text only')
  onMessage({ type: 'result', result: triageCsv(req.csvText, req.options) })
}

/** the triage worker: a sibling file in the normal build; inlined as a blob in the single-file build, because
 *  file:// pages may not start a worker from a file */
function startWorker(): Promise<Worker> {
  if (__SINGLE_FILE__) return import('../batch/worker.ts?worker&inline').then((m) => new m.default())
  return Promise.resolve(new Worker(new URL('../batch/worker.ts', import.meta.url), { type: 'module' }))
}

export const workerRunner: Runner = (req, onMessage) => {
  if (typeof Worker === 'undefined') return directRunner(req, onMessage)
  let heard = false
  startWorker().then(
    (worker) => {
      worker.onmessage = (e: MessageEvent<TriageMessage>) => {
        heard = true
        if (e.data.type !== 'progress') worker.terminate()
        onMessage(e.data)
      }
      worker.onerror = (e) => {
        worker.terminate()
        // a worker that never started (blocked here) leaves the work to the page itself
        if (!heard) directRunner(req, onMessage)
        else onMessage({ type: 'error', message: e.message || 'worker error' })
      }
      worker.postMessage(req)
    },
    () => directRunner(req, onMessage),
  )
}

export function useTriage(runner: Runner = workerRunner, defaultAssessmentDate?: () => string) {
  const state = reactive({
    running: false,
    progress: { done: 0, total: 0 },
    error: '',
    fileName: '',
    encoding: '' as '' | 'utf-8' | 'gbk',
    search: '',
    hnte: '' as '' | ProgramStatus,
    tsme: '' as '' | ProgramStatus,
    sort: { key: 'row' as SortKey, dir: 'ascending' as 'ascending' | 'descending' },
  })
  const result = shallowRef<TriageResult | undefined>(undefined)
  let csvText = ''
  let firms: ImportedFirm[] | undefined
  const options = () => (defaultAssessmentDate ? { defaultAssessmentDate: defaultAssessmentDate() } : {})

  function runText(text: string): Promise<void> {
    csvText = text
    firms = undefined
    result.value = undefined
    Object.assign(state, { running: true, error: '', progress: { done: 0, total: 0 } })
    return new Promise((resolve) =>
      runner({ csvText: text, options: options(), progressEvery: 20 }, (m) => {
        if (m.type === 'progress') state.progress = { done: m.done, total: m.total }
        else {
          if (m.type === 'result') result.value = m.result
          else state.error = m.message
          state.running = false
          resolve()
        }
      }),
    )
  }

  function runBytes(bytes: Uint8Array, fileName: string): Promise<void> {
    const decoded = decodeCsvBytes(bytes)
    Object.assign(state, { fileName, encoding: decoded.encoding })
    return runText(decoded.text)
  }

  const rows = computed(() => {
    const q = state.search.trim().toLowerCase()
    const shown = (result.value?.rows ?? []).filter(
      (r) =>
        (!q || r.name.toLowerCase().includes(q)) &&
        (!state.hnte || r.hnteStatus === state.hnte) &&
        (!state.tsme || r.tsmeStatus === state.tsme),
    )
    const sign = state.sort.dir === 'ascending' ? 1 : -1
    return shown.sort((a, b) => sign * compareRows(state.sort.key, a, b))
  })

  function sortBy(key: SortKey): void {
    const same = state.sort.key === key
    state.sort = { key, dir: same && state.sort.dir === 'ascending' ? 'descending' : 'ascending' }
  }

  /** the profile behind a triage row, re-imported on the main thread on first use (the worker keeps none) */
  function profileAt(row: number) {
    firms ??= importCsv(csvText, options()).firms
    return firms.find((f) => f.row === row)?.profile
  }

  const exportCsv = () => (result.value ? triageToCsv(result.value.rows, result.value.errors) : '')

  return { state, result, rows, runText, runBytes, sortBy, profileAt, exportCsv }
}

export type Triage = ReturnType<typeof useTriage>
