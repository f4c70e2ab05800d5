// A spreadsheet's column letters, for the workbook's drop-down ranges and the import's messages.

/** the column letters of a 1-based column number (1 → A, 27 → AA) */
export function columnLetter(n: number): string {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}
