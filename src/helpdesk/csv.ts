// The helpdesk's CSV summary: the project's one CSV writer (src/batch/csv.ts: RFC 4180 quoting, CRLF rows,
// formula-looking text neutralised) with a UTF-8 BOM so Excel reads Chinese correctly.
import { writeCsv } from '../batch/csv'

export type Cell = string | number | undefined

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return writeCsv(
    rows.map((r) => r.map((c) => (c === undefined ? '' : String(c)))),
    { bom: true },
  )
}
