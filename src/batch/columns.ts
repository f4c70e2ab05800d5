// The batch template's columns (docs/batch-template.md): Chinese headers → profile paths and cell kinds.
// Money columns are in 万元 (a header ending in “(元)” instead is read in yuan). Fiscal-year columns carry the
// absolute year in the header (“2025年销售收入(万元)”): each row uses the years its 评估日期 calls for.

export type CellKind =
  'text' | 'code' | 'date' | 'bool' | 'wan' | 'number' | 'taxCollection' | 'ypn' | 'rating' | 'techField'

export interface Column {
  header: string
  /** dotted profile path; fiscal-year columns use `years.{year}.field` */
  path: string
  kind: CellKind
  /** in the downloadable template (others are accepted too) */
  inTemplate: boolean
}

const col = (header: string, path: string, kind: CellKind, inTemplate = true): Column => ({
  header,
  path,
  kind,
  inTemplate,
})

export const ASSESSMENT_DATE_HEADER = '评估日期'

export const FIRM_COLUMNS: Column[] = [
  col('企业名称', 'company.name', 'text'),
  col('统一社会信用代码', 'company.creditCode', 'code'),
  col('成立日期', 'company.registeredOn', 'date'),
  col(ASSESSMENT_DATE_HEADER, 'assessmentDate', 'date'),
  col('是否境内居民企业', 'company.residentInMainland', 'bool'),
  col('征收方式', 'company.taxCollection', 'taxCollection'),
  col('行业代码', 'company.industry', 'code'),
  col('是否限制类产业', 'company.restrictedIndustry', 'bool'),
  col('是否集成电路或工业母机企业', 'company.icOrMachineToolListed', 'bool'),
  col('技术领域', 'company.techField', 'techField'),
  col('职工总数', 'staff.total', 'number'),
  col('科技人员数', 'staff.scienceTech', 'number'),
  col('职工总数(科小口径)', 'staff.totalSme', 'number', false),
  col('科技人员数(科小口径)', 'staff.scienceTechSme', 'number', false),
  col('一类知识产权数', 'ip.classI', 'number'),
  col('二类知识产权数', 'ip.classII', 'number'),
  col('已用于认定的二类知识产权数', 'ip.classIIUsedBefore', 'number'),
  col('自主研发', 'ip.ownDevelopment', 'bool'),
  col('核心支撑', 'ip.coreToMainProducts', 'bool'),
  col('技术先进程度', 'ip.advancement', 'rating'),
  col('核心支持作用评级', 'ip.coreSupport', 'rating'),
  col('参与编制标准', 'ip.standards', 'bool'),
  col('成果转化数', 'transformations', 'number'),
  col('研发管理制度', 'rdManagement.system', 'ypn'),
  col('研发机构', 'rdManagement.institution', 'ypn'),
  col('成果转化激励', 'rdManagement.transformationIncentives', 'ypn'),
  col('人才培养激励', 'rdManagement.talent', 'ypn'),
  col('重大事故', 'record.majorIncidentPastYear', 'bool'),
  col('严重失信', 'record.seriousDishonesty', 'bool'),
  col('高企证书日期', 'credentials.hnteCertifiedOn', 'date'),
  col('国家科技奖前三', 'credentials.nationalAwardTop3', 'bool', false),
  col('省部级研发机构', 'credentials.provincialRdInstitution', 'bool', false),
  col('主导制定标准', 'credentials.ledStandard', 'bool', false),
  col('应纳税所得额(万元)', 'tax.taxableIncome', 'wan'),
  col('从业人数(季度平均)', 'tax.avgEmployees', 'number', false),
  col('资产总额(季度平均)(万元)', 'tax.avgTotalAssets', 'wan', false),
  col('技术转让所得(万元)', 'tax.techTransferIncome', 'wan', false),
  col('技术合同已登记', 'tax.techContractsRegistered', 'bool', false),
  col('单价500万元以下设备购置额(万元)', 'tax.equipmentUpTo5m', 'wan', false),
]

/** per fiscal year: header without the “{year}年” prefix → path below `years.{year}` */
export const YEAR_COLUMNS: Column[] = [
  col('销售收入(万元)', 'salesRevenue', 'wan'),
  col('总收入(万元)', 'totalIncome', 'wan'),
  col('高新技术产品收入(万元)', 'hiTechIncome', 'wan'),
  col('年末净资产(万元)', 'netAssets', 'wan'),
  col('年末资产总额(万元)', 'totalAssets', 'wan'),
  col('成本费用支出总额(万元)', 'costsAndExpenses', 'wan'),
  col('研发费用(万元)', 'rd.inHouse', 'wan'),
  col('研发其他费用(万元)', 'rd.other', 'wan'),
  col('委托境内研发费用(万元)', 'rd.entrustedDomestic', 'wan'),
  col('委托境外研发费用(万元)', 'rd.entrustedOverseas', 'wan'),
  col('境外发生的研发费用(万元)', 'rd.inHouseAbroad', 'wan', false),
  col('加计扣除研发费用前五项(万元)', 'rdTax.items1to5', 'wan'),
  col('加计扣除其他相关费用(万元)', 'rdTax.otherRelated', 'wan', false),
  col('加计扣除委托境内研发费用(万元)', 'rdTax.entrustedDomestic', 'wan', false),
  col('加计扣除委托境外研发费用(万元)', 'rdTax.entrustedOverseas', 'wan', false),
  col('研发形成无形资产摊销(万元)', 'rdTax.intangibleAmortization', 'wan', false),
]

/** headers compare without spaces and with ASCII parentheses: “研发费用（万元）” = “研发费用(万元)” */
export const normaliseHeader = (h: string): string => h.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')')

const BY_HEADER = new Map(FIRM_COLUMNS.map((c) => [normaliseHeader(c.header), c]))
const YEAR_BY_HEADER = new Map(YEAR_COLUMNS.map((c) => [normaliseHeader(c.header), c]))

export interface MatchedColumn extends Column {
  /** the amount is in yuan (a “(元)” header), not 万元 */
  yuan?: boolean
}

function lookup(table: Map<string, Column>, h: string): MatchedColumn | undefined {
  const direct = table.get(h)
  if (direct) return direct
  if (!h.endsWith('(元)')) return undefined
  const wan = table.get(`${h.slice(0, -'(元)'.length)}(万元)`)
  return wan ? { ...wan, yuan: true } : undefined
}

/** the column a header names, or undefined for an unknown column */
export function matchHeader(raw: string): MatchedColumn | undefined {
  const h = normaliseHeader(raw)
  const m = /^(\d{4})年(.+)$/.exec(h)
  if (!m) return lookup(BY_HEADER, h)
  const c = lookup(YEAR_BY_HEADER, m[2]!)
  return c && { ...c, header: raw, path: `years.${m[1]}.${c.path}` }
}
