// Typed text for every field of the wizard is read through the field table (its kinds, rules and messages: about
// 20 KB gzip), which the start page does not need: its one field, the assessment date, is read by date-text.ts.
// The rest loads with the engine (main.ts: the visitor's first act, or before any other page opens), and before a
// file or an example is taken in. Using it before it is there is a bug, so it throws rather than guess.
import { lazyModule } from './lazy-module'

type Kit = typeof import('./typed-texts')

const kit = lazyModule<Kit>(() => import('./typed-texts'))

/** loads the typed-text readers once; later calls return the same promise */
export const loadTextKit = (): Promise<void> => kit.load()

/** the loaded readers (reactive: a computed that read them before they came recomputes) */
export function textKit(): Kit {
  const k = kit.current.value
  if (!k) throw new Error('the typed-text readers are not loaded yet (await loadTextKit() first)')
  return k
}
