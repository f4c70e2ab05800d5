// Engine messages (English): notices every assessment carries. Flat keys, as the code names them.
import type { Catalogue } from '../../../tree'

export default {
  'notices.tsme-reform-2026':
    'On 2026-01-17 MIIT issued the revised Measures for tiered cultivation of quality SMEs (工信部企业〔2026〕2号): tiers tech and innovation SME → specialised, refined, distinctive and innovative SME → little giant; the specialised-SME route now starts from the tech and innovation SME tier. Until a merged standard is issued, tech-SMEs are still evaluated under 国科发政〔2017〕115号 (the 2026-04-01 start and this arrangement are seen only in secondary sources).',
  // an assessment date after the rules version's date (src/rules/notices.ts)
  'notices.after-rules-version':
    'The assessment date {asOf} is after {knownAsOf}, the date of the law this rules version ({version}) reflects: the results apply the rules as known on {knownAsOf}; later changes are not included, so check the rules in force then.',
  'notices.locality-note': '{textEn}',
  'notices.unverified':
    'These parameters were seen only in secondary sources and are not checked against the official text: {listEn}.',
  // figures that cannot both be true (src/rules/contradictions.ts)
  'notices.contradiction':
    'These answers contradict each other: {fields} (the first cannot exceed the second). Correct them; until then every verdict that uses them is "to be confirmed".',
  'notices.contradiction-check': 'Contradicting answers ({fields}): correct them to decide this.',
} satisfies Catalogue
