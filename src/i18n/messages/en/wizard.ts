// The wizard's questions (English). field.* keys follow the profile path with the year left out.
export default {
  start: {
    title: 'InnoCheck 科创自评: innovation self-check',
    lead: 'In about 15 minutes, check whether your firm can be recognised as a High and New Technology Enterprise, register as a technology-based SME, and which tax incentives apply.',
    checks: 'InnoCheck checks:',
    checkHnte: 'the HNTE recognition conditions and innovation score',
    checkTsme: 'the technology-based SME conditions and score',
    checkTax: 'tax incentives: R&D super-deduction, the 15% rate, small low-profit enterprises and more',
    local: 'InnoCheck runs entirely in your browser; what you enter never leaves this device (不会离开本设备).',
    dateLegend: 'Assessment date',
    dateHint:
      'The day you would apply, today by default. It picks the rules in force and the fiscal years used (the three years before it).',
    begin: 'Start',
    continue: 'Continue my saved draft',
    newDraft: 'Clear and start again',
    examples: 'Try an example firm',
    examplesHint:
      'Loads a fictitious firm: see its results or change it. If the current firm has answers, the example opens as a new firm; nothing is overwritten.',
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
      intro: 'One column per fiscal year, amounts in 万元 (10,000 yuan), up to 6 decimals. Leave blank when unsure.',
    },
    rd: {
      title: 'R&D expenses',
      intro:
        'Amounts in 万元. The HNTE R&D follows the HNTE guide; the super-deduction R&D follows Caishui [2015] No. 119. They can differ.',
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
    summary: 'There are {count} problems to fix',
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
    matches: '{count} matches',
    negative: '(on the super-deduction negative list)',
    negativeNote:
      'This industry is on the R&D super-deduction negative list: no super-deduction and no tech-SME registration.',
    none: 'None of these',
    notSure: 'Not sure',
  },
  review: {
    change: 'Change',
    changeField: 'Change "{label}"',
    invalid: 'Invalid entry: {text}',
    toResults: 'See the results',
  },
  unit: { wan: '万元 (10k yuan)', persons: 'persons', items: 'items', times: 'items', label: ' ({unit})' },
  field: {
    assessmentDate: 'Assessment date (year-month-day)',
    company: {
      name: 'Company name',
      creditCode: 'Unified social credit code',
      registeredOn: 'Date of registration (year-month-day)',
      residentInMainland: 'Resident enterprise registered in mainland China (not HK, Macao, Taiwan)?',
      taxCollection: 'How corporate income tax is collected',
      industry: 'Industry (GB/T 4754-2017)',
      restrictedIndustry:
        'In a restricted, eliminated or prohibited industry of the Industrial Structure Adjustment Catalogue?',
      icOrMachineToolListed: 'On the integrated-circuit or machine-tool enterprise list?',
      techField: 'Technical field of the main products (State-supported high-tech fields)',
    },
    staff: {
      total: 'Total staff (HNTE definition)',
      scienceTech: 'Science and technology staff (HNTE definition)',
      totalSme: 'Total staff (tech-SME definition)',
      scienceTechSme: 'Science and technology staff (tech-SME definition)',
    },
    years: {
      salesRevenue: 'Sales revenue',
      totalIncome: 'Total income',
      hiTechIncome: 'High-tech products (services) income',
      netAssets: 'Net assets at year end',
      totalAssets: 'Total assets at year end',
      costsAndExpenses: 'Total costs and expenses',
      rd: {
        inHouse: 'In-house R&D (staff, materials, depreciation, amortisation, design, tooling…)',
        other: 'Other R&D costs',
        entrustedDomestic: 'Commissioned R&D in China, amount paid',
        entrustedOverseas: 'Commissioned R&D abroad, amount paid',
        inHouseAbroad: 'Of in-house and other costs: spent outside China',
      },
      rdTax: {
        items1to5: 'Items 1–5 (staff, materials, depreciation, intangible amortisation, new product design…)',
        otherRelated: 'Other related costs',
        entrustedDomestic: 'Commissioned R&D in China, amount paid',
        entrustedOverseas: 'Commissioned R&D abroad, amount paid',
        intangibleAmortization: 'This year’s amortisation of R&D-formed intangibles',
      },
    },
    ip: {
      classI: 'Class I IP items',
      classII: 'Class II IP items',
      classIIUsedBefore: 'Of these, Class II items already used in an earlier HNTE application',
      ownDevelopment: 'Does at least one item come from your own R&D (not all bought, donated or acquired)?',
      coreToMainProducts: 'Does this IP technically support your main products (services) at their core?',
      advancement: 'How advanced the technology is (self-rating)',
      coreSupport: 'Core support to the main products (self-rating)',
      standards: 'Took part in drafting national or industry standards, test methods or technical specifications?',
    },
    transformations: 'Science and technology results transformed over the last three years',
    rdManagement: {
      system: 'R&D management rules, R&D cost accounting and auxiliary ledgers',
      institution: 'In-house R&D institution and industry-university-research cooperation',
      transformationIncentives: 'Organisation of and rewards for transforming results',
      talent: 'Training, talent recruitment and performance rewards for S&T staff',
    },
    record: {
      majorIncidentPastYear:
        'A major safety or quality accident or serious environmental violation in the year before applying?',
      seriousDishonesty: 'On the abnormal-operation list or a serious-dishonesty list?',
    },
    credentials: {
      hnteCertifiedOn: 'HNTE certificate date (if any)',
      nationalAwardTop3: 'A national S&T award in the last five years (among the first three contributors)?',
      provincialRdInstitution: 'A provincial-level or higher R&D institution?',
      ledStandard: 'Led an international, national or industry standard in the last five years?',
    },
    tax: {
      taxableIncome: 'Taxable income of the last year (before incentives)',
      avgEmployees: 'Quarterly average number of employees',
      avgTotalAssets: 'Quarterly average total assets',
      techTransferIncome: 'Technology transfer income',
      techContractsRegistered: 'Technology contracts registered with the science department?',
      equipmentUpTo5m: 'Equipment bought this year with a unit value up to 5 million yuan',
    },
  },
  hint: {
    company: {
      creditCode: '18 characters on the business licence; the last is a check character.',
      taxCollection:
        'A deemed-taxed firm cannot register as a tech-SME nor use income-tax incentives; the tax step is skipped.',
    },
    staff: {
      total:
        'Employees, part-time and temporary staff; the last two count after 183 days of work in the year. Use the annual monthly average: the sum of monthly averages ÷ 12.',
      scienceTech:
        'Staff doing R&D and related innovation, or managing it or giving it direct technical service, for at least 183 days.',
    },
    years: {
      salesRevenue: 'Main business income + other business income.',
      totalIncome: 'Total revenue minus non-taxable income.',
      hiTechIncome:
        'Income from products and services in your technical field, and technical income; not more than total income.',
      rd: {
        other: 'E.g. technical literature, expert advice, IP filing fees; counted up to 20% of total R&D.',
        entrustedDomestic: 'Enter the amount paid; 80% is counted.',
        inHouseAbroad: 'Enter 0 if none.',
      },
    },
    ip: {
      classI:
        'Invention patents (incl. defence patents), new plant varieties, national crop varieties, national new drugs, first-grade protected TCM varieties, IC layout designs.',
      classII: 'Utility model and design patents, software copyrights (trademarks never count).',
      classIIUsedBefore:
        'A Class II item counts for one HNTE application only; a re-application needs new Class II items.',
    },
    transformations:
      'Times a result was turned into a product, service, process, sample or prototype (each result once).',
    tax: {
      avgEmployees: 'If blank, total staff from the Staff step is used.',
      avgTotalAssets: 'If blank, last year’s total assets are used.',
    },
  },
  option: {
    yesno: { yes: 'Yes', no: 'No' },
    taxCollection: { audit: 'On audited accounts (查账征收)', deemed: 'Deemed (核定征收)' },
    ypn: { yes: 'In place and applied', partly: 'Partly in place', no: 'None' },
    advancement: {
      A: 'A high: leading in the industry at home and abroad',
      B: 'B fairly high: clearly better than similar products',
      C: 'C average: on a par with similar products',
      D: 'D low: slightly behind similar products',
      E: 'E none: not advanced',
    },
    coreSupport: {
      A: 'A strong: all core technology of the main products comes from this IP',
      B: 'B fairly strong: most core technology comes from it',
      C: 'C average: some support to the core technology',
      D: 'D weak: little support',
      E: 'E none: unrelated to the core technology',
    },
  },
}
