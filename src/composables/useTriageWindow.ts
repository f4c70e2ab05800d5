// The triage table renders only the rows in view once a sheet has more than VIRTUAL_FROM of them (a province's
// 100,000 firms would otherwise be 100,000 table rows); smaller lists render whole, as does any list while the
// page prints (the printed list is the filtered list, complete). A row's height is read from the resize
// observer's entry, after the browser's own layout: reading offsetHeight as each row mounts forced one layout per
// row (a cleared search took a second).
import { computed, onBeforeUnmount, onMounted, ref, type Ref } from 'vue'
import { useVirtualizer } from '@tanstack/vue-virtual'
import type { RowList } from '@/batch/row-store'

export const VIRTUAL_FROM = 200
/** a row's height before it is measured (two lines of text) */
const ESTIMATE = 56

/** `numbers`: the shown rows' sheet row numbers, the virtualizer's keys (read for every row each time the list
 *  changes: from an array, not from a province's 100,000 row objects) */
export function useTriageWindow(rows: Ref<RowList>, numbers: Ref<Float64Array>, scroller: Ref<HTMLElement | null>) {
  const printing = ref(false)
  const virtual = computed(() => rows.value.length > VIRTUAL_FROM && !printing.value)
  const virtualizer = useVirtualizer<HTMLElement, HTMLElement>(
    computed(() => {
      // the list read once here, not through the computed at each of a province's 100,000 keys
      const list = rows.value
      const keys = numbers.value
      return {
        count: virtual.value ? list.length : 0,
        getScrollElement: () => scroller.value,
        getItemKey: (i: number) => keys[i] || i,
        estimateSize: () => ESTIMATE,
        overscan: 6,
        measureElement: (el, entry, v) =>
          entry?.borderBoxSize[0]
            ? Math.round(entry.borderBoxSize[0].blockSize)
            : (v.itemSizeCache.get(v.options.getItemKey(v.indexFromElement(el))) ?? ESTIMATE),
      }
    }),
  )
  const items = computed(() => (virtual.value ? virtualizer.value.getVirtualItems() : undefined))
  /** the rows to render, with their place in the whole list (for aria-rowindex), rebuilt from the list */
  const shown = computed(() => {
    const list = rows.value
    return items.value
      ? items.value.map((i) => ({ r: list.at(i.index)!, index: i.index }))
      : Array.from({ length: list.length }, (_, index) => ({ r: list.at(index)!, index }))
  })
  const padTop = computed(() => items.value?.[0]?.start ?? 0)
  const padBottom = computed(() => {
    const last = items.value?.at(-1)
    return last ? virtualizer.value.getTotalSize() - last.end : 0
  })
  /** rows measure themselves (their height depends on the text in them) */
  const measure = (el: unknown) => {
    if (virtual.value && el instanceof HTMLElement) virtualizer.value.measureElement(el)
  }

  const before = () => (printing.value = true)
  const after = () => (printing.value = false)
  onMounted(() => {
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('beforeprint', before)
    window.removeEventListener('afterprint', after)
  })
  return { virtual, shown, padTop, padBottom, measure }
}
