// The what-if planner's state: the levers as typed text (parsed with the wizard's strict parser), the scenario
// assessed by the same engine on a copy of the answers (computed, never stored), the cheapest paths computed
// off the typing path, and "apply", the only way a scenario reaches the firm's answers.
import { computed, onBeforeUnmount, reactive, shallowRef, watch, type ComputedRef } from 'vue'
import { assess } from '@/rules'
import { applyLevers, findPaths, NO_LEVERS, type LeverKey, type Levers, type PathReport } from '@/planner'
import { applyFields, projectionFor, scenarioYear } from '@/planner/levers'
import { cloneProfile } from '@/planner/clone'
import { yearOf } from '@/engine/dates'
import { getAnswer } from '@/wizard/profile-path'
import { askedProfile } from '@/wizard/asked'
import { parseNumber, type NumberKind } from '@/wizard/parse-number'
import { renderProblemKey, type ProblemKey } from '@/fields/problem-text'
import type { EngineLocale } from '@/engine/message-parts'
import { useI18n } from 'vue-i18n'
import { engineLocale } from './useEngineText'
import { useDraftStore } from '@/stores/draft'
import { useSettingsStore } from '@/stores/settings'

export type LeverKind = NumberKind | 'percent'
export const LEVERS: readonly { key: LeverKey; kind: LeverKind }[] = [
  { key: 'extraRdYuan', kind: 'money' },
  { key: 'hireScienceStaff', kind: 'persons' },
  { key: 'newClassI', kind: 'count' },
  { key: 'newClassII', kind: 'count' },
  { key: 'extraTransformations', kind: 'count' },
  { key: 'extraHiTechIncomeYuan', kind: 'money' },
]

/** "57.1" (percent, ≤ 2 decimals) → 0.571, by moving the decimal point in the text, not by float division */
export function parsePercent(
  text: string,
): { ok: true; value?: number } | ({ ok: false; message: string } & ProblemKey) {
  const r = parseNumber(text, 'persons')
  if (!r.ok) return r
  if (r.empty) return { ok: true }
  if (r.value > 100) return { ok: false, message: '比例不能超过 100%', key: 'parseError.number.percent-over-100' }
  return { ok: true, value: Number(`${r.display}e-2`) }
}

function parseLever(kind: LeverKind, text: string, locale: EngineLocale): { value?: number; error?: string } {
  const r = kind === 'percent' ? parsePercent(text) : parseNumber(text, kind)
  if (!r.ok) return { error: renderProblemKey(r, locale) }
  return 'value' in r && r.value !== undefined ? { value: r.value } : {}
}

const blankTexts = (): Record<LeverKey, string> =>
  Object.fromEntries(LEVERS.map((l) => [l.key, ''])) as Record<LeverKey, string>

/** the text a lever input shows for a value (money in 万元, a share in %) */
export function leverText(key: LeverKey, value: number): string {
  if (key === 'extraRdYuan' || key === 'extraHiTechIncomeYuan') return String(Number(`${value}e-4`))
  return String(value)
}

/** the levers' typed texts, each parsed on its own (a move re-parses only the lever that moved) */
function useLeverTexts() {
  const i18n = useI18n()
  const locale = computed(() => engineLocale(i18n.locale.value))
  const texts = reactive(blankTexts())
  const parsed = Object.fromEntries(
    LEVERS.map((l) => [l.key, computed(() => parseLever(l.kind, texts[l.key], locale.value))]),
  ) as Record<LeverKey, ComputedRef<{ value?: number; error?: string }>>
  const errors = computed(() => Object.fromEntries(LEVERS.map((l) => [l.key, parsed[l.key].value.error])))
  /** a lever that does not parse counts as unchanged (its error is shown beside it); the same levers keep the same
   * object, so typing '7.5' → '7.50' assesses nothing again */
  const levers = computed<Levers>((previous) => {
    const out: Levers = { ...NO_LEVERS }
    for (const { key } of LEVERS) {
      const v = parsed[key].value.value
      if (v !== undefined) out[key] = v
    }
    return previous && LEVERS.every(({ key }) => previous[key] === out[key]) ? previous : out
  })
  const active = computed(() => LEVERS.some((l) => parsed[l.key].value.value !== undefined))
  return { texts, errors, levers, active }
}

export function usePlanner() {
  const draft = useDraftStore()
  const settings = useSettingsStore()
  const { texts, errors, levers, active } = useLeverTexts()
  // the answers the engine assesses: never one the wizard does not ask this firm (issue #8 §1), as on the results.
  // A plain copy, made once per change of the answers: a lever move then works on plain objects, not through the
  // store's reactive proxies (which cost more than the engine itself and tracked every field again on each move).
  const asked = computed(() => cloneProfile(askedProfile(draft.profile)))
  const scenarioProfile = computed(() => applyLevers(asked.value, levers.value))
  const scenario = computed(() => assess(scenarioProfile.value, { locality: settings.locality }))
  /** the application the levers first count for together (issue #8 §8: src/planner/levers.ts leverYear) */
  const applicationYear = computed(() => scenarioYear(draft.profile, levers.value))
  /** the firm's own result for that year: its answers, or their projection (recomputed only when the year moves) */
  const own = computed(() =>
    applicationYear.value === yearOf(draft.profile.assessmentDate)
      ? draft.assessment
      : assess(projectionFor(asked.value, applicationYear.value), { locality: settings.locality }),
  )

  function reset(): void {
    Object.assign(texts, blankTexts())
  }
  function setText(key: LeverKey, text: string): void {
    texts[key] = text
  }
  function setLever(key: LeverKey, value: number): void {
    reset()
    texts[key] = leverText(key, value)
  }
  /** the answers the scenario changes, path by path (what "apply" would write) */
  const fields = [...applyFields()]
  const changes = computed(() =>
    fields
      .map((path) => ({ path, from: getAnswer(asked.value, path), to: getAnswer(scenarioProfile.value, path) }))
      .filter((c) => c.to !== c.from),
  )
  function apply(): void {
    for (const c of changes.value) draft.setValue(c.path, c.to)
    reset()
  }

  const paths = usePaths(
    () => asked.value,
    () => JSON.stringify(draft.profile),
  )
  // one reactive object: components read planner.scenario, planner.errors[key] without .value
  return reactive({
    ...{ texts, errors, levers, active, scenario, own, applicationYear },
    ...{ reset, setText, setLever, changes, apply, paths },
  })
}

/** the cheapest paths for both programs, computed a moment after the answers settle (never while typing) */
function usePaths(profile: () => ReturnType<typeof useDraftStore>['profile'], key: () => string, delay = 250) {
  const reports = shallowRef<PathReport[] | undefined>(undefined)
  let timer: ReturnType<typeof setTimeout> | undefined
  const compute = () => {
    const p = structuredClone(profile())
    reports.value = (['hnte', 'techSme'] as const).map((program) => findPaths(p, program))
  }
  const schedule = () => {
    clearTimeout(timer)
    reports.value = undefined
    timer = setTimeout(compute, delay)
  }
  watch(key, schedule, { immediate: true })
  onBeforeUnmount(() => clearTimeout(timer))
  return { reports, computeNow: compute }
}

export type Planner = ReturnType<typeof usePlanner>
