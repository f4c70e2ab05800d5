// What assistive technology reads for an element, found through Testing Library's role queries (which resolve
// aria-labelledby and aria-describedby as a screen reader does), so a test never looks an element up by its id.
import { within } from '@testing-library/vue'

/** the accessible description of `el` (its role given: the query computes descriptions per role) */
export function accessibleDescription(el: HTMLElement, role: string): string {
  let text = ''
  within(el.parentElement ?? document.body).queryAllByRole(role, {
    description: (d, e) => {
      if (e === el) text = d
      return false
    },
  })
  return text
}
