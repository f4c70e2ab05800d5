// The field table and what other parts of the app read from it (see table.ts).
export type { Answerer, ChoiceOption, FieldDef, FieldKind, FieldPath, FieldStep, Text } from './types'
export { FIELDS, fieldDef, fieldShape, fieldYear, fieldsOfStep } from './table'
export { ANSWERERS, answererLabel, fieldHelp, fieldLabel, optionLabel, type LabelForm } from './labels'
export { boundsOf, MAX_AMOUNT, MAX_COUNT, MAX_PERSONS, type Bounds } from './bounds'
export { quantityText } from './quantity'
export { fieldRules, ruleCode, ruleHolds, type FieldRule } from './rules'
export { paramsIn, renderFieldProblem, ruleMessage, ruleProblem, textRuleMessage } from './rule-message'
export { renderProblemKey, type ProblemKey, type ProblemParams } from './problem-text'
