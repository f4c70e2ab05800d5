// The fields of profile format v1 (src/profile/types.ts), one small table per group: kind and zh-CN label.
// Validation and the output profile are driven by these tables, so only known fields ever reach the profile.
import { checkCreditCode, creditCodeReason } from './credit-code'

export type FieldKind =
  | { t: 'money'; signed?: boolean }
  | { t: 'staff' }
  | { t: 'count' }
  | { t: 'bool' }
  | { t: 'date' }
  | { t: 'enum'; values: readonly string[] }
  /** check returns a zh-CN reason when the text is not acceptable */
  | { t: 'text'; check?: (s: string) => { code: string; message: string } | undefined }

export interface FieldSpec {
  kind: FieldKind
  label: string
}
export type GroupSpec = Record<string, FieldSpec>

const money: FieldKind = { t: 'money' }
const staff: FieldKind = { t: 'staff' }
const count: FieldKind = { t: 'count' }
const bool: FieldKind = { t: 'bool' }
const date: FieldKind = { t: 'date' }
const rating: FieldKind = { t: 'enum', values: ['A', 'B', 'C', 'D', 'E'] }
const ypn: FieldKind = { t: 'enum', values: ['yes', 'partly', 'no'] }

function creditCode(s: string) {
  const r = checkCreditCode(s)
  return r.ok ? undefined : { code: 'credit-code', message: creditCodeReason(r) }
}

/** GB/T 4754-2017: a section letter A–T, optionally followed by a 2-digit division (and group/class digits) */
function industry(s: string) {
  return /^[A-T](\d{2}(\d{1,2})?)?$/.test(s)
    ? undefined
    : {
        code: 'industry',
        message: '行业代码应为国民经济行业分类（GB/T 4754-2017）代码，如 “C”、“C33”、“F51”，字母大写',
      }
}

/** 《国家重点支持的高新技术领域》: '1'…'8', '1.2', '1.2.3', or 'none' */
function techField(s: string) {
  return s === 'none' || /^[1-8](\.[1-9]\d?){0,2}$/.test(s)
    ? undefined
    : {
        code: 'tech-field',
        message: '技术领域应为领域编号（如 “1”、“1.2”、“1.2.3”，一级为 1–8），不属于任何领域时填 “none”',
      }
}

export const companySpec: GroupSpec = {
  name: { kind: { t: 'text' }, label: '企业名称' },
  creditCode: { kind: { t: 'text', check: creditCode }, label: '统一社会信用代码' },
  registeredOn: { kind: date, label: '成立日期' },
  residentInMainland: { kind: bool, label: '是否在中国境内（不含港澳台）注册的居民企业' },
  taxCollection: { kind: { t: 'enum', values: ['audit', 'deemed'] }, label: '企业所得税征收方式' },
  industry: { kind: { t: 'text', check: industry }, label: '所属行业' },
  restrictedIndustry: { kind: bool, label: '是否属于限制类、淘汰类或禁止类产业' },
  icOrMachineToolListed: { kind: bool, label: '是否列入集成电路／工业母机企业清单' },
  techField: { kind: { t: 'text', check: techField }, label: '核心技术所属领域' },
}

export const staffSpec: GroupSpec = {
  total: { kind: staff, label: '职工总数（高企口径）' },
  scienceTech: { kind: staff, label: '科技人员数（高企口径）' },
  totalSme: { kind: staff, label: '职工总数（科技型中小企业口径）' },
  scienceTechSme: { kind: staff, label: '科技人员数（科技型中小企业口径）' },
}

export const yearSpec: GroupSpec = {
  salesRevenue: { kind: money, label: '销售收入' },
  totalIncome: { kind: money, label: '总收入' },
  hiTechIncome: { kind: money, label: '高新技术产品（服务）收入' },
  // 净资产 = 资产总额 − 负债总额 may be negative (rules.md §2.3)
  netAssets: { kind: { t: 'money', signed: true }, label: '年末净资产' },
  totalAssets: { kind: money, label: '年末资产总额' },
  costsAndExpenses: { kind: money, label: '成本费用支出总额' },
}

export const rdSpec: GroupSpec = {
  inHouse: { kind: money, label: '研发费用（自行发生，高企口径）' },
  other: { kind: money, label: '研发其他费用（高企口径）' },
  entrustedDomestic: { kind: money, label: '委托境内研发费用（实际发生额）' },
  entrustedOverseas: { kind: money, label: '委托境外研发费用（实际发生额）' },
  inHouseAbroad: { kind: money, label: '自行研发中在境外发生的费用' },
}

export const rdTaxSpec: GroupSpec = {
  items1to5: { kind: money, label: '加计扣除口径研发费用（前五项）' },
  otherRelated: { kind: money, label: '其他相关费用' },
  entrustedDomestic: { kind: money, label: '委托境内研发费用（加计扣除口径，实际发生额）' },
  entrustedOverseas: { kind: money, label: '委托境外研发费用（加计扣除口径，实际发生额）' },
  intangibleAmortization: { kind: money, label: '研发形成无形资产的当年摊销额' },
}

export const ipSpec: GroupSpec = {
  classI: { kind: count, label: 'Ⅰ类知识产权数量' },
  classII: { kind: count, label: 'Ⅱ类知识产权数量' },
  classIIUsedBefore: { kind: count, label: '已用于以往高企申请的Ⅱ类知识产权数量' },
  ownDevelopment: { kind: bool, label: '是否有自主研发取得的知识产权' },
  coreToMainProducts: { kind: bool, label: '知识产权是否对主要产品（服务）发挥核心支持作用' },
  advancement: { kind: rating, label: '技术的先进程度（自评档次）' },
  coreSupport: { kind: rating, label: '核心支持作用（自评档次）' },
  standards: { kind: bool, label: '是否参与编制标准' },
  coOwnedExcluded: { kind: bool, label: '上述数量已剔除由其他共有人使用的共有知识产权' },
  grantedBeforeApplication: { kind: bool, label: '所计专利均在申请前取得授权' },
}

export const rdManagementSpec: GroupSpec = {
  system: { kind: ypn, label: '研发组织管理制度与辅助账' },
  institution: { kind: ypn, label: '研发机构与产学研合作' },
  transformationIncentives: { kind: ypn, label: '成果转化组织实施与激励奖励制度' },
  talent: { kind: ypn, label: '人才培养与绩效评价奖励制度' },
}

export const recordSpec: GroupSpec = {
  majorIncidentPastYear: { kind: bool, label: '近一年是否发生重大安全、重大质量事故或严重环境违法行为' },
  seriousDishonesty: { kind: bool, label: '是否有严重失信、经营异常等不良记录' },
}

export const credentialsSpec: GroupSpec = {
  hnteCertifiedOn: { kind: date, label: '高新技术企业证书发证日期' },
  nationalAwardTop3: { kind: bool, label: '近五年获国家级科技奖励（前三名）' },
  provincialRdInstitution: { kind: bool, label: '拥有省部级以上研发机构' },
  ledStandard: { kind: bool, label: '近五年主导制定国际、国家或行业标准' },
}

export const taxSpec: GroupSpec = {
  // a loss year has a negative 应纳税所得额 (企业所得税法 第五条, 第十八条)
  taxableIncome: { kind: { t: 'money', signed: true }, label: '应纳税所得额' },
  avgEmployees: { kind: staff, label: '从业人数（季度平均）' },
  avgTotalAssets: { kind: money, label: '资产总额（季度平均）' },
  techTransferIncome: { kind: money, label: '技术转让所得' },
  techContractsRegistered: { kind: bool, label: '技术合同是否已认定登记' },
  equipmentUpTo5m: { kind: money, label: '当年购置单价500万元以下设备金额' },
}

/** top-level `transformations` (科技成果转化 count over the fiscal years used) */
export const transformationsSpec: FieldSpec = { kind: count, label: '科技成果转化数量' }

/** the group objects every profile has (issue #2 §2.1) */
export const groupSpecs = {
  company: companySpec,
  staff: staffSpec,
  ip: ipSpec,
  rdManagement: rdManagementSpec,
  record: recordSpec,
  credentials: credentialsSpec,
  tax: taxSpec,
} as const
