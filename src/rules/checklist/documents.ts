// What an HNTE application contains (国科发火〔2016〕32号 第十二条), in the document's words and, for an English
// reader, in a working translation (there is no official English). Its own module: the results page and the
// sheet read it without loading the rules.
/** 国科发火〔2016〕32号 第十二条: what the application contains */
export const HNTE_DOCUMENTS = [
  '高新技术企业认定申请书',
  '证明企业依法成立的营业执照等相关注册登记证件',
  '知识产权相关材料、科研项目立项证明、科技成果转化、研究开发的组织管理等相关材料',
  '高新技术产品（服务）的关键技术和技术指标、生产批文、认证认可和相关资质证书、产品质量检验报告等相关材料',
  '企业职工和科技人员情况说明材料',
  '中介机构出具的近三个会计年度研究开发费用和近一个会计年度高新技术产品（服务）收入专项审计或鉴证报告，并附研究开发活动说明材料',
  '中介机构鉴证的近三个会计年度财务会计报告（包括会计报表、会计报表附注和财务情况说明书）',
  '近三个会计年度企业所得税年度纳税申报表',
]

/** the same list for an English reader, in the same order (no official English exists: a working translation) */
const HNTE_DOCUMENTS_EN = [
  'the HNTE recognition application form',
  'the business licence and other registration documents showing the firm was lawfully established',
  'materials on intellectual property, R&D project approvals, transformation of S&T results and the organisation and management of R&D',
  'for the high-tech products (services): key technologies and technical indicators, production approvals, certifications and qualification certificates, product quality inspection reports',
  'a description of the firm’s employees and S&T staff',
  'a special audit or assurance report by an intermediary on R&D expenses of the last three fiscal years and high-tech product (service) income of the last fiscal year, with a description of the R&D activities',
  'the financial reports of the last three fiscal years attested by an intermediary (statements, notes and financial explanation)',
  'the annual enterprise income tax returns of the last three fiscal years',
]

/** a checklist item's documents in the reader's language (a document not in the list stays as written) */
export function documentsText(list: readonly string[], locale: string): string[] {
  if (locale !== 'en') return [...list]
  return list.map((d) => HNTE_DOCUMENTS_EN[HNTE_DOCUMENTS.indexOf(d)] ?? d)
}
