// Batch triage state for the /triage page: a CSV's bytes decoded (UTF-8 or GBK), triaged in a Web Worker with
// progress (the page stays responsive), then filtered and sorted for the table. Component tests pass a runner
// that calls the triage functions directly; without Worker support the same direct runner is used.
import { reactive, shallowRef } from 'vue'
import { decodeCsvBytes, importRows, parseCsv, type ImportedFirm } from '@/batch'
import { RowStore } from '@/batch/row-store'
import { handleRequest, type TriageMessage, type TriageRequest } from '@/batch/worker'
import { notCsvKind } from '@/batch/decode'
import { isLegacyXls, isWorkbook } from '@/batch/xlsx-detect'
import type { Locality } from '@/locality/types'
import { readWorkbookRecords } from './read-workbook'
import type { ProgramStatus } from '@/engine/types'
import type { SortKey } from './triage-sort'
import { useTriageRows, type TriageOutcome } from './triage-rows'
import { triageFile } from './triage-pool'
import type { FirmProfile } from '@/profile/types'

export type Runner = (req: TriageRequest, onMessage: (m: TriageMessage) => void) => void

/** the triage on the page itself (tests, or a browser that cannot start the worker) */
export const directRunner: Runner = (req, onMessage) => handleRequest(req, onMessage)

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

/** a result's rows as the page keeps them: the worker's columns, or the rows put into columns here */
function storeOf(m: Extract<TriageMessage, { type: 'result' }>): RowStore {
  if (!m.compact) return RowStore.fromRows(m.result.rows)
  const s = new RowStore()
  s.append(m.compact)
  return s
}

/** the latest of the calls made within a frame, once at the frame: the pool reports progress many times a frame
 *  (each chunk scanned, each part done), and each report re-rendered the progress bar in a task of its own */
function oncePerFrame<T>(f: (x: T) => void): (x: T) => void {
  let latest: T
  let asked = false
  return (x) => {
    latest = x
    if (asked) return
    asked = true
    requestAnimationFrame(() => {
      asked = false
      f(latest)
    })
  }
}

export function useTriage(runner: Runner = workerRunner, locality?: () => Locality) {
  const state = reactive({
    running: false,
    progress: { done: 0, total: 0 },
    error: '',
    /** a file that is not read: an old binary .xls, or a workbook that failed to open */
    problem: '' as '' | 'legacyXls' | 'workbookFailed' | 'notCsvPdf' | 'notCsvZip' | 'notCsvBinary',
    fileName: '',
    encoding: '' as '' | 'utf-8' | 'gbk' | 'xlsx',
    search: '',
    hnte: '' as '' | ProgramStatus,
    tsme: '' as '' | ProgramStatus,
    sort: { key: 'row' as SortKey, dir: 'ascending' as 'ascending' | 'descending' },
    sorting: '' as '' | SortKey,
  })
  const result = shallowRef<TriageOutcome | undefined>(undefined)
  /** the sheet's cells, kept to open a row in the wizard (the worker keeps nothing) */
  let records: string[][] = []
  let firms: ImportedFirm[] | undefined
  /** after a pooled run: the firm on a row, read again from the file */
  let fromFile: ((row: number) => Promise<FirmProfile | undefined>) | undefined
  const options = () => (locality ? { locality: locality() } : {})

  function run(req: TriageRequest, read?: () => string[][]): Promise<void> {
    firms = undefined
    fromFile = undefined
    records = read?.() ?? []
    result.value = undefined
    Object.assign(state, { running: true, error: '', problem: '', progress: { done: 0, total: 0 } })
    return new Promise((resolve) =>
      runner({ ...req, options: options(), progressEvery: 20, compact: true }, (m) => {
        if (m.type === 'progress') state.progress = { done: m.done, total: m.total }
        else {
          if (m.type === 'result') result.value = { ...m.result, rows: storeOf(m) }
          else if (m.type === 'error') state.error = m.message
          state.running = false
          resolve()
        }
      }),
    )
  }

  const runText = (text: string) => run({ csvText: text }, () => parseCsv(text))

  async function runWorkbook(bytes: Uint8Array): Promise<void> {
    Object.assign(state, { running: true, error: '', problem: '', progress: { done: 0, total: 0 } })
    result.value = undefined
    try {
      const sheet = await readWorkbookRecords(bytes)
      return await run({ records: sheet }, () => sheet)
    } catch (e) {
      Object.assign(state, {
        running: false,
        problem: 'workbookFailed',
        error: e instanceof Error ? e.message : String(e),
      })
    }
  }

  /** a CSV (UTF-8 or GBK) or an .xlsx workbook, told apart by their first bytes, not by the file name */
  function runBytes(bytes: Uint8Array, fileName: string): Promise<void> {
    state.fileName = fileName
    const notCsv = notCsvKind(bytes)
    if (isLegacyXls(bytes) || notCsv) {
      const problem = notCsv ? (`notCsv${notCsv[0]!.toUpperCase()}${notCsv.slice(1)}` as const) : 'legacyXls'
      Object.assign(state, { encoding: '', problem })
      result.value = undefined
      return Promise.resolve()
    }
    if (isWorkbook(bytes)) {
      state.encoding = 'xlsx'
      return runWorkbook(bytes)
    }
    const decoded = decodeCsvBytes(bytes)
    state.encoding = decoded.encoding
    return runText(decoded.text)
  }

  /** a CSV chosen on the page: read in parts by a pool of workers (one per core), progress from the first part;
   *  a workbook, a runner of its own (tests) or no workers: the whole file through runBytes */
  async function runFile(file: Blob, fileName: string): Promise<void> {
    // 8 KB: enough for notCsvKind to see a PDF or binary file, which runBytes then refuses with advice
    const head = new Uint8Array(await file.slice(0, 8192).arrayBuffer())
    const whole = isWorkbook(head) || isLegacyXls(head) || notCsvKind(head) !== null
    if (runner !== workerRunner || typeof Worker === 'undefined' || whole)
      return runBytes(new Uint8Array(await file.arrayBuffer()), fileName)
    Object.assign(state, { fileName, encoding: '', running: true, error: '', problem: '' })
    state.progress = { done: 0, total: 0 }
    result.value = undefined
    try {
      const {
        encoding,
        profileAt: at,
        ...rest
      } = await triageFile(
        file,
        options(),
        oncePerFrame((p) => (state.progress = { done: p.done, total: p.total })),
      )
      // the table drawn in a task of its own, not in the one that took the last part's answer
      await new Promise((resolve) => setTimeout(resolve))
      Object.assign(state, { encoding, running: false })
      records = []
      firms = undefined
      fromFile = at
      result.value = rest
    } catch {
      // a pool that could not start (or failed): the single worker, or the page itself, as before
      return runBytes(new Uint8Array(await file.arrayBuffer()), fileName)
    }
  }

  const { rows, rowNumbers, errors, sortBy } = useTriageRows(result, state)

  /** the profile behind a triage row, re-imported on the main thread on first use (the worker keeps none) */
  async function profileAt(row: number): Promise<FirmProfile | undefined> {
    if (fromFile) return fromFile(row)
    firms ??= importRows(records).firms
    return firms.find((f) => f.row === row)?.profile
  }

  return { state, result, rows, rowNumbers, errors, runText, runBytes, runFile, sortBy, profileAt }
}

export type Triage = ReturnType<typeof useTriage>
