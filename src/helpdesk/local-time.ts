// A moment as the reader's clock shows it (YYYY-MM-DD HH:mm), for exports read later at a desk: never raw ISO UTC.
const pad = (n: number) => String(n).padStart(2, '0')

export function localTime(d: Date | string): string {
  const t = typeof d === 'string' ? new Date(d) : d
  if (Number.isNaN(t.getTime())) return typeof d === 'string' ? d : ''
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())} ${pad(t.getHours())}:${pad(t.getMinutes())}`
}
