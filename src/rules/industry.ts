// The R&D super-deduction negative list (财税〔2015〕119号 第四条), which the tech-SME rules also apply since
// 国科火字〔2022〕67号, mapped onto GB/T 4754-2017 codes: a section letter ('F') or a division ('F51').

/** sections wholly on the list: F 批发和零售业, H 住宿和餐饮业, K 房地产业, L 租赁和商务服务业 */
const LISTED_SECTIONS = new Set(['F', 'H', 'K', 'L'])
/** divisions on the list inside sections that are not: C16 烟草制品业, R90 娱乐业 */
const LISTED_DIVISIONS = new Set(['C16', 'R90'])

export type NegativeListStatus = 'listed' | 'not-listed' | 'unknown'

export function negativeListStatus(code: string | undefined): NegativeListStatus {
  if (!code) return 'unknown'
  const c = code.trim().toUpperCase()
  const section = c.charAt(0)
  if (LISTED_SECTIONS.has(section)) return 'listed'
  const division = c.slice(0, 3)
  if (c.length >= 3 && LISTED_DIVISIONS.has(division)) return 'listed'
  // LEGAL-Q: a bare section 'R' (文化、体育和娱乐业) may or may not be 娱乐业 (R90): unknown until a division is given.
  // A bare 'C' is taken as not tobacco: 烟草制品业 is a state monopoly, and such a firm would name C16.
  if (c.length === 1 && section === 'R') return 'unknown'
  return /^[A-T](\d{2})?/.test(c) ? 'not-listed' : 'unknown'
}
