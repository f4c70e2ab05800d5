// issue #8 §7: an assessment date after the law this rules version reflects (2026-11-30) gets the rules as known
// then, and says so; on that date and before, no such notice.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { assess } from '../../src/rules/index'
import { RULES_VERSION } from '../../src/engine/assess'
import { messageText, render } from '../../src/engine/messages'
import type { FirmProfile } from '../../src/profile/types'

const firm = (assessmentDate: string): FirmProfile => ({
  ...(JSON.parse(readFileSync(new URL('../../examples/strong-hnte.json', import.meta.url), 'utf8')) as FirmProfile),
  assessmentDate,
})
const notice = (date: string) => assess(firm(date)).notices.find((n) => n.id === 'rules.after-version')

describe('a date after the rules version', () => {
  it('warns on 2030-01-01 that the rules are those known on 2026-11-30, in zh-CN and English', () => {
    const n = notice('2030-01-01')
    expect(n?.level).toBe('warning')
    expect(n?.message.text).toBe(
      `评估日期 2030-01-01 晚于本规则版本（${RULES_VERSION}）所依据的法规日期 2026-11-30：结果按 2026-11-30 时已知的规定计算，此后的新规定和修订未纳入，请核对当时有效的规定。`,
    )
    const en = render(messageText(n!.message.key, 'en')!, n!.message.params, 'en')
    expect(en).toContain('The assessment date 2030-01-01 is after 2026-11-30')
    expect(en).toContain('later changes are not included')
  })

  it('starts the day after the version’s date: none on 2026-11-30, one on 2026-12-01', () => {
    expect(notice('2026-11-30')).toBeUndefined()
    expect(notice('2026-06-30')).toBeUndefined()
    expect(notice('2026-12-01')).toBeDefined()
  })
})
