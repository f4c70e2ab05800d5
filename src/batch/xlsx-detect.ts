// Telling a workbook from a CSV by its first bytes (a clerk may name either file anything), without loading
// the spreadsheet library.

/** .xlsx is a ZIP archive: “PK\x03\x04” */
export function isWorkbook(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/** the old binary .xls (an OLE compound file): not read, the user is asked to save as .xlsx */
export function isLegacyXls(bytes: Uint8Array): boolean {
  return [0xd0, 0xcf, 0x11, 0xe0].every((b, i) => bytes[i] === b)
}
