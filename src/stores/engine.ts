// The rules engine is loaded after the start page (it is the largest part of the app and the start page needs
// none of it): every route except the start page waits for loadEngine() (main.ts), and the stores call assess()
// through here. Reading an assessment before the engine is there is a bug, so it throws rather than guess.
import type { Assessment } from '../engine/types'
import type { FirmProfile } from '../profile/types'
import { lazyModule } from './lazy-module'

type Rules = typeof import('../rules/index')

const engine = lazyModule<Rules>(() => import('../rules/index'))
const rules = engine.current

/** loads the engine once; later calls return the same promise */
export const loadEngine = (): Promise<void> => engine.load()

/** assess() of the loaded engine (reactive: a computed that read it before the engine came recomputes) */
export function assess(profile: FirmProfile, options?: Parameters<Rules['assess']>[1]): Assessment {
  const r = rules.value
  if (!r) throw new Error('the rules engine is not loaded yet (await loadEngine() first)')
  return r.assess(profile, options)
}
