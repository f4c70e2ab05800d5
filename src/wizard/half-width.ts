// Typed text as the parsers read it: full-width characters (a Chinese input method's digits and punctuation) and
// spaces do not make a number or a date unreadable.

/** full-width digits, point, comma, minus and the ideographic space → ASCII (１２３．４ → 123.4) */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\s]/g, '')
    .replace(/[。]/g, '.')
    .replace(/[−–—]/g, '-')
}
