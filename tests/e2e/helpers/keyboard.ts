// Keyboard-only page helpers: what has focus, moving focus with Tab / Shift+Tab until a control is reached,
// and whether the focused control shows a focus indicator.
import type { Page } from '@playwright/test'

export interface Focused {
  tag: string
  type: string
  /** the control's label, aria-label or text */
  name: string
  /** the legend of the fieldset it sits in, if any */
  group: string
}

export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null
    if (!el) return { tag: '', type: '', name: '', group: '' }
    const label = el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? ''
    const legend = el.closest('fieldset')?.querySelector('legend')?.textContent ?? ''
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type') ?? '',
      name: label.replace(/\s+/g, ' ').trim(),
      group: legend.trim(),
    }
  })
}

/** presses `key` (Tab or Shift+Tab) until the focused control matches, at most `max` times */
export async function tabTo(page: Page, match: (f: Focused) => boolean, key = 'Tab', max = 80): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key)
    const f = await focused(page)
    if (match(f)) return f
  }
  throw new Error(`no control matched after ${max} × ${key}; focus is on ${JSON.stringify(await focused(page))}`)
}

export const named = (name: string) => (f: Focused) => f.name === name
export const startsWith = (prefix: string) => (f: Focused) => f.name.startsWith(prefix)

/** the focused element's outline and box-shadow as computed */
export function focusStyle(page: Page): Promise<{ outlineStyle: string; outlineWidth: number; boxShadow: string }> {
  return page.evaluate(() => {
    const s = getComputedStyle(document.activeElement as Element)
    return { outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth), boxShadow: s.boxShadow }
  })
}
