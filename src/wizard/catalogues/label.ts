// How a catalogue entry reads in each language. The Chinese name is the official one (GB/T 4754-2017,
// 《国家重点支持的高新技术领域》); in English our translation comes first and the official name follows in brackets.
// Kept apart from the catalogues so that the components can import it without loading the lists.

export interface CatalogueEntry {
  code: string
  name: string
  en: string
}

export function catalogueLabel(o: CatalogueEntry, locale: string): string {
  return locale === 'en' && o.en ? `${o.code} ${o.en} (${o.name})` : `${o.code} ${o.name}`
}
