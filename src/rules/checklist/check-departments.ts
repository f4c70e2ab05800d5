// Per check: the department to ask. The item titles (what to fix when the check fails, what to answer when it
// is unknown) are the catalogue's 'checklist.fix.<id>' and 'checklist.answer.<id>' (src/i18n/messages).
import type { Locality } from '../../locality/types'

type Dept = keyof Locality['departments']

export const CHECK_DEPARTMENT: Record<string, Dept> = {
  'hnte.registered-one-year': 'science',
  'hnte.core-ip': 'market',
  'hnte.tech-field': 'science',
  'hnte.st-staff-ratio': 'science',
  'hnte.rd-intensity': 'science',
  'hnte.rd-domestic-share': 'science',
  'hnte.hitech-income-share': 'science',
  'hnte.innovation-score': 'science',
  'hnte.no-major-incident': 'science',
  'tsme.resident': 'tax',
  'tsme.staff-limit': 'statistics',
  'tsme.revenue-limit': 'statistics',
  'tsme.assets-limit': 'statistics',
  'tsme.industry': 'market',
  'tsme.clean-record': 'market',
  'tsme.score': 'science',
}
