import type { SeedRecommendation } from "./types";

/** Document 004_7d5a100826662ce7 (Jian Peng, journal article), sections 4.3 (factor flow and resource allocation) and 4.4 (key areas and projects). */
export const recommendations004FactorsAreas: SeedRecommendation[] = [
  {
    code: "R-004-4.3.1-a",
    title: {
      en: "Set up a one-stop cross-border talent service and shared talent platform",
      zhHans: "设立跨境人才一站式服务机构与统一人才信息平台",
      zhHant: "設立跨境人才一站式服務機構及統一人才資訊平台",
    },
    summary: {
      en: "Shenzhen and Hong Kong should jointly run a talent introduction and management mechanism, with a dedicated agency offering one-stop services for cross-border employment and a unified talent information platform. Visa, residence-permit, social security, medical cover and children's schooling arrangements should be aligned so that moving across the boundary carries less cost and worry.",
      zhHans:
        "深港两地政府共同建立高效便捷的人才引进与管理机制，设立专门的人才服务机构，为跨境就业提供一站式服务，并搭建统一的人才信息平台。同时简化签注和居住证办理，推动社保、医保、子女教育等制度衔接，降低人才跨境流动的成本与顾虑。",
      zhHant:
        "深港兩地政府共同建立高效便捷的人才引進及管理機制，設立專責人才服務機構，為跨境就業提供一站式服務，並建立統一的人才資訊平台。同時簡化簽注及居住證手續，推動社保、醫療保障、子女教育等制度銜接，減少人才跨境流動的成本和顧慮。",
    },
    rationale:
      "Answers 3.3.1.1 (high barriers to cross-border talent flow): differing visa and residence-permit rules make moves costly and cumbersome, and information asymmetry in the cross-border job market discourages candidates.",
    theme: "talent",
    horizon: "medium",
    priority: "high",
    status: "in_progress",
    acceptance: "accepted",
    health: "at_risk",
    targetDate: "2027-12-31",
    documentKey: "004_7d5a100826662ce7",
    locator:
      "Section 4.3.1 Promote the free flow of talent (first measure: talent introduction and management mechanism)",
    excerpt:
      "Firstly, the two governments should jointly formulate and implement an efficient and convenient mechanism for talent introduction and management. This includes setting up a special talent service agency to provide one-stop services for cross-border employment.",
    owners: [
      { agencyKey: "sz-hrss", role: "lead" },
      { agencyKey: "hk-lwb", role: "lead" },
      { agencyKey: "hk-cmab", role: "supporting" },
    ],
    actions: [
      {
        title: {
          en: "Open a joint cross-border talent service counter",
          zhHans: "开设跨境人才联合服务窗口",
          zhHant: "開設跨境人才聯合服務櫃位",
        },
        description: {
          en: "Launch a one-stop service point in Qianhai handling work permits, residence permits and social security registration for Hong Kong and mainland talent.",
          zhHans: "在前海设立一站式服务点，为香港及内地人才办理工作许可、居住证和社保登记。",
          zhHant: "在前海設立一站式服務點，為香港及內地人才辦理工作許可、居住證及社保登記。",
        },
        agencyKey: "sz-hrss",
        status: "done",
        progress: 100,
        dueDate: "2025-09-30",
      },
      {
        title: {
          en: "Launch the shared Shenzhen–Hong Kong talent information platform",
          zhHans: "上线深港统一人才信息平台",
          zhHant: "推出深港統一人才資訊平台",
        },
        description: {
          en: "Build and publish a common job and talent database that both sides' employment services can query and post to.",
          zhHans: "建设并开放共享的就业和人才数据库，供两地公共就业服务机构查询和发布信息。",
          zhHant: "建立並開放共用的職位及人才資料庫，供兩地就業服務機構查詢及發布資訊。",
        },
        agencyKey: "hk-lwb",
        status: "in_progress",
        progress: 45,
        dueDate: "2026-06-30",
      },
      {
        title: {
          en: "Agree portability rules for social and medical security",
          zhHans: "商定社会保险和医疗保障跨境转移接续规则",
          zhHant: "議定社會保險及醫療保障的跨境轉移規則",
        },
        description: {
          en: "Negotiate with national authorities a scheme letting cross-border workers carry social insurance and medical cover between the two cities.",
          zhHans: "与国家有关部门协商方案，使跨境就业人员的社会保险和医疗保障可在两地之间转移接续。",
          zhHant: "與國家有關部門商議方案，讓跨境工作人士的社會保險及醫療保障可在兩地之間轉移銜接。",
        },
        agencyKey: "hk-cmab",
        status: "blocked",
        progress: 20,
        dueDate: "2026-12-31",
      },
    ],
  },
  {
    code: "R-004-4.3.1-b",
    title: {
      en: "Launch joint university talent training and a shared talent incentive scheme",
      zhHans: "开展高校联合培养并建立人才激励评价机制",
      zhHant: "推行大學聯合培養並建立人才激勵評價機制",
    },
    summary: {
      en: "Encourage universities and research institutes in both cities to run joint training programmes, exchange visiting scholars, co-host academic conferences and co-build laboratories so that high-level talent is shared. Back this with a talent incentive and evaluation mechanism, innovation and entrepreneurship funds and science and technology awards.",
      zhHans:
        "鼓励两地高校和科研院所开展联合培养项目，互派访问学者、联合举办学术会议、共建实验室，促进高层次人才共享。同时建立人才激励与评价机制，通过设立创新创业基金和科技奖励项目，为优秀人才提供更大的发展空间。",
      zhHant:
        "鼓勵兩地大學及科研機構推行聯合培養計劃，互派訪問學人、合辦學術會議、共建實驗室，促進高層次人才共享。同時建立人才激勵及評價機制，透過設立創新創業基金和科技獎勵計劃，為傑出人才提供更廣闊的發展空間。",
    },
    rationale:
      "Answers 3.3.1.2 (lack of high-level talent sharing) and 3.3.2.2 (insufficient training in innovation and practical ability): institutional differences keep each side from using the other's top researchers, and training is weak on practice.",
    theme: "talent",
    horizon: "medium",
    priority: "medium",
    status: "accepted",
    acceptance: "accepted",
    health: "on_track",
    targetDate: "2027-12-31",
    documentKey: "004_7d5a100826662ce7",
    locator:
      "Section 4.3.1 Promote the free flow of talent (second measure: joint training and high-level talent sharing)",
    excerpt:
      "Secondly, universities and research institutes of the two places should be encouraged to carry out joint training programs to promote the sharing and cooperation of high-level talents.",
    owners: [
      { agencyKey: "sz-stic", role: "lead" },
      { agencyKey: "hk-edb", role: "lead" },
      { agencyKey: "hk-itib", role: "supporting" },
    ],
    actions: [
      {
        title: {
          en: "Select the first batch of joint doctoral training programmes",
          zhHans: "遴选首批联合博士培养项目",
          zhHant: "甄選首批聯合博士培養計劃",
        },
        description: {
          en: "Call for and approve joint PhD and postdoctoral programmes between Shenzhen and Hong Kong universities in strategic industry fields.",
          zhHans: "面向战略性产业领域，征集并批准深港高校联合开展的博士和博士后培养项目。",
          zhHant: "就策略性產業範疇，徵集並批核深港大學合辦的博士及博士後培養計劃。",
        },
        agencyKey: "hk-edb",
        status: "in_progress",
        progress: 30,
        dueDate: "2027-01-31",
      },
      {
        title: {
          en: "Draft a cross-border visiting scholar exchange scheme",
          zhHans: "拟定跨境访问学者交流计划",
          zhHant: "草擬跨境訪問學人交流計劃",
        },
        description: {
          en: "Prepare funding rules for reciprocal visiting scholar placements and jointly hosted academic conferences.",
          zhHans: "拟定两地互派访问学者和联合举办学术会议的资助规则。",
          zhHant: "就兩地互派訪問學人及合辦學術會議擬備資助規則。",
        },
        agencyKey: "sz-stic",
        status: "todo",
        progress: 0,
        dueDate: "2027-03-31",
      },
      {
        title: {
          en: "Design a Shenzhen–Hong Kong science and technology award track",
          zhHans: "设计深港科技奖励专项",
          zhHant: "設計深港科技獎勵專項",
        },
        description: {
          en: "Propose a joint award category recognising researchers whose work is transferred into industry in either city.",
          zhHans: "提议设立联合奖项类别，表彰研究成果在深港任一城市实现产业转化的科研人员。",
          zhHant: "建議設立聯合獎項類別，表揚研究成果在深港任何一地轉化為產業應用的研究人員。",
        },
        agencyKey: "hk-itib",
        status: "todo",
        progress: 0,
        dueDate: "2027-06-30",
      },
    ],
  },
  {
    code: "R-004-4.3.2-a",
    title: {
      en: "Deepen financial market connectivity and cross-border financing channels",
      zhHans: "深化两地金融市场互联互通与跨境融资渠道",
      zhHant: "深化兩地金融市場互聯互通及跨境融資渠道",
    },
    summary: {
      en: "Deepen the connectivity mechanism between the two cities' financial markets by opening more convenient channels for capital flow, lowering the cost and risk of cross-border financing for enterprises. Promote cooperation between financial institutions on both sides in cross-border business to raise the quality and efficiency of financial services.",
      zhHans:
        "深化两地金融市场互联互通机制，建立更便捷的资金流动渠道，降低企业跨境融资的成本和风险；推动两地金融机构在跨境业务上的合作与交流，提升金融服务的质量和效率。",
      zhHant:
        "深化兩地金融市場互聯互通機制，開拓更便捷的資金流動渠道，降低企業跨境融資的成本和風險；推動兩地金融機構在跨境業務方面的合作交流，提升金融服務的質素和效率。",
    },
    rationale:
      "Answers 3.1 (inadequate alignment of systems and standards) and 3.2.1.3: hidden institutional barriers hinder the flow of factors between the two places, and limited financing channels slow the transformation of research results.",
    theme: "finance",
    horizon: "medium",
    priority: "high",
    status: "in_progress",
    acceptance: "accepted",
    health: "on_track",
    targetDate: "2027-12-31",
    documentKey: "004_7d5a100826662ce7",
    locator: "Section 4.3.2 Strengthen cooperation in capital market (first measure: financial market connectivity)",
    excerpt:
      "Firstly, deepen the connectivity mechanism between the financial markets of the two places. The cost and risks of cross-border financing for enterprises in the two places should be reduced by establishing more convenient channels for capital flow.",
    owners: [
      { agencyKey: "sz-lfa", role: "lead" },
      { agencyKey: "hk-hkma", role: "lead" },
    ],
    actions: [
      {
        title: {
          en: "Expand the cross-boundary corporate financing pilot",
          zhHans: "扩大企业跨境融资试点",
          zhHant: "擴大企業跨境融資試點",
        },
        description: {
          en: "Raise quotas and widen eligibility for Shenzhen enterprises borrowing from Hong Kong banks under the cross-boundary financing pilot.",
          zhHans: "提高跨境融资试点额度，扩大可向香港银行借款的深圳企业范围。",
          zhHant: "提高跨境融資試點的額度，並放寬可向香港銀行借款的深圳企業的資格。",
        },
        agencyKey: "sz-lfa",
        status: "in_progress",
        progress: 60,
        dueDate: "2027-02-28",
      },
      {
        title: {
          en: "Agree a bank-to-bank cross-border business cooperation list",
          zhHans: "商定银行间跨境业务合作清单",
          zhHant: "議定銀行之間的跨境業務合作清單",
        },
        description: {
          en: "Work with banks in both cities on a joint list of cross-border services, such as account opening and trade settlement, to be streamlined.",
          zhHans: "与两地银行共同制定需简化流程的跨境服务清单，如开户和贸易结算等。",
          zhHant: "與兩地銀行共同制訂需精簡程序的跨境服務清單，例如開戶及貿易結算。",
        },
        agencyKey: "hk-hkma",
        status: "in_progress",
        progress: 40,
        dueDate: "2027-03-31",
      },
    ],
  },
  {
    code: "R-004-4.3.2-b",
    title: {
      en: "Support Shenzhen innovators listing in Hong Kong and Hong Kong investment in Shenzhen",
      zhHans: "支持深圳创新企业赴港上市并吸引香港资本投资深圳",
      zhHant: "支持深圳創新企業來港上市及吸引香港資金投資深圳",
    },
    summary: {
      en: "Support innovative Shenzhen enterprises to list and raise funds in Hong Kong, using its standing as an international financial centre to draw international capital. Encourage Hong Kong investors to invest in Shenzhen's growth enterprises so that both cities share the gains.",
      zhHans:
        "支持深圳创新型企业赴香港上市融资，借助香港国际金融中心地位吸引更多国际资本；鼓励香港投资者关注并投资深圳成长型企业，共享两地经济发展成果。",
      zhHant:
        "支持深圳創新企業在香港上市集資，善用香港國際金融中心的地位吸引更多國際資金；鼓勵香港投資者留意並投資深圳的成長型企業，共享兩地經濟發展成果。",
    },
    rationale:
      "Answers 3.2.1.2 and 3.2.1.3: R&D investment is insufficient and uneven, and limited financing channels lower the efficiency of turning research results into products.",
    theme: "finance",
    horizon: "short",
    priority: "high",
    status: "implemented",
    acceptance: "accepted",
    health: "on_track",
    targetDate: "2025-12-31",
    documentKey: "004_7d5a100826662ce7",
    locator:
      "Section 4.3.2 Strengthen cooperation in capital market (second measure: listing and cross-border investment)",
    excerpt:
      "We will support innovative enterprises from Shenzhen in listing and financing in Hong Kong, and make use of Hong Kong's status as an international financial center to attract more international capital support.",
    owners: [
      { agencyKey: "hk-sfc", role: "lead" },
      { agencyKey: "sz-lfa", role: "lead" },
      { agencyKey: "hk-fstb", role: "supporting" },
    ],
    actions: [
      {
        title: {
          en: "Run a Hong Kong listing roadshow for Shenzhen specialist tech firms",
          zhHans: "为深圳专精特新科技企业举办赴港上市路演",
          zhHant: "為深圳專精特新科技企業舉辦來港上市路演",
        },
        description: {
          en: 'Organise briefings with the exchange and sponsors for Shenzhen "specialised and sophisticated" enterprises preparing Hong Kong listings.',
          zhHans: "联合香港交易所和保荐机构，为筹备赴港上市的深圳“专精特新”企业举办说明会。",
          zhHant: "聯同香港交易所及保薦人，為籌備來港上市的深圳「專精特新」企業舉辦簡介會。",
        },
        agencyKey: "sz-lfa",
        status: "done",
        progress: 100,
        dueDate: "2025-07-31",
      },
      {
        title: {
          en: "Publish listing guidance for pre-profit specialist technology companies",
          zhHans: "发布未盈利特专科技公司上市指引",
          zhHant: "發出未有盈利特專科技公司上市指引",
        },
        description: {
          en: "Issue guidance clarifying disclosure and review expectations for Shenzhen technology companies listing in Hong Kong.",
          zhHans: "发布指引，明确深圳科技公司赴港上市在信息披露和审核方面的要求。",
          zhHant: "發出指引，闡明深圳科技公司來港上市在資料披露及審核方面的要求。",
        },
        agencyKey: "hk-sfc",
        status: "done",
        progress: 100,
        dueDate: "2025-10-31",
      },
      {
        title: {
          en: "Promote Shenzhen growth enterprises to Hong Kong investors",
          zhHans: "向香港投资者推介深圳成长型企业",
          zhHant: "向香港投資者推介深圳成長型企業",
        },
        description: {
          en: "Hold investor matching events in Hong Kong showcasing Shenzhen growth companies to family offices and funds.",
          zhHans: "在香港举办投资对接活动，向家族办公室和基金推介深圳成长型企业。",
          zhHant: "在香港舉辦投資配對活動，向家族辦公室及基金推介深圳成長型企業。",
        },
        agencyKey: "hk-fstb",
        status: "done",
        progress: 100,
        dueDate: "2025-12-15",
      },
    ],
  },
  {
    code: "R-004-4.3.2-c",
    title: {
      en: "Build joint financial supervision with information sharing and risk early warning",
      zhHans: "建立两地金融监管协作与风险预警机制",
      zhHant: "建立兩地金融監管協作及風險預警機制",
    },
    summary: {
      en: "Strengthen cooperation in financial regulation to prevent cross-border transmission of financial risks. Regulators in the two cities should set up closer communication channels and keep the markets stable through information sharing, risk early warning and joint supervision.",
      zhHans:
        "加强金融监管合作，防范金融风险跨境传导。两地金融监管机构应建立更紧密的沟通协作机制，通过信息共享、风险预警和联合监管，共同应对市场波动，保障两地金融市场稳定健康发展。",
      zhHant:
        "加強金融監管合作，防範金融風險跨境傳導。兩地金融監管機構應建立更緊密的溝通協作機制，透過資訊共享、風險預警及聯合監管，共同應對市場波動，確保兩地金融市場穩定健康發展。",
    },
    rationale:
      "Answers 3.1 and 3.2.2.2: differing economic and administrative systems cause inconsistent policy implementation, and poor information sharing raises the cost and risk of cooperation.",
    theme: "finance",
    horizon: "medium",
    priority: "high",
    status: "in_progress",
    acceptance: "partially_accepted",
    health: "at_risk",
    targetDate: "2027-12-31",
    documentKey: "004_7d5a100826662ce7",
    locator:
      "Section 4.3.2 Strengthen cooperation in capital market (third measure: cooperation in financial regulation)",
    excerpt:
      "Financial regulators of the two places should establish closer communication and cooperation mechanisms to jointly deal with volatility and risk challenges in the financial market.",
    owners: [
      { agencyKey: "hk-hkma", role: "lead" },
      { agencyKey: "sz-lfa", role: "lead" },
      { agencyKey: "hk-sfc", role: "supporting" },
    ],
    actions: [
      {
        title: {
          en: "Sign a regulatory information-sharing memorandum",
          zhHans: "签署监管信息共享备忘录",
          zhHant: "簽署監管資訊共享備忘錄",
        },
        description: {
          en: "Agree a memorandum setting out what supervisory data the Shenzhen and Hong Kong regulators exchange and how often.",
          zhHans: "商定备忘录，明确深港两地监管机构交换的监管数据范围和频次。",
          zhHant: "議定備忘錄，訂明深港兩地監管機構交換的監管數據範圍及頻密程度。",
        },
        agencyKey: "hk-hkma",
        status: "in_progress",
        progress: 70,
        dueDate: "2026-03-31",
      },
      {
        title: {
          en: "Set up a cross-border risk early-warning dashboard",
          zhHans: "建立跨境风险预警监测看板",
          zhHant: "設立跨境風險預警儀表板",
        },
        description: {
          en: "Define shared indicators for cross-border capital flows and market stress and publish them to both regulators monthly.",
          zhHans: "确定跨境资金流动和市场压力的共用监测指标，每月向两地监管机构发布。",
          zhHant: "訂定跨境資金流動及市場壓力的共用指標，每月向兩地監管機構發布。",
        },
        agencyKey: "sz-lfa",
        status: "blocked",
        progress: 15,
        dueDate: "2026-09-30",
      },
      {
        title: {
          en: "Hold a joint supervision exercise on cross-border products",
          zhHans: "开展跨境产品联合监管演练",
          zhHant: "就跨境產品進行聯合監管演練",
        },
        description: {
          en: "Run a joint review of a cross-border investment product distributed in both cities to test coordinated supervision.",
          zhHans: "选取一款在两地销售的跨境投资产品开展联合审查，检验协同监管的成效。",
          zhHant: "選取一項在兩地分銷的跨境投資產品進行聯合審視，測試協調監管的成效。",
        },
        agencyKey: "hk-sfc",
        status: "todo",
        progress: 0,
        dueDate: "2027-06-30",
      },
    ],
  },
  {
    code: "R-004-4.3.3",
    title: {
      en: 'Free up industrial land through "industrial upstairs" and coordinated land planning',
      zhHans: "推广“工业上楼”并协同两地土地利用规划",
      zhHant: "推廣「工業上樓」並協調兩地土地用途規劃",
    },
    summary: {
      en: 'Use Shenzhen\'s urban renewal to plan industrial land rationally, spreading the "industrial upstairs" model of high-rise factories with better in-building services. Offer tax and land support for Hong Kong firms to set up production bases or R&D centres in Shenzhen, and align land-use planning standards and market supervision between the two cities.',
      zhHans:
        "结合深圳城市更新与土地整备，合理规划产业用地布局，推广高层厂房等“工业上楼”模式并完善楼宇配套服务；通过税收优惠和用地保障支持香港企业在深圳设立生产基地或研发中心，并制定统一的土地利用规划标准，加强土地市场监管。",
      zhHant:
        "配合深圳城市更新及土地整備，合理規劃產業用地佈局，推廣高層廠房等「工業上樓」模式並完善樓宇配套；透過稅務優惠及用地供應支援香港企業在深圳設立生產基地或研發中心，並制定統一的土地用途規劃標準，加強土地市場監管。",
    },
    rationale:
      "Answers 3.2.2.1 (lack of unified coordination mechanism): without shared planning the two sides suffer resource dispersion and duplicated construction; scarce land in Shenzhen compounds this.",
    theme: "infrastructure",
    horizon: "long",
    priority: "medium",
    status: "in_progress",
    acceptance: "partially_accepted",
    health: "off_track",
    targetDate: "2030-12-31",
    documentKey: "004_7d5a100826662ce7",
    locator: "Section 4.3.3 Optimize land resource allocation",
    excerpt:
      'Firstly, promote the extensive application of the "industrial upstairs" model in Shenzhen. Through the construction of high-rise industrial buildings and multi-story factories and other ways to improve the output efficiency per unit area of land.',
    owners: [
      { agencyKey: "sz-iitb", role: "lead" },
      { agencyKey: "hk-devb", role: "lead" },
      { agencyKey: "sz-drc", role: "supporting" },
    ],
    actions: [
      {
        title: {
          en: "Deliver the next tranche of high-rise industrial buildings",
          zhHans: "推进新一批高层工业楼宇交付使用",
          zhHant: "交付新一批高層工業大廈",
        },
        description: {
          en: 'Complete construction and leasing of the planned high-rise factory projects under the "industrial upstairs" programme.',
          zhHans: "完成“工业上楼”计划内已规划高层厂房项目的建设和招租。",
          zhHant: "完成「工業上樓」計劃內已規劃高層廠房項目的建造及招租。",
        },
        agencyKey: "sz-iitb",
        status: "in_progress",
        progress: 35,
        dueDate: "2026-08-31",
      },
      {
        title: {
          en: "Agree common land-use planning standards for cross-boundary areas",
          zhHans: "商定跨境地区统一的土地利用规划标准",
          zhHant: "議定跨境地區統一的土地用途規劃標準",
        },
        description: {
          en: "Draft shared land-use classification and planning standards for the Northern Metropolis and adjoining Shenzhen districts.",
          zhHans: "为北部都会区及毗邻的深圳各区拟定统一的用地分类和规划标准。",
          zhHant: "為北部都會區及毗鄰的深圳各區草擬統一的土地用途分類及規劃標準。",
        },
        agencyKey: "hk-devb",
        status: "blocked",
        progress: 10,
        dueDate: "2026-06-30",
      },
      {
        title: {
          en: "Publish land and tax incentives for Hong Kong R&D centres",
          zhHans: "出台支持香港企业研发中心的用地和税收优惠政策",
          zhHant: "公布支援香港企業研發中心的用地及稅務優惠",
        },
        description: {
          en: "Issue a policy package setting land supply and tax support for Hong Kong enterprises opening production or R&D bases in Shenzhen.",
          zhHans: "出台一揽子政策，明确对在深圳设立生产基地或研发中心的香港企业给予用地保障和税收支持。",
          zhHant: "推出一籃子政策，訂明為在深圳設立生產基地或研發中心的香港企業提供土地供應及稅務支援。",
        },
        agencyKey: "sz-drc",
        status: "todo",
        progress: 0,
        dueDate: "2027-06-30",
      },
    ],
  },
  {
    code: "R-004-4.4.1.1",
    title: {
      en: "Attract top research institutions and teams to the Hetao cooperation zone",
      zhHans: "吸引全球顶尖科研机构和团队入驻河套合作区",
      zhHant: "吸引全球頂尖科研機構及團隊進駐河套合作區",
    },
    summary: {
      en: "The Shenzhen-Hong Kong Science and Technology Innovation Cooperation Zone should draw leading research institutions, universities and enterprises with preferential tax policies, research funding and complete supporting infrastructure. Enterprises and institutes there should form an industry–university–research–application system that speeds the transfer of results.",
      zhHans:
        "深港科技创新合作区应通过税收优惠、科研经费支持和完善的基础设施配套，吸引世界一流科研机构、高校和企业入驻，集聚国内外一流科研团队开展前沿研究；鼓励企业与科研机构构建产学研用深度融合的创新体系，加快科技成果转化应用。",
      zhHant:
        "深港科技創新合作區應透過稅務優惠、科研資助及完善的基建配套，吸引世界頂尖科研機構、大學和企業進駐，匯聚海內外一流科研團隊進行前沿研究；鼓勵企業與科研機構建立產學研用緊密結合的創新體系，加快科研成果轉化及應用。",
    },
    rationale:
      "Answers 3.2.1.1 (limited breakthrough ability of core technology): key technologies in chips, high-end equipment and new materials remain dependent on others, so frontier research capacity must be concentrated.",
    theme: "innovation",
    horizon: "medium",
    priority: "high",
    status: "in_progress",
    acceptance: "accepted",
    health: "on_track",
    targetDate: "2027-12-31",
    documentKey: "004_7d5a100826662ce7",
    locator:
      "Section 4.4.1.1 The agglomeration of scientific and technological innovation resources (Shenzhen-Hong Kong Science and Technology Innovation Cooperation Zone)",
    excerpt:
      "By providing preferential tax policies, research funding support, and complete infrastructure supporting facilities, the zone will attract first-class research teams from home and abroad to conduct cutting-edge scientific and technological research.",
    owners: [
      { agencyKey: "sz-stic", role: "lead" },
      { agencyKey: "hk-itib", role: "lead" },
      { agencyKey: "joint-hsitp", role: "supporting" },
    ],
    actions: [
      {
        title: {
          en: "Publish the zone's research institution attraction package",
          zhHans: "发布合作区科研机构引进政策包",
          zhHant: "公布合作區吸引科研機構的政策組合",
        },
        description: {
          en: "Announce tax, funding and space terms for world-class research institutions and university labs settling in the Shenzhen park of the zone.",
          zhHans: "公布对入驻合作区深圳园区的世界一流科研机构和高校实验室给予的税收、资金和空间支持条件。",
          zhHant: "公布為進駐合作區深圳園區的世界級科研機構及大學實驗室提供的稅務、資助及空間安排。",
        },
        agencyKey: "sz-stic",
        status: "done",
        progress: 100,
        dueDate: "2025-11-30",
      },
      {
        title: {
          en: "Sign agreements with overseas research institutes for the Hong Kong park",
          zhHans: "与海外科研机构签署入驻香港园区协议",
          zhHant: "與海外研究機構簽署進駐香港園區的協議",
        },
        description: {
          en: "Conclude settlement agreements with at least three overseas research institutes for the Hong Kong Park of the Loop.",
          zhHans: "与不少于三家海外科研机构签署入驻河套香港园区的协议。",
          zhHant: "與最少三間海外研究機構簽署進駐河套香港園區的協議。",
        },
        agencyKey: "hk-itib",
        status: "in_progress",
        progress: 50,
        dueDate: "2027-03-31",
      },
      {
        title: {
          en: "Open shared lab and pilot-test facilities to resident teams",
          zhHans: "向入驻团队开放共享实验室和中试设施",
          zhHant: "向進駐團隊開放共用實驗室及中試設施",
        },
        description: {
          en: "Commission shared laboratory and pilot-production space in the zone for resident research teams and enterprises.",
          zhHans: "在合作区内建成并启用共享实验室和中试生产空间，供入驻科研团队和企业使用。",
          zhHant: "在合作區內啟用共用實驗室及中試生產空間，供進駐的科研團隊及企業使用。",
        },
        agencyKey: "joint-hsitp",
        status: "in_progress",
        progress: 65,
        dueDate: "2026-12-31",
      },
    ],
  },
  {
    code: "R-004-4.4.1.2",
    title: {
      en: "Make the cooperation zone a bridge for international science and technology cooperation",
      zhHans: "将合作区打造为国际科技合作桥梁",
      zhHant: "把合作區打造成國際科技合作橋樑",
    },
    summary: {
      en: "Hold international science and technology forums and exhibitions in the cooperation zone to strengthen ties with global innovation centres. Jointly apply for and run transnational research projects, and widen cooperation with Belt and Road countries and regions.",
      zhHans:
        "在合作区举办国际科技论坛、展会等活动，加强与全球科技创新中心的交流合作；积极推动跨国科研项目的联合申报与实施，并深化与“一带一路”沿线国家和地区的科技合作。",
      zhHant:
        "在合作區舉辦國際科技論壇、展覽等活動，加強與全球科技創新中心的交流合作；積極推動聯合申請及推行跨國科研項目，並深化與「一帶一路」沿線國家和地區的科技合作。",
    },
    rationale:
      "Answers 3.2.1.1 and 3.2.2.2: weak core-technology breakthroughs and poor information sharing and communication limit in-depth innovation cooperation.",
    theme: "innovation",
    horizon: "short",
    priority: "medium",
    status: "accepted",
    acceptance: "accepted",
    health: "at_risk",
    targetDate: "2025-12-31",
    documentKey: "004_7d5a100826662ce7",
    locator: "Section 4.4.1.2 Bridge for international scientific and technological cooperation",
    excerpt:
      "Exchanges and cooperation with global science and technology innovation centers should be strengthened by holding international science and technology forums, exhibitions and other activities.",
    owners: [
      { agencyKey: "hk-itib", role: "lead" },
      { agencyKey: "sz-stic", role: "lead" },
      { agencyKey: "hk-hkstp", role: "supporting" },
    ],
    actions: [
      {
        title: {
          en: "Host an annual Loop international science and technology forum",
          zhHans: "举办河套国际科技论坛年会",
          zhHant: "舉辦河套國際科技論壇年會",
        },
        description: {
          en: "Organise the first international forum in the cooperation zone bringing together global innovation centres and research funders.",
          zhHans: "在合作区举办首届国际论坛，汇聚全球科技创新中心和科研资助机构。",
          zhHant: "在合作區舉辦首屆國際論壇，匯聚全球創新中心及科研資助機構。",
        },
        agencyKey: "hk-itib",
        status: "in_progress",
        progress: 40,
        dueDate: "2026-10-31",
      },
      {
        title: {
          en: "Set up a joint call for transnational research projects",
          zhHans: "设立跨国科研项目联合征集",
          zhHant: "設立跨國科研項目聯合徵集",
        },
        description: {
          en: "Launch a co-funded call for research projects involving partners in Shenzhen, Hong Kong and at least one overseas country.",
          zhHans: "发布联合资助项目征集，支持由深圳、香港及至少一个海外国家的合作伙伴共同参与的科研项目。",
          zhHant: "推出聯合資助項目徵集，支持由深圳、香港及最少一個海外國家的夥伴共同參與的研究項目。",
        },
        agencyKey: "sz-stic",
        status: "todo",
        progress: 0,
        dueDate: "2026-09-30",
      },
      {
        title: {
          en: "Run a Belt and Road technology partner programme",
          zhHans: "实施“一带一路”科技合作伙伴计划",
          zhHant: "推行「一帶一路」科技夥伴計劃",
        },
        description: {
          en: "Arrange delegation visits and soft-landing support for technology firms from Belt and Road economies.",
          zhHans: "为来自“一带一路”沿线经济体的科技企业安排代表团考察和落地支持服务。",
          zhHant: "為來自「一帶一路」沿線經濟體的科技企業安排代表團訪問及提供軟着陸支援。",
        },
        agencyKey: "hk-hkstp",
        status: "todo",
        progress: 0,
        dueDate: "2027-06-30",
      },
    ],
  },
  {
    code: "R-004-4.4.1.3",
    title: {
      en: "Build an innovation and entrepreneurship ecosystem in the cooperation zone",
      zhHans: "构建合作区创新创业生态",
      zhHant: "建構合作區創新創業生態",
    },
    summary: {
      en: "Set up innovation and entrepreneurship funds, incubators and accelerators in the cooperation zone to offer start-ups a full range of services. Strengthen intellectual property protection and work with financial institutions to give projects diversified financing channels.",
      zhHans:
        "在合作区设立创新创业基金、孵化器和加速器等支持机构，为初创企业和团队提供全方位创业服务；加强知识产权保护，并深化与金融机构合作，为创新创业项目提供多元化融资渠道。",
      zhHant:
        "在合作區設立創新創業基金、培育中心及加速器等支援機構，為初創企業及團隊提供全方位創業服務；加強知識產權保護，並與金融機構加強合作，為創新創業項目提供多元化融資渠道。",
    },
    rationale:
      "Answers 3.2.1.3 (low efficiency in the transformation of scientific research results): weak market orientation, IP and benefit-distribution problems, and limited financing channels keep results from reaching production.",
    theme: "innovation",
    horizon: "medium",
    priority: "high",
    status: "in_progress",
    acceptance: "accepted",
    health: "at_risk",
    targetDate: "2027-12-31",
    documentKey: "004_7d5a100826662ce7",
    locator: "Section 4.4.1.3 Building an innovation and entrepreneurship ecosystem",
    excerpt:
      "By setting up support institutions such as innovation and entrepreneurship funds, incubators and accelerators, the zone will provide a full range of entrepreneurship services to start-ups and teams.",
    owners: [
      { agencyKey: "sz-stic", role: "lead" },
      { agencyKey: "hk-hkstp", role: "lead" },
      { agencyKey: "sz-amr", role: "supporting" },
    ],
    actions: [
      {
        title: {
          en: "Launch a cross-boundary incubator and accelerator network",
          zhHans: "建立跨境孵化器和加速器网络",
          zhHant: "建立跨境培育中心及加速器網絡",
        },
        description: {
          en: "Link incubators in the Shenzhen and Hong Kong parks so that start-ups admitted on one side get space and services on the other.",
          zhHans: "联通深圳园区和香港园区的孵化器，使在一方入孵的初创企业可在另一方获得场地和服务。",
          zhHant: "連繫深圳園區與香港園區的培育中心，讓在其中一方獲取錄的初創企業可在另一方獲得場地及服務。",
        },
        agencyKey: "hk-hkstp",
        status: "in_progress",
        progress: 55,
        dueDate: "2026-07-31",
      },
      {
        title: {
          en: "Establish a seed fund for cooperation-zone start-ups",
          zhHans: "设立合作区初创企业种子基金",
          zhHant: "設立合作區初創企業種子基金",
        },
        description: {
          en: "Set up a government-guided seed fund co-investing with venture capital in start-ups based in the zone.",
          zhHans: "设立政府引导种子基金，与创业投资机构联合投资合作区内的初创企业。",
          zhHant: "設立由政府引導的種子基金，與風險投資機構共同投資合作區內的初創企業。",
        },
        agencyKey: "sz-stic",
        status: "in_progress",
        progress: 30,
        dueDate: "2027-06-30",
      },
      {
        title: {
          en: "Open an IP protection service station in the zone",
          zhHans: "在合作区设立知识产权保护工作站",
          zhHant: "在合作區設立知識產權保護工作站",
        },
        description: {
          en: "Provide fast-track patent examination, IP advice and rights-protection services to enterprises in the zone.",
          zhHans: "为合作区内企业提供专利快速预审、知识产权咨询和维权服务。",
          zhHant: "為合作區內企業提供專利快速預審、知識產權諮詢及維權服務。",
        },
        agencyKey: "sz-amr",
        status: "done",
        progress: 100,
        dueDate: "2026-03-31",
      },
    ],
  },
  {
    code: "R-004-4.4.2.1",
    title: {
      en: "Make Qianhai a testbed for opening up the service industry",
      zhHans: "把前海建设为服务业开放创新高地",
      zhHant: "把前海建設成服務業開放創新高地",
    },
    summary: {
      en: "Qianhai should explore new models for opening the service sector, easing market-access restrictions and improving the business environment to attract internationally renowned firms. Enterprises should be encouraged to trade services across the border and develop innovative financial formats.",
      zhHans:
        "前海合作区应积极探索服务业开放新模式、新路径，通过放宽市场准入限制、优化营商环境，吸引更多国际知名企业入驻；鼓励企业开展跨境服务贸易、发展创新金融业态，推动服务业国际化。",
      zhHant:
        "前海合作區應積極探索服務業開放的新模式和新路徑，透過放寬市場准入限制、優化營商環境，吸引更多國際知名企業進駐；鼓勵企業開展跨境服務貿易及發展創新金融業態，推動服務業國際化。",
    },
    rationale:
      "Answers 3.1 (inadequate alignment of systems and standards): hidden institutional barriers hamper the flow of modern service factors and leave the two places poorly connected in high-end services.",
    theme: "trade_services",
    horizon: "medium",
    priority: "high",
    status: "in_progress",
    acceptance: "accepted",
    health: "on_track",
    targetDate: "2027-12-31",
    documentKey: "004_7d5a100826662ce7",
    locator:
      "Section 4.4.2.1 Innovation highland for the opening up of the service industry (Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone)",
    excerpt:
      "More internationally renowned companies should be attracted to the zone by easing restrictions on market access and optimizing the business environment.",
    owners: [
      { agencyKey: "sz-qianhai", role: "lead" },
      { agencyKey: "hk-cedb", role: "lead" },
    ],
    actions: [
      {
        title: {
          en: "Publish Qianhai's shortened market-access negative list for services",
          zhHans: "发布前海缩减版服务业市场准入负面清单",
          zhHant: "發布前海精簡版服務業市場准入負面清單",
        },
        description: {
          en: "Propose and issue a Qianhai-specific list of service sectors where Hong Kong and foreign firms face fewer access restrictions.",
          zhHans: "提出并发布前海专属的服务业领域清单，对香港及境外企业进一步放宽准入限制。",
          zhHant: "提出並發布前海專屬的服務業清單，進一步放寬香港及境外企業在相關行業的准入限制。",
        },
        agencyKey: "sz-qianhai",
        status: "done",
        progress: 100,
        dueDate: "2025-12-31",
      },
      {
        title: {
          en: "Recognise Hong Kong professional qualifications in Qianhai",
          zhHans: "推动香港专业资格在前海获得认可",
          zhHant: "推動香港專業資格在前海獲得認可",
        },
        description: {
          en: "Extend the list of Hong Kong professions allowed to practise in Qianhai through registration rather than re-examination.",
          zhHans: "扩大香港专业人士以备案方式（无需重新考试）在前海执业的行业范围。",
          zhHant: "擴大香港專業人士以備案方式（無須重新應考）在前海執業的專業範圍。",
        },
        agencyKey: "hk-cedb",
        status: "in_progress",
        progress: 60,
        dueDate: "2027-01-31",
      },
    ],
  },
  {
    code: "R-004-4.4.2.2",
    title: {
      en: "Build clusters of finance, logistics and IT services in Qianhai",
      zhHans: "推动前海金融、物流和信息技术服务业集群发展",
      zhHant: "推動前海金融、物流及資訊科技服務業集群發展",
    },
    summary: {
      en: "Focus the Qianhai cooperation zone on modern services such as finance, logistics and information technology, attracting and growing internationally competitive leading firms and service brands. Strengthen links along the upstream and downstream of the service chain to lift overall competitiveness.",
      zhHans:
        "前海合作区聚焦金融、物流、信息技术等现代服务业，引进和培育一批具有国际竞争力的龙头企业和服务品牌，形成产业集聚效应；加强产业链上下游协同融合，提升服务业整体竞争力。",
      zhHant:
        "前海合作區聚焦金融、物流、資訊科技等現代服務業，引進及培育一批具國際競爭力的龍頭企業和服務品牌，形成產業集聚效應；加強產業鏈上下游的協同融合，提升服務業整體競爭力。",
    },
    rationale:
      "Answers 3.1: poor connectivity between Shenzhen and Hong Kong in the modern high-end service sector, which weakens the depth of cooperation.",
    theme: "trade_services",
    horizon: "long",
    priority: "medium",
    status: "proposed",
    acceptance: "pending",
    health: null,
    targetDate: "2030-12-31",
    documentKey: "004_7d5a100826662ce7",
    locator: "Section 4.4.2.2 Cluster development of modern service industries",
    excerpt:
      "The cooperation zone shall focus on the development of modern service industries such as finance, logistics and information technology. By introducing and cultivating a group of internationally competitive leading enterprises and service brands, the agglomeration effect of modern service industries will be formed.",
    owners: [
      { agencyKey: "sz-qianhai", role: "lead" },
      { agencyKey: "hk-fstb", role: "lead" },
    ],
    actions: [
      {
        title: {
          en: "Map leading service firms to target for Qianhai",
          zhHans: "梳理前海重点招引的服务业龙头企业",
          zhHant: "整理前海重點招攬的服務業龍頭企業",
        },
        description: {
          en: "Compile a target list of internationally competitive finance, logistics and IT service firms and their Hong Kong links.",
          zhHans: "编制具有国际竞争力的金融、物流和信息技术服务企业目标清单，并列明其与香港的业务联系。",
          zhHant: "編製具國際競爭力的金融、物流及資訊科技服務企業目標名單，並列明其與香港的業務聯繫。",
        },
        agencyKey: "sz-qianhai",
        status: "todo",
        progress: 0,
        dueDate: "2027-03-31",
      },
      {
        title: {
          en: "Propose a Hong Kong–Qianhai financial services cluster plan",
          zhHans: "提出香港与前海金融服务业集群发展方案",
          zhHant: "提出香港與前海金融服務業集群發展方案",
        },
        description: {
          en: "Draft a plan for which Hong Kong financial institutions' back-office and fintech functions could cluster in Qianhai.",
          zhHans: "拟定方案，研究香港金融机构的哪些后台运营和金融科技职能可在前海集聚。",
          zhHant: "擬備方案，研究香港金融機構的哪些後勤及金融科技職能可在前海集聚。",
        },
        agencyKey: "hk-fstb",
        status: "todo",
        progress: 0,
        dueDate: "2027-09-30",
      },
    ],
  },
  {
    code: "R-004-4.4.2.3",
    title: {
      en: "Cut the cost and time of cross-border services through Qianhai",
      zhHans: "降低前海跨境服务的成本与时间",
      zhHant: "減低經前海提供跨境服務的成本和時間",
    },
    summary: {
      en: "Qianhai should coordinate with Hong Kong on laws, regulations and regulatory mechanisms, and promote cooperation on customs clearance facilitation and currency exchange liberalisation to reduce the cost and time of cross-border services. Freer movement of talent should back this up.",
      zhHans:
        "前海应加强与香港在法律法规和监管机制等方面的沟通协调，推动两地在通关便利化和货币兑换自由化方面的合作，降低跨境服务的费用和时间成本，并促进人才自由流动，为跨境服务提供人才支撑。",
      zhHant:
        "前海應加強與香港在法律、規例及監管機制等方面的溝通協調，推動兩地在通關便利化和貨幣兌換自由化方面的合作，減低跨境服務的費用和時間成本，並促進人才自由流動，為跨境服務提供人才支援。",
    },
    rationale:
      "Answers 3.1 and 3.3.1.1: differences in legal and administrative systems create uncertainty in applying the law and communication barriers, and cross-border movement remains costly.",
    theme: "trade_services",
    horizon: "medium",
    priority: "high",
    status: "in_progress",
    acceptance: "partially_accepted",
    health: "off_track",
    targetDate: "2027-12-31",
    documentKey: "004_7d5a100826662ce7",
    locator: "Section 4.4.2.3 Facilitation of cross-border services",
    excerpt:
      "The cost and time cost of cross-border services should be reduced by promoting cooperation between the two places in customs clearance facilitation and currency exchange liberalization.",
    owners: [
      { agencyKey: "sz-qianhai", role: "lead" },
      { agencyKey: "hk-cmab", role: "lead" },
      { agencyKey: "hk-hkma", role: "supporting" },
    ],
    actions: [
      {
        title: {
          en: "Set up a Qianhai–Hong Kong rules alignment working group",
          zhHans: "成立前海与香港规则衔接工作组",
          zhHant: "成立前海與香港規則銜接工作小組",
        },
        description: {
          en: "Form a standing group to review conflicting rules affecting cross-border legal, accounting and consulting services.",
          zhHans: "组建常设工作组，审视影响跨境法律、会计和咨询服务的规则冲突。",
          zhHant: "成立常設小組，檢視影響跨境法律、會計及顧問服務的規則衝突。",
        },
        agencyKey: "hk-cmab",
        status: "in_progress",
        progress: 25,
        dueDate: "2026-05-31",
      },
      {
        title: {
          en: "Pilot smart customs clearance for service providers",
          zhHans: "试行服务业人员智慧通关",
          zhHant: "試行服務業人員智慧通關",
        },
        description: {
          en: "Introduce a fast-track clearance channel at the Shenzhen Bay port for registered Hong Kong service professionals.",
          zhHans: "在深圳湾口岸为已备案的香港专业服务人士开设快速通关通道。",
          zhHant: "在深圳灣口岸為已登記的香港專業服務人士設立快速通關通道。",
        },
        agencyKey: "sz-qianhai",
        status: "blocked",
        progress: 20,
        dueDate: "2026-08-31",
      },
      {
        title: {
          en: "Widen cross-border RMB and HKD exchange for service payments",
          zhHans: "扩大服务贸易项下人民币与港元跨境兑换",
          zhHant: "擴大服務付款的跨境人民幣與港元兌換",
        },
        description: {
          en: "Work with banks to raise conversion limits and speed settlement for cross-border service fees paid through Qianhai.",
          zhHans: "与银行合作提高兑换限额，加快经前海支付的跨境服务费用结算。",
          zhHant: "與銀行合作提高兌換限額，加快經前海支付的跨境服務費用的結算。",
        },
        agencyKey: "hk-hkma",
        status: "todo",
        progress: 0,
        dueDate: "2027-06-30",
      },
    ],
  },
  {
    code: "R-004-4.4.3.1",
    title: {
      en: "Lead intelligent manufacturing at the Shenzhen Advanced Manufacturing Park",
      zhHans: "推动深圳先进制造园区引领智能制造",
      zhHant: "推動深圳先進製造園區引領智能製造",
    },
    summary: {
      en: "The park should bring in and grow leading and high-tech enterprises in intelligent manufacturing and apply industrial Internet, big data and artificial intelligence to raise the intelligence of manufacturing. It should tighten industry–university–research–application links to develop and commercialise intelligent manufacturing technology.",
      zhHans:
        "园区应引进和培育一批智能制造领域的龙头企业和高新技术企业，推动工业互联网、大数据、人工智能等先进技术在制造业中的应用，提升制造业智能化水平；同时加强产学研用结合，推动智能制造技术研发和成果转化。",
      zhHant:
        "園區應引進及培育一批智能製造領域的龍頭企業和高新科技企業，推動工業互聯網、大數據、人工智能等先進技術在製造業的應用，提升製造業智能化水平；同時加強產學研用結合，推動智能製造技術的研發及成果轉化。",
    },
    rationale:
      "Answers 3.2.1.1 (limited breakthrough ability of core technology): high-end equipment and related technologies are still controlled by others, and Hong Kong lacks manufacturing innovation capability.",
    theme: "industry",
    horizon: "medium",
    priority: "medium",
    status: "accepted",
    acceptance: "accepted",
    health: "on_track",
    targetDate: "2027-12-31",
    documentKey: "004_7d5a100826662ce7",
    locator: "Section 4.4.3.1 The leading of intelligent manufacturing (Shenzhen Advanced Manufacturing Park)",
    excerpt:
      "By promoting the application of advanced technologies such as industrial Internet, big data and artificial intelligence in the manufacturing sector, the park should enhance the intelligent level of manufacturing.",
    owners: [
      { agencyKey: "sz-iitb", role: "lead" },
      { agencyKey: "hk-itib", role: "lead" },
      { agencyKey: "sz-stic", role: "supporting" },
    ],
    actions: [
      {
        title: {
          en: "Launch an industrial Internet and AI adoption programme for park firms",
          zhHans: "实施园区企业工业互联网和人工智能应用推广计划",
          zhHant: "推行園區企業工業互聯網及人工智能應用計劃",
        },
        description: {
          en: "Subsidise pilot deployments of industrial Internet platforms and AI quality inspection in manufacturers located in the park.",
          zhHans: "资助园区内制造企业试点部署工业互联网平台和人工智能质量检测。",
          zhHant: "資助園區內製造商試行採用工業互聯網平台及人工智能品質檢測。",
        },
        agencyKey: "sz-iitb",
        status: "todo",
        progress: 0,
        dueDate: "2027-03-31",
      },
      {
        title: {
          en: "Match Hong Kong smart-production projects with park manufacturers",
          zhHans: "推动香港智能生产项目与园区制造企业对接",
          zhHant: "為香港智能生產項目與園區製造商配對",
        },
        description: {
          en: "Pair Hong Kong re-industrialisation and smart-production projects with Shenzhen manufacturers for joint pilot lines.",
          zhHans: "推动香港再工业化和智能生产项目与深圳制造企业对接，共建试点生产线。",
          zhHant: "為香港再工業化及智能生產項目與深圳製造商配對，合作設立試點生產線。",
        },
        agencyKey: "hk-itib",
        status: "todo",
        progress: 0,
        dueDate: "2027-06-30",
      },
    ],
  },
  {
    code: "R-004-4.4.3.2",
    title: {
      en: "Promote green manufacturing standards and circular economy in the park",
      zhHans: "在园区推广绿色制造和循环经济",
      zhHant: "在園區推廣綠色製造及循環經濟",
    },
    summary: {
      en: "The park should spread green manufacturing technologies and processes, set strict environmental standards and energy-saving and emission-reduction measures, and encourage enterprises to adopt circular economy practices and comprehensive resource use.",
      zhHans:
        "园区应大力推广绿色制造技术和工艺，制定严格的环保标准及节能减排措施，减少制造业对环境的负面影响；鼓励企业开展循环经济实践和资源综合利用，提升制造业绿色发展水平。",
      zhHant:
        "園區應大力推廣綠色製造技術及工序，訂立嚴格的環保標準和節能減排措施，減少製造業對環境的負面影響；鼓勵企業推行循環經濟及資源綜合利用，提升製造業的綠色發展水平。",
    },
    rationale:
      "Section 3 names no environmental constraint; the measure serves the paper's sustainable-development goal for manufacturing and, with 3.2.1.2, directs R&D investment into under-funded green manufacturing fields.",
    theme: "industry",
    horizon: "long",
    priority: "low",
    status: "proposed",
    acceptance: "pending",
    health: null,
    targetDate: "2030-12-31",
    documentKey: "004_7d5a100826662ce7",
    locator: "Section 4.4.3.2 Promotion of green manufacturing",
    excerpt:
      "It should reduce the negative impact of manufacturing on the environment by establishing strict environmental standards and measures to save energy and reduce emissions.",
    owners: [
      { agencyKey: "sz-iitb", role: "lead" },
      { agencyKey: "sz-drc", role: "supporting" },
      { agencyKey: "hk-hkstp", role: "supporting" },
    ],
    actions: [
      {
        title: {
          en: "Draft green factory standards for the park",
          zhHans: "制定园区绿色工厂标准",
          zhHant: "草擬園區綠色工廠標準",
        },
        description: {
          en: "Prepare energy, emissions and waste standards that enterprises entering the park must meet.",
          zhHans: "拟定入园企业须达到的能耗、排放和废弃物标准。",
          zhHant: "擬備進駐園區企業須符合的能源、排放及廢物標準。",
        },
        agencyKey: "sz-iitb",
        status: "todo",
        progress: 0,
        dueDate: "2027-06-30",
      },
      {
        title: {
          en: "Scope a circular economy pilot with Hong Kong green-tech firms",
          zhHans: "研究与香港绿色科技企业开展循环经济试点",
          zhHant: "研究與香港綠色科技企業推行循環經濟試點",
        },
        description: {
          en: "Identify Hong Kong green technology start-ups able to supply recycling and energy-saving solutions to park manufacturers.",
          zhHans: "物色能够为园区制造企业提供回收利用和节能解决方案的香港绿色科技初创企业。",
          zhHant: "物色能為園區製造商提供回收及節能方案的香港綠色科技初創企業。",
        },
        agencyKey: "hk-hkstp",
        status: "todo",
        progress: 0,
        dueDate: "2027-09-30",
      },
    ],
  },
  {
    code: "R-004-4.4.3.3",
    title: {
      en: "Build public service platforms and industrial alliances along the manufacturing chain",
      zhHans: "搭建公共服务平台与产业联盟，促进产业链协同创新",
      zhHant: "建立公共服務平台及產業聯盟，促進產業鏈協同創新",
    },
    summary: {
      en: "Strengthen collaboration between upstream and downstream enterprises by building public service platforms and industrial alliances around the park. Encourage cross-border integration and joint innovation so that manufacturing moves toward the high end of the value chain.",
      zhHans:
        "通过建设公共服务平台、组建产业联盟，促进园区产业链上下游企业紧密合作与交流；鼓励企业开展跨界融合和协同创新，推动制造业向价值链高端延伸。",
      zhHant:
        "透過建設公共服務平台及組成產業聯盟，促進園區產業鏈上下游企業緊密合作交流；鼓勵企業開展跨界融合及協同創新，推動製造業邁向價值鏈高端。",
    },
    rationale:
      "Answers 3.2.2.1 and 3.2.2.2: the lack of a unified coordination mechanism leads to resource dispersion and duplicated construction, and poor information sharing raises cooperation costs.",
    theme: "industry",
    horizon: "medium",
    priority: "medium",
    status: "proposed",
    acceptance: "pending",
    health: null,
    targetDate: "2027-12-31",
    documentKey: "004_7d5a100826662ce7",
    locator: "Section 4.4.3.3 Innovation in industrial chain coordination",
    excerpt:
      "Close cooperation and exchanges between upstream and downstream enterprises in the industrial chain should be promoted by building public service platforms and establishing industrial alliances.",
    owners: [
      { agencyKey: "sz-iitb", role: "lead" },
      { agencyKey: "hk-itib", role: "lead" },
    ],
    actions: [
      {
        title: {
          en: "Propose a Shenzhen–Hong Kong manufacturing chain alliance",
          zhHans: "倡议组建深港制造业产业链联盟",
          zhHant: "倡議組成深港製造業產業鏈聯盟",
        },
        description: {
          en: "Draft the charter and founding membership for an alliance of upstream and downstream manufacturers and Hong Kong service providers.",
          zhHans: "拟定由上下游制造企业和香港服务提供商组成的联盟章程及首批成员名单。",
          zhHant: "草擬由上下游製造商及香港服務提供者組成的聯盟的章程及創會成員名單。",
        },
        agencyKey: "sz-iitb",
        status: "todo",
        progress: 0,
        dueDate: "2027-03-31",
      },
      {
        title: {
          en: "Scope a shared testing and certification platform",
          zhHans: "研究建设共享检验检测认证平台",
          zhHant: "研究設立共用檢測認證平台",
        },
        description: {
          en: "Assess demand for a public testing, certification and design platform serving park enterprises and Hong Kong suppliers.",
          zhHans: "评估建设服务园区企业和香港供应商的公共检验检测、认证和设计平台的需求。",
          zhHant: "評估為園區企業及香港供應商而設的公共檢測、認證及設計平台的需求。",
        },
        agencyKey: "hk-itib",
        status: "todo",
        progress: 0,
        dueDate: "2027-09-30",
      },
    ],
  },
];
