// 第八条 (国科发政〔2017〕115号) direct pass as the results and the sheet say it: 待确认 while an answer it depends on
// is missing, never a false 否; a 否 says why — a condition of 第六条（一）–（四） is not met (第八条 needs them too),
// or none of the four cases of 第八条 is held.
import type { Assessment } from '@/engine/types'

type TechSme = Pick<Assessment['techSme'], 'checks'> &
  Partial<Pick<Assessment['techSme'], 'directPass' | 'directPassStatus'>>

export interface DirectPass {
  status: 'pass' | 'fail' | 'unknown'
  /** the words' key under results.directPass */
  words: 'yes' | 'unknown' | 'noCondition' | 'noCase'
}

export function directPass(p: TechSme): DirectPass | undefined {
  if (p.directPass === undefined) return undefined
  const status = p.directPassStatus ?? (p.directPass ? 'pass' : 'fail')
  if (status !== 'fail') return { status, words: status === 'pass' ? 'yes' : 'unknown' }
  const failed = p.checks.some((c) => c.id !== 'tsme.score' && c.status === 'fail')
  return { status, words: failed ? 'noCondition' : 'noCase' }
}
