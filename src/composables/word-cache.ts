// Words that do not change while a planner lever moves (names, labels, a score's wording), made once per language:
// the comparison is redrawn on every move, and vue-i18n's t() was a tenth of a move's cost (bench:planner, A/B).
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'

/** `word(key, make)`: make() the first time in this language, the same string after; a computed reading it is
 * recomputed when the language changes (a new cache) */
export function useWordCache() {
  const { locale } = useI18n()
  const cache = computed(() => ({ locale: locale.value, words: new Map<string, string>() }))
  return (key: string, make: () => string): string => {
    const { words } = cache.value
    let w = words.get(key)
    if (w === undefined) words.set(key, (w = make()))
    return w
  }
}
