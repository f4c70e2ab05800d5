// A profile path's place in the field table, apart from the table itself: what the wizard asks a firm
// (src/wizard/asked.ts, with the draft on the start page) is decided by path alone.

/** 'years.2025.rd.inHouse' → 'years.*.rd.inHouse' */
export const fieldShape = (path: string): string => path.replace(/^years\.\d+\./, 'years.*.')
