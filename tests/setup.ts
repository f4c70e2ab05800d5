// Exact rationals are equal when they are the same number, whatever their (unreduced) form: 4/5 = 8/10.
import { expect } from 'vitest'

type Rational = { n: bigint; d: bigint }
const isRational = (x: unknown): x is Rational =>
  typeof x === 'object' &&
  x !== null &&
  Object.keys(x).length === 2 &&
  typeof (x as Rational).n === 'bigint' &&
  typeof (x as Rational).d === 'bigint'

expect.addEqualityTesters([
  (a: unknown, b: unknown) => (isRational(a) && isRational(b) ? a.n * b.d === b.n * a.d : undefined),
])

// the app loads the rules engine after its first paint (src/stores/engine.ts); tests have it from the start
await import('../src/stores/engine').then((m) => m.loadEngine())
// and the settings store, which the app loads with the engine (src/stores/settings-later.ts)
await import('../src/stores/settings-later').then((m) => m.loadSettings())
// and the typed-text readers, which the app loads with them (src/stores/text-kit.ts)
await import('../src/stores/text-kit').then((m) => m.loadTextKit())
