// Human names for profile paths ('years.2025.salesRevenue' → "2025年 销售收入"): the field table's one label
// per field (src/fields), kept here under its old import path for the results, planner and import messages.
export { fieldLabel, optionLabel, type LabelForm } from '../fields'
