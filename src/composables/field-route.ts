// Where to fix or answer a profile field: its wizard step, focused on the field, returning to the results.
import type { RouteLocationRaw } from 'vue-router'
import { stepOfField } from '@/wizard/steps'

export function fieldRoute(path: string): RouteLocationRaw {
  return { path: '/step/' + stepOfField(path), query: { focus: path, return: 'results' } }
}
