// Engine messages (English): batch triage: a firm's largest gap in words. Flat keys, as the code names them.
import type { Catalogue } from '../../../tree'

const UNCLOSED =
  'this row has an unpaired double quote ("), so the cells after it cannot be split: delete the extra quote, or put text containing commas between a pair of double quotes'

export default {
  'batch.gap.hnte.rd-intensity': 'R&D short by {wan} (10k yuan)',
  'batch.gap.hnte.rd-domestic-share': 'R&D in China short by {wan} (10k yuan)',
  'batch.gap.hnte.hitech-income-share': 'High-tech income short by {wan} (10k yuan)',
  'batch.gap.hnte.st-staff-ratio': '{n} more S&T staff needed',
  'batch.gap.hnte.registered-one-year': '{n} {n:plural:day|days} until registered one year',
  'batch.gap.hnte.innovation-score': 'Innovation score short by at least {n} {n:plural:point|points}',
  'batch.gap.tsme.score': 'Tech-SME score short by at least {n} {n:plural:point|points}',
  'batch.gap.tsme.staff-limit': 'Staff {n} above the limit',
  'batch.gap.tsme.revenue-limit': 'Sales {wan} (10k yuan) above the limit',
  'batch.gap.tsme.assets-limit': 'Assets {wan} (10k yuan) above the limit',
  'batch.gap.other': '{title}',
  // what is wrong with a sheet or one of its rows (src/batch/issues.ts): a column named by the field table's English
  // header and its letter; {reason}: the parser's or the rule's own message (its catalogue key), in English
  'batch.issue.money': '{columnEn}: “{text}” is not a valid amount in {unitEn}: {reason}',
  'batch.issue.moneyBlank': '{columnEn}: “{text}” is not an amount: type a number in {unitEn}',
  'batch.issue.number': '{columnEn}: “{text}” is not a number: {reason}',
  'batch.issue.numberValue': '{columnEn}: “{text}” is not accepted: {reason}',
  'batch.issue.numberBlank': '{columnEn}: “{text}” is not a number: type digits only',
  'batch.issue.bool': '{columnEn}: “{text}” cannot be read: write yes or no',
  'batch.issue.tax': '{columnEn}: “{text}” cannot be read: write audit or deemed (the collection method)',
  'batch.issue.ypn': '{columnEn}: “{text}” cannot be read: write yes, partly or no',
  'batch.issue.rating': '{columnEn}: “{text}” cannot be read: write a grade A, B, C, D or E',
  'batch.issue.techField':
    '{columnEn}: “{text}” is not a technical field number: write the number (e.g. 1, 1.2 or 1.2.3; the first level is 1–8), or none for a firm in no field',
  'batch.issue.blankDate':
    '{columnEn} is blank: enter the date the firm plans to apply (YYYY-MM-DD); a blank is not read as today',
  'batch.issue.problem': '{columnEn}: {reason}',
  'batch.issue.problemAnywhere': '{reason}',
  'batch.issue.check': '{columnEn}: {detailEn}',
  'batch.issue.checkAnywhere': '{detailEn}',
  'batch.issue.unclosed': UNCLOSED,
  'batch.sheet.empty': 'The sheet is empty: row 1 should be the header (use the template)',
  'batch.sheet.noDate': 'No “{column}” column: every firm needs an assessment date (YYYY-MM-DD)',
  'batch.sheet.repeatedColumn': 'The column “{column}” appears more than once: only the first is read',
  'batch.sheet.repeatedCode':
    'Credit code {code} appears in rows {rowsEn}: each firm should take one row; check and delete the extra rows',
  'batch.sheet.headerUnclosed': `Header (row 1): ${UNCLOSED}`,
} satisfies Catalogue
