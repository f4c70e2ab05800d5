// A workbook's first sheet read row by row from a file (Node: `npm run triage -- pool.xlsx`), with exceljs's
// streaming reader: a province's workbook is never held whole in memory (its shared strings are, once each).
// Cells become the same text as the whole-workbook reader gives (cellText), so both go through one importer.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { CellValue, stream } from 'exceljs'
import type { SheetRow } from './pool-records'
import { cellText } from './xlsx'

type Reader = typeof stream.xlsx.WorkbookReader
type Sax = new () => { on(event: string, f: (v: unknown) => void): void; write(s: string): void }
type Event = { eventType: string; value: unknown }

/** exceljs's XML reader with one fix: its own decodes each chunk of the zip alone, so a Chinese character (three
 *  bytes in UTF-8) cut between two chunks came out as “���” (measured: 4 names in 5,000). This one decodes the
 *  chunks as one stream. */
const parseSax = (SaxesParser: Sax) =>
  async function* (iterable: AsyncIterable<Uint8Array | string>): AsyncGenerator<Event[]> {
    const parser = new SaxesParser()
    const decoder = new TextDecoder('utf-8')
    let error: unknown
    let events: Event[] = []
    parser.on('error', (e) => (error ??= e))
    for (const eventType of ['opentag', 'text', 'closetag'])
      parser.on(eventType, (value) => events.push({ eventType, value }))
    const feed = function* (text: string) {
      parser.write(text)
      if (error) throw error
      yield events
      events = []
    }
    for await (const chunk of iterable)
      yield* feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }))
    const rest = decoder.decode()
    if (rest) yield* feed(rest)
  }

/** exceljs's streaming reader loaded afresh with the fixed XML reader in place (copies loaded elsewhere keep theirs) */
function fixedReader(): Reader {
  const require = createRequire(import.meta.url)
  const lib = join(dirname(require.resolve('exceljs/package.json')), 'lib')
  for (const k of Object.keys(require.cache)) if (k.startsWith(lib)) delete require.cache[k]
  const sax = join(lib, 'utils', 'parse-sax.js')
  const fromLib = createRequire(sax)
  const fixed = parseSax((fromLib('saxes') as { SaxesParser: Sax }).SaxesParser)
  require.cache[sax] = { id: sax, filename: sax, loaded: true, exports: fixed } as unknown as NodeJS.Module
  return fromLib('../stream/xlsx/workbook-reader.js') as Reader
}

/** the rows of the first worksheet, in order; rows the file leaves out (blank) are not given */
export async function* workbookRows(file: string): AsyncGenerator<SheetRow> {
  const WorkbookReader = fixedReader()
  // styles: cached, for a date format to make a date of its cell's number (as the whole-workbook reader does)
  const reader = new WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  })
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values = row.values as CellValue[]
      const cells: string[] = []
      for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]).trim())
      yield { number: row.number, cells }
    }
    return
  }
}
