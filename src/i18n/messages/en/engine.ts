// The engine's messages (en): what the rules, the checklist and the planner say. Pure data, read by vue-i18n
// (as every module here) and by the engine's own renderer (src/engine/messages.ts), which the CLI uses without Vue.
import { nest, type Catalogue } from '../../tree'
import batch from './engine/batch'
import checklist from './engine/checklist'
import checklistClaims from './engine/checklist-claims'
import checklistItems from './engine/checklist-items'
import fields from './engine/fields'
import hnte from './engine/hnte'
import incentives from './engine/incentives'
import notices from './engine/notices'
import parse from './engine/parse'
import planner from './engine/planner'
import techSme from './engine/tech-sme'

export const engineCatalogue: Catalogue = {
  ...hnte,
  ...techSme,
  ...incentives,
  ...checklist,
  ...checklistItems,
  ...checklistClaims,
  ...notices,
  ...planner,
  ...batch,
  ...fields,
  ...parse,
}

export default nest(engineCatalogue)
