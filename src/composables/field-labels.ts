// Human names for profile paths ('years.2025.salesRevenue' → "2025年 销售收入"), used where the results
// ask the questions that would settle an unknown. Paths follow Check.fields (dotted, years by number).
type Label = { zh: string; en: string }

const LABELS: Record<string, Label> = {
  assessmentDate: { zh: '评估日期', en: 'Assessment date' },
  'company.name': { zh: '企业名称', en: 'Firm name' },
  'company.creditCode': { zh: '统一社会信用代码', en: 'Unified social credit code' },
  'company.registeredOn': { zh: '成立日期', en: 'Date of registration' },
  'company.residentInMainland': { zh: '是否为境内居民企业', en: 'Resident enterprise in mainland China' },
  'company.taxCollection': { zh: '企业所得税征收方式', en: 'How income tax is collected' },
  'company.industry': { zh: '所属行业', en: 'Industry' },
  'company.restrictedIndustry': { zh: '是否属于限制类、淘汰类或禁止类产业', en: 'Restricted or eliminated industry' },
  'company.icOrMachineToolListed': { zh: '是否列入集成电路或工业母机企业清单', en: 'On the IC or machine-tool list' },
  'company.techField': { zh: '核心技术所属高新技术领域', en: 'High-tech field of the core technology' },
  'staff.total': { zh: '职工总数', en: 'Total staff' },
  'staff.scienceTech': { zh: '科技人员数', en: 'S&T staff' },
  'staff.totalSme': { zh: '职工总数（科技型中小企业口径）', en: 'Total staff (tech-SME count)' },
  'staff.scienceTechSme': { zh: '科技人员数（科技型中小企业口径）', en: 'S&T staff (tech-SME count)' },
  salesRevenue: { zh: '销售收入', en: 'sales revenue' },
  totalIncome: { zh: '总收入', en: 'total income' },
  hiTechIncome: { zh: '高新技术产品（服务）收入', en: 'high-tech product (service) income' },
  netAssets: { zh: '年末净资产', en: 'year-end net assets' },
  totalAssets: { zh: '年末资产总额', en: 'year-end total assets' },
  costsAndExpenses: { zh: '成本费用支出总额', en: 'total costs and expenses' },
  'rd.inHouse': { zh: '自行研发费用', en: 'in-house R&D expense' },
  'rd.other': { zh: '研发其他费用', en: 'other R&D costs' },
  'rd.entrustedDomestic': { zh: '委托境内研发费用', en: 'R&D commissioned in China' },
  'rd.entrustedOverseas': { zh: '委托境外研发费用', en: 'R&D commissioned abroad' },
  'rd.inHouseAbroad': { zh: '在境外发生的研发费用', en: 'R&D spent abroad' },
  'rdTax.items1to5': { zh: '加计扣除研发费用（第1–5项）', en: 'super-deduction R&D (items 1–5)' },
  'rdTax.otherRelated': { zh: '加计扣除其他相关费用', en: 'super-deduction other related costs' },
  'rdTax.entrustedDomestic': { zh: '加计扣除委托境内研发费用', en: 'super-deduction R&D commissioned in China' },
  'rdTax.entrustedOverseas': { zh: '加计扣除委托境外研发费用', en: 'super-deduction R&D commissioned abroad' },
  'rdTax.intangibleAmortization': { zh: '研发形成无形资产的摊销额', en: 'amortisation of R&D intangibles' },
  'ip.classI': { zh: 'I类知识产权数量', en: 'Class I IP items' },
  'ip.classII': { zh: 'II类知识产权数量', en: 'Class II IP items' },
  'ip.classIIUsedBefore': { zh: '已用于以往认定的II类知识产权数量', en: 'Class II IP used in an earlier application' },
  'ip.ownDevelopment': { zh: '是否有自主研发的知识产权', en: 'IP from own R&D' },
  'ip.coreToMainProducts': { zh: '知识产权是否对主要产品发挥核心支持作用', en: 'IP core to the main products' },
  'ip.advancement': { zh: '技术的先进程度（自评）', en: 'How advanced the technology is (self-rating)' },
  'ip.coreSupport': { zh: '核心支持作用（自评）', en: 'Core support to products (self-rating)' },
  'ip.standards': { zh: '是否参与编制标准', en: 'Took part in drafting standards' },
  transformations: { zh: '科技成果转化数量', en: 'Transformations of S&T results' },
  'rdManagement.system': { zh: '研发管理制度与辅助账', en: 'R&D management rules and accounts' },
  'rdManagement.institution': { zh: '内部研发机构与产学研合作', en: 'In-house R&D institution and cooperation' },
  'rdManagement.transformationIncentives': {
    zh: '成果转化组织与激励制度',
    en: 'Transformation organisation and incentives',
  },
  'rdManagement.talent': { zh: '人才培养与绩效奖励', en: 'Training, recruitment and rewards' },
  'record.majorIncidentPastYear': { zh: '近一年是否发生重大事故或严重环境违法', en: 'Major incident in the past year' },
  'record.seriousDishonesty': {
    zh: '是否列入经营异常名录或严重失信名单',
    en: 'On a dishonesty or abnormal-operation list',
  },
  'credentials.hnteCertifiedOn': { zh: '高新技术企业证书发证日期', en: 'HNTE certificate date' },
  'credentials.nationalAwardTop3': {
    zh: '近五年获国家科技奖（前三名）',
    en: 'National S&T award (top 3), last 5 years',
  },
  'credentials.provincialRdInstitution': {
    zh: '是否拥有省部级以上研发机构',
    en: 'Provincial or higher R&D institution',
  },
  'credentials.ledStandard': { zh: '近五年是否主导制定标准', en: 'Led a standard, last 5 years' },
  'tax.taxableIncome': { zh: '应纳税所得额', en: 'Taxable income' },
  'tax.avgEmployees': { zh: '从业人数（季度平均）', en: 'Employees (quarterly average)' },
  'tax.avgTotalAssets': { zh: '资产总额（季度平均）', en: 'Total assets (quarterly average)' },
  'tax.techTransferIncome': { zh: '技术转让所得', en: 'Technology-transfer income' },
  'tax.techContractsRegistered': { zh: '技术合同是否已认定登记', en: 'Technology contracts registered' },
  'tax.equipmentUpTo5m': { zh: '单价500万元以下的新购设备', en: 'New equipment up to CNY 5 million each' },
}

const YEAR_PATH = /^years\.(\d{4})\.(.+)$/

export function fieldLabel(path: string, locale: string): string {
  const en = locale.startsWith('en')
  const year = YEAR_PATH.exec(path)
  if (year) {
    const label = LABELS[year[2] ?? '']
    if (!label) return path
    return en ? `${year[1]} ${label.en}` : `${year[1]}年 ${label.zh}`
  }
  const label = LABELS[path]
  return label ? (en ? label.en : label.zh) : path
}
