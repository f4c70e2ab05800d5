// A module loaded once, after the start page (the engine, the settings store): the first load() imports it, later
// calls share the same promise, and `current` is reactive, so a computed that read it before it came recomputes.
import { shallowRef, type ShallowRef } from 'vue'

export interface LazyModule<M> {
  /** loads the module once; later calls return the same promise */
  load(): Promise<void>
  /** the module once loaded, else undefined */
  current: Readonly<ShallowRef<M | undefined>>
}

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  const current = shallowRef<M | undefined>(undefined)
  let loading: Promise<void> | undefined
  const load = () =>
    (loading ??= importer().then((m) => {
      current.value = m
    }))
  return { load, current }
}
