import type { SeedAgency } from "./types";

/**
 * Agencies that own recommendations or actions: Shenzhen municipal bodies, Hong Kong SAR Government
 * bureaux and public bodies, one joint body and one national body. Names are the official ones
 * (Traditional Chinese as written in Hong Kong). Contact details are left out unless verified;
 * websites are the bodies' public home pages.
 */
export const seedAgencies: SeedAgency[] = [
  // ── Shenzhen ────────────────────────────────────────────────────────────────────────────────
  {
    // Known until the 2024 municipal institutional reform as the Science, Technology and Innovation
    // Commission of Shenzhen Municipality (深圳市科技创新委员会); the key keeps the old initials.
    key: "sz-stic",
    name: {
      en: "Science, Technology and Innovation Bureau of Shenzhen Municipality",
      zhHans: "深圳市科技创新局",
      zhHant: "深圳市科技創新局",
    },
    abbreviation: "SZSTI",
    side: "shenzhen",
    website: "https://stic.sz.gov.cn",
  },
  {
    key: "sz-qianhai",
    name: {
      en: "Authority of Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone of Shenzhen",
      zhHans: "深圳市前海深港现代服务业合作区管理局",
      zhHant: "深圳市前海深港現代服務業合作區管理局",
    },
    abbreviation: "Qianhai Authority",
    side: "shenzhen",
    website: "https://qh.sz.gov.cn",
  },
  {
    key: "sz-drc",
    name: {
      en: "Development and Reform Commission of Shenzhen Municipality",
      zhHans: "深圳市发展和改革委员会",
      zhHant: "深圳市發展和改革委員會",
    },
    abbreviation: "SZDRC",
    side: "shenzhen",
    website: "https://fgw.sz.gov.cn",
  },
  {
    key: "sz-hrss",
    name: {
      en: "Human Resources and Social Security Bureau of Shenzhen Municipality",
      zhHans: "深圳市人力资源和社会保障局",
      zhHant: "深圳市人力資源和社會保障局",
    },
    abbreviation: "SZHRSS",
    side: "shenzhen",
    website: "https://hrss.sz.gov.cn",
  },
  {
    // Formerly the Local Financial Supervision and Administration Bureau of Shenzhen Municipality
    // (深圳市地方金融监督管理局); renamed in the 2024 reform.
    key: "sz-lfa",
    name: {
      en: "Local Financial Administration of Shenzhen Municipality",
      zhHans: "深圳市地方金融管理局",
      zhHant: "深圳市地方金融管理局",
    },
    abbreviation: "SZLFA",
    side: "shenzhen",
    website: "https://jr.sz.gov.cn",
  },
  {
    // Also carries the nameplate of the Shenzhen Intellectual Property Administration (深圳市知识产权局).
    key: "sz-amr",
    name: {
      en: "Administration for Market Regulation of Shenzhen Municipality",
      zhHans: "深圳市市场监督管理局",
      zhHant: "深圳市市場監督管理局",
    },
    abbreviation: "SZAMR",
    side: "shenzhen",
    website: "https://amr.sz.gov.cn",
  },
  {
    key: "sz-iitb",
    name: {
      en: "Industry and Information Technology Bureau of Shenzhen Municipality",
      zhHans: "深圳市工业和信息化局",
      zhHant: "深圳市工業和信息化局",
    },
    abbreviation: "SZIITB",
    side: "shenzhen",
    website: "https://gxj.sz.gov.cn",
  },

  // ── Hong Kong ───────────────────────────────────────────────────────────────────────────────
  {
    key: "hk-itib",
    name: {
      en: "Innovation, Technology and Industry Bureau",
      zhHans: "创新科技及工业局",
      zhHant: "創新科技及工業局",
    },
    abbreviation: "ITIB",
    side: "hong_kong",
    website: "https://www.itib.gov.hk",
  },
  {
    key: "hk-fstb",
    name: {
      en: "Financial Services and the Treasury Bureau",
      zhHans: "财经事务及库务局",
      zhHant: "財經事務及庫務局",
    },
    abbreviation: "FSTB",
    side: "hong_kong",
    website: "https://www.fstb.gov.hk",
  },
  {
    key: "hk-hkma",
    name: {
      en: "Hong Kong Monetary Authority",
      zhHans: "香港金融管理局",
      zhHant: "香港金融管理局",
    },
    abbreviation: "HKMA",
    side: "hong_kong",
    website: "https://www.hkma.gov.hk",
  },
  {
    key: "hk-sfc",
    name: {
      en: "Securities and Futures Commission",
      zhHans: "证券及期货事务监察委员会",
      zhHant: "證券及期貨事務監察委員會",
    },
    abbreviation: "SFC",
    side: "hong_kong",
    website: "https://www.sfc.hk",
  },
  {
    key: "hk-cedb",
    name: {
      en: "Commerce and Economic Development Bureau",
      zhHans: "商务及经济发展局",
      zhHant: "商務及經濟發展局",
    },
    abbreviation: "CEDB",
    side: "hong_kong",
    website: "https://www.cedb.gov.hk",
  },
  {
    key: "hk-ipd",
    name: {
      en: "Intellectual Property Department",
      zhHans: "知识产权署",
      zhHant: "知識產權署",
    },
    abbreviation: "IPD",
    side: "hong_kong",
    parentKey: "hk-cedb",
    website: "https://www.ipd.gov.hk",
  },
  {
    key: "hk-lwb",
    name: {
      en: "Labour and Welfare Bureau",
      zhHans: "劳工及福利局",
      zhHant: "勞工及福利局",
    },
    abbreviation: "LWB",
    side: "hong_kong",
    website: "https://www.lwb.gov.hk",
  },
  {
    key: "hk-edb",
    name: {
      en: "Education Bureau",
      zhHans: "教育局",
      zhHant: "教育局",
    },
    abbreviation: "EDB",
    side: "hong_kong",
    website: "https://www.edb.gov.hk",
  },
  {
    key: "hk-cmab",
    name: {
      en: "Constitutional and Mainland Affairs Bureau",
      zhHans: "政制及内地事务局",
      zhHant: "政制及內地事務局",
    },
    abbreviation: "CMAB",
    side: "hong_kong",
    website: "https://www.cmab.gov.hk",
  },
  {
    // Leads the Northern Metropolis and land supply, including the boundary area facing Shenzhen.
    key: "hk-devb",
    name: {
      en: "Development Bureau",
      zhHans: "发展局",
      zhHant: "發展局",
    },
    abbreviation: "DEVB",
    side: "hong_kong",
    website: "https://www.devb.gov.hk",
  },
  {
    key: "hk-hkstp",
    name: {
      en: "Hong Kong Science and Technology Parks Corporation",
      zhHans: "香港科技园公司",
      zhHant: "香港科技園公司",
    },
    abbreviation: "HKSTP",
    side: "hong_kong",
    parentKey: "hk-itib",
    website: "https://www.hkstp.org",
  },

  // ── Joint ───────────────────────────────────────────────────────────────────────────────────
  {
    // Develops and runs the Hong Kong Park of the Hetao Shenzhen-Hong Kong Science and Technology
    // Innovation Cooperation Zone (Lok Ma Chau Loop). A wholly owned HKSTP subsidiary, but its board is
    // nominated jointly under the 2017 Hong Kong–Shenzhen memorandum (40% Hong Kong, 30% Shenzhen,
    // 30% both sides) and it reports to the joint task force of the two governments.
    key: "joint-hsitp",
    name: {
      en: "Hong Kong-Shenzhen Innovation and Technology Park Limited",
      zhHans: "港深创新及科技园有限公司",
      zhHant: "港深創新及科技園有限公司",
    },
    abbreviation: "HSITPL",
    side: "joint",
    parentKey: "hk-hkstp",
  },

  // ── National ────────────────────────────────────────────────────────────────────────────────
  {
    key: "cn-hkmao",
    name: {
      en: "Hong Kong and Macao Work Office of the CPC Central Committee (Hong Kong and Macao Affairs Office of the State Council)",
      zhHans: "中共中央港澳工作办公室（国务院港澳事务办公室）",
      zhHant: "中共中央港澳工作辦公室（國務院港澳事務辦公室）",
    },
    abbreviation: "HKMAO",
    side: "national",
    website: "https://www.hmo.gov.cn",
  },
];
