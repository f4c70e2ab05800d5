// Engine messages (English): typed text the parsers cannot read (src/wizard/parse-number.ts, parse-date.ts) and
// text that breaks a field's text rule (src/fields/text-rules.ts), each saying how to fix it.
import type { Catalogue } from '../../../tree'

export default {
  'parseError.number.currency-or-unit': 'Type digits only, without a currency sign or unit',
  'parseError.number.unit': 'Type digits only, without a unit',
  'parseError.number.separator': 'A thousands separator (comma) is misplaced: write 1,234.56, or leave the commas out',
  'parseError.number.scientific': 'Write the number out, not in scientific notation (1e3 is written 1000)',
  'parseError.number.points': 'Only one decimal point is allowed: check the number and enter it again',
  'parseError.number.comma-after-point': 'Thousands separators (commas) go before the decimal point only',
  'parseError.number.character': 'Contains a character that is not part of a number, “{char}”: type digits only',
  'parseError.number.not-number': 'Enter a number',
  'parseError.number.negative': 'Cannot be negative here: enter 0 or a positive number',
  'parseError.number.integer': 'Enter a whole number (a count has no decimals)',
  'parseError.number.decimals-persons':
    'A number of persons has at most 2 decimals (e.g. 12.25): round it and enter it again',
  'parseError.number.decimals-yuan': 'An amount in yuan has at most 2 decimals (to the fen): check it',
  'parseError.number.decimals-wan': 'An amount in 10k yuan has at most {max} decimals (to the fen): check it',
  'parseError.number.too-large-money':
    'Too large to compute exactly: this field is in 10k yuan (100 million yuan = 10000), at most about 9 billion: check for extra digits',
  'parseError.number.too-large-persons':
    'Too many persons: check it; this field is a number of persons, not an amount of money',
  'parseError.number.percent-over-100': 'A share cannot be more than 100%',
  'parseError.number.too-large-count':
    'Too large a count: check it; this field is a number of items, not an amount of money',
  'parseError.date.format': 'Enter the date as year-month-day, e.g. 2021-03-15',
  'parseError.date.invalid': '{value} is not a real date: check the month and the day',
  'textRule.credit-code.length':
    'A unified social credit code has 18 characters, this one has {length}: copy it again from the business licence',
  'textRule.credit-code.character':
    'Character {position} of the unified social credit code, “{character}”, is not allowed (digits and capital letters other than I, O, Z, S, V only): copy it again from the business licence',
  'textRule.credit-code.check':
    'The check character of the unified social credit code is wrong: by the first 17 characters it should be “{expected}”, not “{actual}”: check each character against the business licence',
  'textRule.industry':
    'The industry code must be a code of the national industry classification (GB/T 4754-2017), e.g. “C”, “C33”, “F51”, in capital letters',
  'textRule.tech-field':
    'The technology field must be a field number (e.g. “1”, “1.2”, “1.2.3”; the first level is 1–8), or “none” when the firm is in no field',
  'textRule.name-character':
    'The firm name contains an invisible control character ({char}, such as a line break or a text-direction mark): delete it and type the name again, or copy it again from the business licence',
  'textRule.name-length':
    'The firm name has {length} characters, more than the limit of {max}: check that nothing extra was pasted',
} satisfies Catalogue
