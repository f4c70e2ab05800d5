// The bytes of an uploaded CSV → text. Excel saves "CSV UTF-8" with a BOM and plain "CSV" in the system code page,
// which on Chinese Windows is GBK (CP936): UTF-8 when the bytes are valid UTF-8, else GBK.

export interface DecodedCsv {
  text: string
  encoding: 'utf-8' | 'gbk'
}

export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  try {
    // ignoreBOM: false (the default) drops a leading BOM
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' }
  }
}

/** what a chosen file is when it is not a CSV at all (told by its first bytes, not by its name), else null */
export type NotCsv = 'pdf' | 'zip' | 'binary'

const startsWith = (bytes: Uint8Array, text: string) => [...text].every((c, i) => bytes[i] === c.charCodeAt(0))

/** a workbook's entries name `xl/` parts (entry names are stored as plain text in a ZIP) */
const namesWorkbookParts = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes).includes('xl/')

/**
 * The one place a chosen sheet file's kind is told apart from a CSV beyond workbooks (src/batch/xlsx-detect.ts
 * tells .xlsx and .xls): a PDF, another ZIP archive, or any file with NUL bytes (images, programs, UTF-16 text)
 * is never decoded as GBK gibberish.
 */
export function notCsvKind(bytes: Uint8Array): NotCsv | null {
  if (startsWith(bytes, '%PDF-')) return 'pdf'
  if (startsWith(bytes, 'PK\x03\x04')) return namesWorkbookParts(bytes) ? null : 'zip'
  return bytes.subarray(0, 8192).includes(0) ? 'binary' : null
}
