// Where each wizard step lives in the app's routes. Apart from src/router.ts so that views and components
// can link to a step without importing the router (which imports the start view: an import cycle).
import type { RouteLocationRaw } from 'vue-router'
import type { StepId } from './steps'

/** the route of a step: `/` for the start, `/review` and `/results`, else `/step/<id>` with an optional query */
export function stepRoute(step: StepId, query?: Record<string, string>): RouteLocationRaw {
  if (step === 'start') return { path: '/' }
  if (step === 'review' || step === 'results') return { path: '/' + step }
  return query ? { path: `/step/${step}`, query } : { path: `/step/${step}` }
}
