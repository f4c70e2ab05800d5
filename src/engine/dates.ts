// Calendar dates as YYYY-MM-DD strings, counted in UTC days: no time zone can shift a day.

const DAY_MS = 86_400_000

export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const t = Date.parse(`${s}T00:00:00Z`)
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s
}

export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS)
}

/** calendar days from a to b (b − a) */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a)
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4))
}

export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * DAY_MS).toISOString().slice(0, 10)
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

/** the same month and day n years later (29 Feb → 28 Feb in a common year) */
export function addYears(iso: string, n: number): string {
  const y = yearOf(iso) + n
  const md = iso.slice(5)
  // only 29 February can be missing from another year (iso is a valid date)
  const day = md === '02-29' && !isLeap(y) ? '02-28' : md
  return `${String(y).padStart(4, '0')}-${day}`
}
