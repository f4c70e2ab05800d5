// The clauses in the documents' own words (issue #8 §10), by document number and article as the rules cite them.
// Each text was read, word for word, in a public reproduction of the official document (named beside it); the
// citation itself points to the official page. A clause whose text was not found is left out, never paraphrased.

import { TAX_QUOTES } from './quotes-tax'

const M32 = '国科发火〔2016〕32号'
const G195 = '国科发火〔2016〕195号'
const T115 = '国科发政〔2017〕115号'

const ART11 = `第十一条 认定为高新技术企业须同时满足以下条件：`
const ART6 = '第六条 科技型中小企业须同时满足以下条件：'
const ART7 = '第七条 科技型中小企业评价指标具体包括科技人员、研发投入、科技成果三类，满分100分。'
const ART8 =
  '第八条 符合第六条第（一）～（四）项条件的企业，若同时符合下列条件中的一项，则可直接确认符合科技型中小企业条件：'
const SCORE =
  '企业创新能力主要从知识产权、科技成果转化能力、研究开发组织管理水平、企业成长性等四项指标进行评价。各级指标均按整数打分，满分为100分，综合得分达到70分以上（不含70分）为符合认定要求。'

/** `${doc}|${article}` → the quote */
export const QUOTES: Record<string, string> = {
  // 32号 第十一条: jiamengwang.com.cn/tag/3576, xiamen076883.11467.com, yskyt.com/index.php?id=777,
  // hztrademark.com/1284.html, feimabiji.com/news/keji-12874.html
  [`${M32}|第十一条第（一）项`]: `${ART11}（一）企业申请认定时须注册成立一年以上；`,
  [`${M32}|第十一条第（二）项`]: `${ART11}（二）企业通过自主研发、受让、受赠、并购等方式，获得对其主要产品（服务）在技术上发挥核心支持作用的知识产权的所有权；`,
  [`${M32}|第十一条第（三）项`]: `${ART11}（三）对企业主要产品（服务）发挥核心支持作用的技术属于《国家重点支持的高新技术领域》规定的范围；`,
  [`${M32}|第十一条第（四）项`]: `${ART11}（四）企业从事研发和相关技术创新活动的科技人员占企业当年职工总数的比例不低于10%；`,
  [`${M32}|第十一条第（五）项`]: `${ART11}（五）企业近三个会计年度（实际经营期不满三年的按实际经营时间计算，下同）的研究开发费用总额占同期销售收入总额的比例符合如下要求：1. 最近一年销售收入小于5,000万元（含）的企业，比例不低于5%；2. 最近一年销售收入在5,000万元至2亿元（含）的企业，比例不低于4%；3. 最近一年销售收入在2亿元以上的企业，比例不低于3%。其中，企业在中国境内发生的研究开发费用总额占全部研究开发费用总额的比例不低于60%；`,
  [`${M32}|第十一条第（六）项`]: `${ART11}（六）近一年高新技术产品（服务）收入占企业同期总收入的比例不低于60%；`,
  [`${M32}|第十一条第（七）项`]: `${ART11}（七）企业创新能力评价应达到相应要求；`,
  [`${M32}|第十一条第（八）项`]: `${ART11}（八）企业申请认定前一年内未发生重大安全、重大质量事故或严重环境违法行为。`,
  // 32号 第十三条: 5511mu.com/gaoqi/2705.html, prop-14.com/news/show-1895.aspx; 第十七条: 020haoson.com/news/64_3.html,
  // kxjs.tj.gov.cn (天津市科学技术局, 2024-01-22)
  [`${M32}|第十三条`]:
    '第十三条 企业获得高新技术企业资格后，应每年5月底前在“高新技术企业认定管理工作网”填报上一年度知识产权、科技人员、研发费用、经营收入等年度发展情况报表。',
  [`${M32}|第十七条`]:
    '第十七条 高新技术企业发生更名或与认定条件有关的重大变化（如分立、合并、重组以及经营业务发生变化等）应在三个月内向认定机构报告。',
  // 32号 第十九条: wanglu.net/thread/t4-394022-2.html, 020haoson.com/news/64_3.html
  [`${M32}|第十九条第（三）项`]:
    '第十九条 已认定的高新技术企业有下列行为之一的，由认定机构取消其高新技术企业资格：……（三）未按期报告与认定条件有关重大变化情况，或累计两年未填报年度发展情况报表的。',
  // 195号 三（七）: cn.shanghaiyincai.com.cn/news/938.html
  [`${G195}|三（七）`]: SCORE,
  [`${G195}|三（七）1`]: `${SCORE}……知识产权 ≤30`,
  [`${G195}|三（七）2`]: `${SCORE}……科技成果转化能力 ≤30`,
  [`${G195}|三（七）3`]: `${SCORE}……研究开发组织管理水平 ≤20`,
  [`${G195}|三（七）4`]: `${SCORE}……企业成长性 ≤20`,
  // 195号 五（六）3: 5511mu.com/gaoqi/2705.html (names the section), quote.baiwanlian.com, iso-est.com/xwzx/51.html
  [`${G195}|五（六）3`]:
    '已认定的高新技术企业，无论何种原因被取消高新技术企业资格的，当年不得再次申请高新技术企业认定。',
  // 115号 第六条: seo.huaxiataike.com/notice/41932.html, wzzgcs.com/page26?article_id=84, max.book118.com
  [`${T115}|第六条第（一）项`]: `${ART6}（一）在中国境内（不包括港、澳、台地区）注册的居民企业。`,
  [`${T115}|第六条第（二）项`]: `${ART6}（二）职工总数不超过500人、年销售收入不超过2亿元、资产总额不超过2亿元。`,
  [`${T115}|第六条第（三）项`]: `${ART6}（三）企业提供的产品和服务不属于国家规定的禁止、限制和淘汰类。`,
  [`${T115}|第六条第（四）项`]: `${ART6}（四）企业在填报上一年及当年内未发生重大安全、重大质量事故和严重环境违法、科研严重失信行为，且企业未列入经营异常名录和严重违法失信企业名单。`,
  [`${T115}|第六条第（五）项`]: `${ART6}（五）企业根据科技型中小企业评价指标进行综合评价所得分值不低于60分，且科技人员指标得分不得为0分。`,
  // 115号 第七条: wzzgcs.com/page26?article_id=84; bands: matteomarkusbok.com/api/PolicyDetail/PolicyInfo/27751
  [`${T115}|第七条第1项`]: `${ART7}1. 科技人员指标（满分20分）。按科技人员数占企业职工总数的比例分档评价。`,
  [`${T115}|第七条第2项`]: `${ART7}2. 研发投入指标（满分50分）。企业从（1）、（2）两项指标中选择一个指标进行评分。（1）按企业研发费用总额占销售收入总额的比例分档评价。（2）按企业研发费用总额占成本费用支出总额的比例分档评价。`,
  [`${T115}|第七条第3项`]: `${ART7}3. 科技成果指标（满分30分）。按企业拥有的在有效期内的与主要产品（或服务）相关的知识产权类别和数量（知识产权应没有争议或纠纷）分档评价。`,
  // 115号 第八条: xiweikeji.com (科技部 科技型中小企业技术创新基金管理中心 Q&A), 198.12.123.165 reproduction
  [`${T115}|第八条`]: `${ART8}（一）企业拥有有效期内高新技术企业资格证书；（二）企业近五年内获得过国家级科技奖励，并在获奖单位中排在前三名；（三）企业拥有经认定的省部级以上研发机构；（四）企业近五年内主导制定过国际标准、国家标准或行业标准。`,
  // the tax notices read so far (src/rules/quotes-tax.ts)
  ...TAX_QUOTES,
}

export function quoteOf(doc: string, article: string): string | undefined {
  return QUOTES[`${doc}|${article}`]
}

// Citations shown without the clause's words, and why (docs/rules.md §8). The results and the sheet then give the
// document number and article and say the text is not reproduced; a paraphrase is never passed off as a quote.
const SUBSTANCE_ONLY = '核对所据资料只载有本条要旨，未见原文逐字复制：只列文号和条款，不引原文'
const TAX_NUMBER_ONLY = '按文号和条款引用；本条原文未在规则核对中逐字读到，故不引原文'

/** `${doc}|${article}` → why the clause is not quoted (articles of the documents quoted above) */
export const NOT_QUOTED: Record<string, string> = {
  [`${M32}|第九条`]: SUBSTANCE_ONLY,
  [`${G195}|三（二）4`]: SUBSTANCE_ONLY,
  [`${G195}|三（二）5`]: SUBSTANCE_ONLY,
  [`${G195}|三（二）6`]: SUBSTANCE_ONLY,
  [`${G195}|三（六）2`]: SUBSTANCE_ONLY,
  [`${T115}|第九条（六）`]: SUBSTANCE_ONLY,
  [`${T115}|第十二条`]: SUBSTANCE_ONLY,
  [`${T115}|第十三条`]: SUBSTANCE_ONLY,
  [`${T115}|第十四条（六）`]: SUBSTANCE_ONLY,
  // the words (适用于会计核算健全、实行查账征收并能够准确归集研发费用的居民企业) were seen only in explanations,
  // never in a reproduction that numbers them 五（一）: the article stays unverified and unquoted
  '财税〔2015〕119号|第五条第（一）项': '本条文字只见于解读材料，未见标明条款序号的原文复制：只列文号和条款，不引原文',
}

/** tax documents cited by number and article: an article of theirs not in QUOTES was not read word for word */
export const NOT_QUOTED_DOCUMENTS: Record<string, string> = Object.fromEntries(
  [
    '中华人民共和国企业所得税法',
    '中华人民共和国主席令第63号',
    '中华人民共和国企业所得税法实施条例',
    '财税〔2015〕119号',
    '财税〔2016〕36号',
    '财税〔2017〕34号',
    '财税〔2018〕54号',
    '财税〔2018〕64号',
    '财税〔2018〕76号',
    '财税〔2018〕99号',
    '财税〔2019〕13号',
    '国税函〔2009〕212号',
    '国税函〔2009〕377号',
    '国家税务总局公告2015年第97号',
    '国家税务总局公告2017年第24号',
    '国家税务总局公告2019年第2号',
    '国家税务总局公告2021年第8号',
    '国家税务总局公告2021年第28号',
    '国家税务总局公告2022年第5号',
    '国家税务总局公告2023年第6号',
    '国家税务总局 财政部公告2023年第11号',
    '财政部 税务总局公告2021年第6号',
    '财政部 税务总局公告2021年第12号',
    '财政部 税务总局公告2021年第13号',
    '财政部 税务总局 科技部公告2022年第16号',
    '财政部 税务总局 科技部公告2022年第28号',
    '财政部 税务总局公告2022年第13号',
    '财政部 税务总局公告2023年第6号',
    '财政部 税务总局公告2023年第7号',
    '财政部 税务总局公告2023年第12号',
    '财政部 税务总局公告2023年第37号',
    '财政部 税务总局 国家发展改革委 工业和信息化部公告2023年第44号',
    '财政部 税务总局公告2026年第10号',
  ].map((doc) => [doc, TAX_NUMBER_ONLY]),
)
// the 2026 MIIT 办法 is known only from secondary sources (its articles were not read)
NOT_QUOTED_DOCUMENTS['工信部企业〔2026〕2号'] = '原文未读到（仅见二手资料的转述），故不引原文'

/** why a cited clause is shown without its words; undefined when it is quoted or nobody recorded why */
export function noQuoteReason(doc: string, article: string): string | undefined {
  if (quoteOf(doc, article)) return undefined
  return NOT_QUOTED[`${doc}|${article}`] ?? NOT_QUOTED_DOCUMENTS[doc]
}
