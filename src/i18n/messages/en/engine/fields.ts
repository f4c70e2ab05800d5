// Engine messages (English): an answer that breaks its field's rule (src/fields/rules.ts), with how to fix it.
// Flat keys, as the code names them. {bound} is already written in the field's unit (10k yuan, persons, items).
import type { Catalogue } from '../../../tree'

export default {
  'fieldRule.type.number': '{label} must be a number: enter it again',
  'fieldRule.type.boolean': '{label} must be yes or no (true or false): answer it again',
  'fieldRule.type.string': '{label} must be text: enter it again',
  'fieldRule.not-finite': '{label} must be a finite number: enter it again',
  'fieldRule.too-large': '{label} cannot exceed {bound}: check the figure and its unit',
  'fieldRule.negative': '{label} cannot be negative: enter 0 or a positive number',
  'fieldRule.too-small': '{label} cannot be less than {bound}: check it',
  'fieldRule.not-integer': '{label} must be a whole number: remove the decimals',
  'fieldRule.decimals.money': '{label} has at most two decimals in yuan (to the fen): round it to the fen',
  'fieldRule.decimals.persons':
    '{label} has at most two decimals (a monthly average over the year): round it to two decimals',
  'fieldRule.date': '{label} “{value}” is not a real date: enter it as YYYY-MM-DD',
  'fieldRule.enum': '{label} must be one of {values}: choose again',
  'fieldRule.text': '{label}: {reason}',
  // checks between answers (src/profile/cross-checks.ts): {what} and {limitWhat} name the answers, figures in their unit
  'crossCheck.above': '{what} is {value}, more than {limitWhat} ({limit}): check both answers',
  'crossCheck.part': '{what} is {value}, more than {limitWhat} ({limit}): {why}. Check both answers.',
  'crossCheck.partMoney':
    '{what} is {value}, more than {limitWhat} ({limit}): {why}. Check both answers (both are entered in 10k yuan: was an amount typed in yuan?).',
  'crossCheck.registeredAfter':
    'The registration date ({date}) is after the assessment date ({asOf}): check either date',
  'crossCheck.certifiedAfter': 'The HNTE certificate date ({date}) is after the assessment date ({asOf}): check it',
  'crossCheck.yearAfter': '{what} ({value}) is after the assessment year ({year}): check it',
  'crossCheck.taxYear':
    "The tax year is {year} (this year's estimate) or {last} (last year's annual settlement): choose again",
} satisfies Catalogue
