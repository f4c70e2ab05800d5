// The tax notices' clauses in their own words (issue #8 §10), as src/rules/quotes.ts does for the programs: each
// read word for word in public reproductions of the official text (named beside it, two or more unless said).
// Clauses not found that way stay unquoted (quotes.ts NOT_QUOTED / NOT_QUOTED_DOCUMENTS say why).

const SLP_BOTH_METHODS =
  '二、小型微利企业无论按查账征收方式或核定征收方式缴纳企业所得税，均可享受小型微利企业所得税优惠政策。'
const LOSS_1 =
  '一、自2018年1月1日起，当年具备高新技术企业或科技型中小企业资格（以下统称资格）的企业，其具备资格年度之前5个年度发生的尚未弥补完的亏损，准予结转以后年度弥补，最长结转年限由5年延长至10年。'
const LOSS_2 =
  '二、本通知所称高新技术企业，是指按照《科技部 财政部 国家税务总局关于修订印发〈高新技术企业认定管理办法〉的通知》（国科发火〔2016〕32号）规定认定的高新技术企业；所称科技型中小企业，是指按照《科技部 财政部 国家税务总局关于印发〈科技型中小企业评价办法〉的通知》（国科发政〔2017〕115号）规定取得科技型中小企业登记编号的企业。'

/** `${doc}|${article}` → the quote */
export const TAX_QUOTES: Record<string, string> = {
  // 377号 一（一): m.yinshua168.com.cn (2009-07-14 text), dillen.cn/news/452.html; the words after the 、 were added
  // by 国家税务总局公告2016年第88号: yiqimr.com/shuiwu/678651.html (one source). 特定纳税人 are the taxpayers
  // 国税发〔2008〕30号 第三条第二款 keeps out of 核定征收 (dillen.cn, as above).
  '国税函〔2009〕377号|第一条第（一）项':
    '一、国税发〔2008〕30号文件第三条第二款所称“特定纳税人”包括以下类型的企业：（一）享受《中华人民共和国企业所得税法》及其实施条例和国务院规定的一项或几项企业所得税优惠政策的企业（不包括仅享受《中华人民共和国企业所得税法》第二十六条规定免税收入优惠政策的企业、第二十八条规定的符合条件的小型微利企业）；（括号内“、第二十八条……小型微利企业”为国家税务总局公告2016年第88号修订所加）',
  // 2017年第24号 一: toopoo.com/8/3/13386/, v3m.fadada.com/notice/detail-12080.html, law.esnai.com (lawid=182469),
  // qysed.com, 316871.com/Newsshow_197.html
  '国家税务总局公告2017年第24号|第一条':
    '一、企业获得高新技术企业资格后，自高新技术企业证书注明的发证时间所在年度起申报享受税收优惠，并按规定向主管税务机关办理备案手续。企业的高新技术企业资格期满当年，在通过重新认定前，其企业所得税暂按15%的税率预缴，在年底前仍未取得高新技术企业资格的，应按规定补缴相应期间的税款。',
  // 2019年第2号 一: licai.bangqike.com/gupiao/997708.html, crsrw.com/dianzishuiwu/156159.html ("第壹條")
  '国家税务总局公告2019年第2号|第一条':
    '一、自2019年1月1日至2021年12月31日，对小型微利企业年应纳税所得额不超过100万元的部分，减按25%计入应纳税所得额，按20%的税率缴纳企业所得税；对年应纳税所得额超过100万元但不超过300万元的部分，减按50%计入应纳税所得额，按20%的税率缴纳企业所得税。小型微利企业无论按查账征收方式或核定征收方式缴纳企业所得税，均可享受上述优惠政策。',
  // 2022年第5号 二: zsxq.xyz/page74?article_id=691, pqwjf.cn/news-rlx.asp?nid=129, acctsweb.com (zcfg_id=559)
  '国家税务总局公告2022年第5号|第二条': SLP_BOTH_METHODS,
  // 2023年第6号 二: dekahost.com (post_8937941, "国家税务总局公告2023年第6号"), qishitianxia.com/1276813.html,
  // szcwgw.com/734.html, gdztc.com (id=1343) — the 2023 text (三 adds 应准确填报基础信息, unlike 2022年第5号)
  '国家税务总局公告2023年第6号|第二条': SLP_BOTH_METHODS,
  // 76号: 51yiqichuang.cn/guojia/662.html, lc123.net/laws/2018-07-13/330767.html, xinghecpa.com (id=435)
  '财税〔2018〕76号|第一条': LOSS_1,
  '财税〔2018〕76号|第二条': LOSS_2,
  '财税〔2018〕76号|第一条、第二条': `${LOSS_1}${LOSS_2}`,
  // 212号 一: m.fs-haoming.com/shuishou/1639.html (full text), m.caishuijiaonang.com, hhqthc.com ("第一条")
  '国税函〔2009〕212号|第一条第（三）项':
    '一、根据企业所得税法第二十七条第（四）项规定，享受减免企业所得税优惠的技术转让应符合以下条件：……（三）境内技术转让经省级以上科技部门认定；',
  // 119号 一（一）: htdj.ynttm.cn (numbered), m.chinaacc.com (国家税务总局, 2015-11-06), jing111.com
  '财税〔2015〕119号|第一条':
    '一、研发活动及研发费用归集范围……（一）允许加计扣除的研发费用。企业开展研发活动中实际发生的研发费用，未形成无形资产计入当期损益的，在按规定据实扣除的基础上，按照本年度实际发生额的50%，从本年度应纳税所得额中扣除；形成无形资产的，按照无形资产成本的150%在税前摊销。',
  // 119号 二 1: jscc.net/j/307375.html ("第二条"), htdj.ynttm.cn, 5scpa.com/knowledge/26845.html
  '财税〔2015〕119号|第二条第1项':
    '二、特别事项的处理 1. 企业委托外部机构或个人进行研发活动所发生的费用，按照费用实际发生额的80%计入委托方研发费用并计算加计扣除，受托方不得再进行加计扣除。委托外部研究开发费用实际发生额应按照独立交易原则确定。委托方与受托方存在关联关系的，受托方应向委托方提供研发项目费用支出明细情况。',
  // 119号 四: m.chinaacc.com (北京税务, 2021-09-17), chinaacc.com/shuishou/dyjh/wa1711281672.shtml
  '财税〔2015〕119号|第四条':
    '四、不适用税前加计扣除政策的行业 1.烟草制造业。2.住宿和餐饮业。3.批发和零售业。4.房地产业。5.租赁和商务服务业。6.娱乐业。7.财政部和国家税务总局规定的其他行业。上述行业以《国民经济行业分类与代码（GB/4754-2011）》为准，并随之更新。',
}
