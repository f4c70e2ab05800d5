// Web Worker entry: a workbook's bytes → the text records of its first sheet (or { error }). Its own worker, so
// the spreadsheet library is fetched and parsed only when a workbook is chosen, never for a CSV triage.
import { readWorkbook } from './xlsx'

export type XlsxReply = { records: string[][] } | { error: string }

export async function readReply(bytes: Uint8Array): Promise<XlsxReply> {
  try {
    return { records: await readWorkbook(bytes) }
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) }
  }
}

if (typeof self !== 'undefined') {
  self.onmessage = (e: MessageEvent<Uint8Array>) => void readReply(e.data).then((r) => self.postMessage(r))
}
