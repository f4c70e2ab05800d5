// A workbook's first sheet as text records, read in its own worker (the spreadsheet library loads there, only
// when a workbook is chosen); on the page itself where a worker cannot start (tests, a blocked worker).
import type { XlsxReply } from '@/batch/xlsx-worker'

function startWorker(): Promise<Worker> {
  if (__SINGLE_FILE__) return import('../batch/xlsx-worker.ts?worker&inline').then((m) => new m.default())
  return Promise.resolve(new Worker(new URL('../batch/xlsx-worker.ts', import.meta.url), { type: 'module' }))
}

async function onPage(bytes: Uint8Array): Promise<string[][]> {
  const { readWorkbook } = await import('@/batch/xlsx')
  return readWorkbook(bytes)
}

export async function readWorkbookRecords(bytes: Uint8Array): Promise<string[][]> {
  if (typeof Worker === 'undefined') return onPage(bytes)
  let worker: Worker
  try {
    worker = await startWorker()
  } catch {
    return onPage(bytes)
  }
  const reply = await new Promise<XlsxReply | undefined>((resolve) => {
    worker.onmessage = (e: MessageEvent<XlsxReply>) => resolve(e.data)
    worker.onerror = () => resolve(undefined)
    worker.postMessage(bytes)
  })
  worker.terminate()
  if (!reply) return onPage(bytes)
  if ('error' in reply) throw new Error(reply.error)
  return reply.records
}
