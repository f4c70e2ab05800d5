// The wizard's questions (English). field.*, hint.*, none.* and most option.* come from the field table (src/fields).
import { fieldMessages } from '../../../fields/messages'

const table = fieldMessages('en')

export default {
  start: {
    title: 'InnoCheck 科创自评: innovation self-check',
    lead: 'In about 15 minutes, check whether your firm can be recognised as a High and New Technology Enterprise, register as a technology-based SME, and which tax incentives apply.',
    checks: 'InnoCheck checks:',
    checkHnte: 'the HNTE recognition conditions and innovation score',
    checkTsme: 'the technology-based SME conditions and score',
    checkTax: 'tax incentives: R&D super-deduction, the 15% rate, small low-profit enterprises and more',
    local: 'InnoCheck runs entirely in your browser; what you enter never leaves this device.',
    dateLegend: 'Assessment date',
    dateHint:
      'The day you would apply, today by default. It picks the rules in force and the fiscal years used (the three years before it).',
    begin: 'Start',
    continue: 'Continue my saved draft',
    newDraft: 'Clear and start again',
    examples: 'Try an example firm',
    examplesHint:
      'Loads a fictitious firm: see its results or change it. If the current firm has answers, the example opens as a new firm; nothing is overwritten. An example is assessed as of its own date, not today’s; to change it, come back to this page once it is loaded.',
    exampleName: {
      'borderline-hnte': 'a firm whose HNTE score sits at the pass mark',
      certified: 'a firm holding a valid HNTE certificate',
      'rd-short': 'a firm just short on R&D intensity',
      'strong-hnte': 'a manufacturer that clearly meets the HNTE conditions',
      'tsme-not-hnte': 'a tech-SME that is not yet an HNTE',
      wholesale: 'a wholesaler (negative-list industry)',
      'young-firm': 'a firm registered less than a year ago',
    },
    loadExample: 'Load example "{name}"',
    exampleLoaded: 'Example firm "{name}" loaded.',
    dateRequired: 'Enter the assessment date, e.g. 2026-05-20',
  },
  step: {
    start: { title: 'Start' },
    company: { title: 'The company', intro: 'As on the business licence and the tax registration.' },
    staff: {
      title: 'Staff',
      intro: 'Head counts for the last fiscal year ({year}); fractions are fine (an annual average of 12.5).',
    },
    finance: {
      title: 'Finance',
      intro:
        'One column per fiscal year, amounts in 10k yuan (units of 10,000 yuan), up to 6 decimals. Leave blank when unsure.',
    },
    rd: {
      title: 'R&D expenses',
      intro:
        'Amounts in 10k yuan. The HNTE R&D follows the HNTE guide; the super-deduction R&D follows Caishui [2015] No. 119. They can differ.',
    },
    ip: { title: 'Intellectual property', intro: 'Count only valid IP tied to your main products or services.' },
    transformation: { title: 'Transformations and R&D management' },
    compliance: { title: 'Compliance and credentials' },
    tax: {
      title: 'Tax (optional)',
      intro: 'Used to estimate incentive amounts. The recognition results do not need it.',
    },
    review: { title: 'Check your answers', intro: 'Check the answers below and change any that are wrong.' },
    results: { title: 'Results' },
    skipped: '(skipped)',
    of: 'Step {n} of {total}',
  },
  errors: {
    line: '{question}: {message}',
    summary: 'There {count:plural:is|are} {count} {count:plural:problem|problems} to fix',
    summaryHint: 'Fix each one as described, or clear the field (meaning not sure).',
  },
  years: {
    none: 'By the assessment and registration dates there is no complete fiscal year yet; nothing to fill in here.',
    column: 'Fiscal year {year}',
    lastOnly: '(last year only)',
    hnteLegend: 'R&D expenses {year} (HNTE definition)',
    taxLegend: 'R&D expenses {year} (super-deduction definition)',
    copySplit: 'Same split as {year} above',
    copied: 'Filled in from the {year} split above; please check.',
  },
  staffSme: {
    differ: 'The tech-SME counts differ from the ones above',
    differHint:
      'For the tech-SME evaluation, part-time and temporary staff count after 6 months of work, not 183 days.',
  },
  picker: {
    search: 'Search {what}',
    searchHint: 'Type a name or code to filter',
    loading: 'Loading the list…',
    matches: '{count} {count:plural:match|matches}',
    negative: '(on the super-deduction negative list)',
    negativeNote:
      'This industry is on the R&D super-deduction negative list: no super-deduction and no tech-SME registration.',
    none: 'None of these',
    notSure: 'Not sure',
    translated: 'The English names are our translation; the Chinese name in brackets is the official one.',
  },
  taxYear: {
    estimate: 'This year ({year}): estimate',
    settlement: 'Last year ({year}): annual tax settlement',
    suggest:
      'The assessment date falls between 1 January and 31 May, the settlement period for last year: usually choose “Last year ({year}): annual settlement”.',
  },
  taxAnswers: {
    field: 'Tax year of the tax answers',
    reviewEarlier: 'Given for tax year {given}, not counted for {year}: keep it or change it on this step',
    earlier:
      'These tax answers were given for tax year {given}: {names}. The estimate is now for tax year {year}: they stay stored and shown below but do not count for {year} (the tax incentives show “to be completed”). If the figures still hold, choose “Keep for {year}”; otherwise enter {year}’s figures, then choose it.',
    keep: 'Keep for {year}',
    and: ', ',
  },
  none: {
    legend: 'For a cost category you do not have, answer “No”: every year gets 0',
    notZero: '{label} has an amount other than 0 or an invalid entry; clear it before answering “No”',
    ...table.none,
  },
  review: {
    change: 'Change',
    changeField: 'Change "{label}"',
    invalid: 'Invalid entry: {text}',
    toResults: 'See the results',
  },
  unit: { wan: '10k yuan', persons: 'persons', items: 'items', times: 'items', label: ' ({unit})' },
  option: { yesno: { yes: 'Yes', no: 'No' }, ...table.option },
  field: table.field,
  hint: table.hint,
  /** who in the firm should answer a question, shown beside it */
  answeredBy: 'Answered by: {who}.',
  answerer: table.answerer,
}
