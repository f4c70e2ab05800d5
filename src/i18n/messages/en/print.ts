// The A4 result sheet (en). Status words, check names, units and score wording come from results.ts.
export default {
  print: {
    button: 'Print the result sheet',
    title: 'InnoCheck result sheet',
    toolbar: {
      label: 'Printing',
      print: 'Print',
      back: 'Back to the results',
      hint: 'Choose A4 paper, portrait, in the print settings; below is what will print.',
    },
    header: {
      firm: 'Firm',
      creditCode: 'Unified social credit code',
      asOf: 'Assessment date',
      fiscalYears: 'Fiscal years used',
      rulesVersion: 'Rules version',
      appVersion: 'App version',
      printedOn: 'Printed on',
      missing: '(not given)',
    },
    disclaimer: 'A self-assessment for reference only; it does not replace recognition by the authorities.',
    verdict: {
      heading: 'Verdict',
      program: 'Program',
      status: 'Result',
      score: 'Score',
      directPass: '; direct pass: {answer}',
      directWhy: {
        noCondition: ' (conditions (1)–(4) of Art. 6 are not all met; a direct pass needs them too)',
        noCase:
          ' (none of the four cases of Art. 8: a valid HNTE certificate, a national award among the first three, a provincial R&D institution, led a standard)',
      },
    },
    figures: {
      heading: 'Key figures against the thresholds',
      cite: 'Source',
    },
    incentives: {
      heading: 'Tax incentive estimates',
      assumptions: 'Assumption: estimated from {year} figures for tax year {tax}; the annual filing decides.',
    },
    inputs: {
      heading: 'Key figures the firm entered',
      figure: 'Figure',
      year: '{year}',
      unanswered: 'Not answered',
      notAsked: 'Not asked',
    },
    notes: {
      heading: 'Notes',
      label: 'Notes for the sheet (optional)',
      hint: 'Typed before printing; printed on the sheet and kept with the firm’s record on this device (and in an exported file).',
    },
    checklist: {
      heading: 'Next steps',
      done: 'Done',
      item: 'Step',
      whoBy: 'Where / by when',
    },
    notices: {
      heading: 'Notices and cases for manual review',
      level: '{level}: ',
    },
    footnotes: {
      heading: 'Legal sources',
      unverified:
        'Values or conditions marked † were seen only in secondary sources, not yet checked against the official text.',
      noQuote: '(text not reproduced)',
    },
    unverifiedMark: '†',
    unverifiedLabel: '(unverified)',
    signatures: {
      heading: 'Signatures',
      firm: 'Firm (seal):',
      signer: 'Signed for the firm:',
      staff: 'Helpdesk staff: {name}',
      staffSign: 'Staff signature:',
      date: 'Date:',
    },
    charts: 'Charts',
  },
}
