import type { SeedRecommendation } from "./types";

/**
 * Recommendations drawn from three shorter documents:
 * - 003_796b3ef5c51271de (China Daily Hong Kong report on the 2022 Shenzhen-Hong Kong Cooperation Forum):
 *   proposals quoted from named experts (paragraphs 6, 11, 13, 14, 17, 18);
 * - 002_94daefef321193f7 (research outline on science and technology service industry cooperation):
 *   core goals (paragraphs 4–6) and the rules-convergence focus (paragraph 10), with 2025 / medium-term / 2030 horizons;
 * - 000_b7b9a951cab1b37d (report abstract): the proposed new cooperation pattern (paragraph 3).
 * Paragraphs are counted as non-empty lines of each text file, title or photo caption = paragraph 1.
 */
export const recommendations000002003: SeedRecommendation[] = [
  {
    code: "R-003-P6",
    title: {
      en: "Move Shenzhen–Hong Kong cooperation to integrated development of industry, innovation and talent chains",
      zhHans: "推动深港合作迈向产业链、创新链、人才链一体化发展",
      zhHant: "推動深港合作邁向產業鏈、創新鏈、人才鏈融合發展",
    },
    summary: {
      en: "Take the partnership beyond ‘front shop, back factory’ and ‘joint innovation’ to integrated development, planning the two cities' industry, innovation and talent chains as one system.",
      zhHans:
        "在“前店后厂”和“联合创新”之后，把深港合作推进到一体化发展阶段，将两地的产业链、创新链和人才链作为整体统筹谋划。",
      zhHant:
        "在「前店後廠」和「聯合創新」之後，將深港合作推進至融合發展階段，把兩地的產業鏈、創新鏈和人才鏈視作一個整體統籌規劃。",
    },
    rationale:
      "Yeung argues the two cities still have tremendous room for integration across the industry, innovation and talent chains (paragraph 7).",
    theme: "industry",
    horizon: "medium",
    priority: "high",
    status: "in_progress",
    acceptance: "accepted",
    health: "on_track",
    targetDate: "2027-12-31",
    documentKey: "003_796b3ef5c51271de",
    locator: "Paragraph 6 (Allen Yeung, member of the Digital Economy Development Committee)",
    excerpt:
      "Now, they need to move forward to ‘integrated development’,” said Allen Yeung, a member of Digital Economy Development Committee set up by Hong Kong Special Administrative Region government.",
    owners: [
      { agencyKey: "sz-drc", role: "lead" },
      { agencyKey: "hk-itib", role: "lead" },
      { agencyKey: "sz-hrss", role: "supporting" },
    ],
    actions: [
      {
        title: {
          en: "Map the two cities' industry, innovation and talent chains",
          zhHans: "绘制两地产业链、创新链和人才链图谱",
          zhHant: "繪製兩地產業鏈、創新鏈及人才鏈圖譜",
        },
        description: {
          en: "Compile a joint map of where Shenzhen and Hong Kong firms, labs and skills overlap or leave gaps in priority sectors.",
          zhHans: "联合编制图谱，标明深港两地企业、实验室和人才技能在重点领域中的重叠之处和薄弱环节。",
          zhHant: "聯合編製圖譜，顯示深港兩地企業、實驗室及人才技能在重點行業中的重疊之處和不足。",
        },
        agencyKey: "sz-drc",
        status: "done",
        progress: 100,
        dueDate: "2025-10-31",
      },
      {
        title: {
          en: "Agree a joint integrated-development work plan",
          zhHans: "商定一体化发展联合工作方案",
          zhHant: "議定融合發展聯合工作計劃",
        },
        description: {
          en: "Draft and sign a two-city work plan setting integration targets for each chain and the lead bureau for each target.",
          zhHans: "起草并签署两地工作方案，明确各链条的一体化目标及各项目标的牵头部门。",
          zhHant: "草擬並簽署兩地工作計劃，訂明每條鏈的融合目標及負責每項目標的牽頭政策局。",
        },
        agencyKey: "hk-itib",
        status: "in_progress",
        progress: 60,
        dueDate: "2026-12-31",
      },
      {
        title: {
          en: "Launch a cross-boundary talent-chain pilot",
          zhHans: "开展跨境人才链试点",
          zhHant: "推行跨境人才鏈試點",
        },
        description: {
          en: "Pilot mutual recognition of technical skills for engineers moving between Shenzhen and Hong Kong employers.",
          zhHans: "试行职业技能互认，便利工程师在深港两地用人单位之间流动。",
          zhHant: "試行技術技能互認，便利工程師在深港兩地僱主之間流動。",
        },
        agencyKey: "sz-hrss",
        status: "todo",
        progress: 0,
        dueDate: "2027-06-30",
      },
    ],
  },
  {
    code: "R-003-P11",
    title: {
      en: "Split the semiconductor value chain: chip design and EDA tools in Hong Kong, pilot testing and mass production in Shenzhen",
      zhHans: "分工共建半导体产业链：香港主攻芯片设计与EDA工具，深圳负责中试与量产",
      zhHant: "分工共建半導體產業鏈：香港專注晶片設計及EDA工具，深圳負責中試及量產",
    },
    summary: {
      en: "Use the cities' complementary strengths to support national chip self-sufficiency: Hong Kong develops chip design and Electronic Design Automation tools, Shenzhen handles pilot-plant testing and volume manufacturing.",
      zhHans:
        "发挥两地互补优势，助力国家芯片自主可控：香港发展芯片设计和电子设计自动化（EDA）工具，深圳承担中试验证和规模化生产。",
      zhHant:
        "善用兩地互補優勢，支援國家晶片自主發展：香港發展晶片設計及電子設計自動化（EDA）工具，深圳則負責中試驗證及大規模生產。",
    },
    rationale:
      "US export curbs, including the CHIPS and Science Act, could impede China's technology sector; Yeung sees the semiconductor sector as a case for complementary Shenzhen–Hong Kong work (paragraphs 9–10).",
    theme: "industry",
    horizon: "medium",
    priority: "high",
    status: "accepted",
    acceptance: "accepted",
    health: "at_risk",
    targetDate: "2027-12-31",
    documentKey: "003_796b3ef5c51271de",
    locator: "Paragraph 11 (Allen Yeung, member of the Digital Economy Development Committee)",
    excerpt:
      "“Hong Kong can focus on design and the development of Electronic Design Automation tools, while Shenzhen can work on pilot plant tests and mass production,” Yeung said.",
    owners: [
      { agencyKey: "hk-itib", role: "lead" },
      { agencyKey: "sz-iitb", role: "lead" },
      { agencyKey: "hk-hkstp", role: "supporting" },
    ],
    actions: [
      {
        title: {
          en: "Set up an EDA tools R&D programme at Science Park",
          zhHans: "在香港科学园设立EDA工具研发计划",
          zhHant: "在科學園設立EDA工具研發計劃",
        },
        description: {
          en: "Open a funded call for chip-design and EDA tool projects hosted at Hong Kong Science Park.",
          zhHans: "公开征集在香港科学园开展的芯片设计和EDA工具项目，并给予资助。",
          zhHant: "公開邀請以香港科學園為基地的晶片設計及EDA工具項目申請資助。",
        },
        agencyKey: "hk-hkstp",
        status: "in_progress",
        progress: 35,
        dueDate: "2026-09-30",
      },
      {
        title: {
          en: "Designate Shenzhen pilot lines for Hong Kong designs",
          zhHans: "指定深圳中试线承接香港芯片设计",
          zhHant: "指定深圳中試線承接香港晶片設計",
        },
        description: {
          en: "Reserve capacity on Shenzhen pilot production lines for tape-outs of chips designed in Hong Kong.",
          zhHans: "在深圳中试生产线上预留产能，用于香港设计芯片的流片。",
          zhHant: "在深圳中試生產線預留產能，供香港設計的晶片流片。",
        },
        agencyKey: "sz-iitb",
        status: "blocked",
        progress: 15,
        dueDate: "2026-06-30",
      },
      {
        title: {
          en: "Sign a semiconductor cooperation memorandum",
          zhHans: "签署半导体合作备忘录",
          zhHant: "簽署半導體合作備忘錄",
        },
        description: {
          en: "Agree a memorandum setting out the design-to-production division of labour and a joint review cycle.",
          zhHans: "商定合作备忘录，明确从设计到生产的分工安排和联合评估周期。",
          zhHant: "議定合作備忘錄，訂明由設計至生產的分工安排及聯合檢討周期。",
        },
        agencyKey: "hk-itib",
        status: "done",
        progress: 100,
        dueDate: "2025-12-15",
      },
    ],
  },
  {
    code: "R-003-P13",
    title: {
      en: "Have the Chief Executive lead Greater Bay Area affairs and set up a regular Shenzhen–Hong Kong communication mechanism",
      zhHans: "由香港特首牵头大湾区事务，并建立深港常态化沟通机制",
      zhHant: "由行政長官牽頭大灣區事務，並建立深港恆常溝通機制",
    },
    summary: {
      en: "Place Greater Bay Area matters under the Chief Executive's leadership with coordination by secretary-level officials, and create a standing channel for regular communication between the Hong Kong and Shenzhen governments.",
      zhHans:
        "粤港澳大湾区相关事务由香港行政长官牵头、司局长级官员统筹协调，同时在港深两地政府之间建立常态化沟通渠道。",
      zhHant: "粵港澳大灣區相關事務由行政長官牽頭、司長級官員統籌協調，並在港深兩地政府之間設立恆常溝通渠道。",
    },
    rationale:
      "Kan holds that innovating the two cities' governance systems is vital to lifting cooperation to a higher level (paragraph 12).",
    theme: "governance",
    horizon: "short",
    priority: "high",
    status: "in_progress",
    acceptance: "partially_accepted",
    health: "off_track",
    targetDate: "2025-12-31",
    documentKey: "003_796b3ef5c51271de",
    locator: "Paragraph 13 (Carmen Kan Wai-mun, Hong Kong Legislative Council member)",
    excerpt:
      "She suggested that matters related to the Guangdong-Hong Kong-Macao Greater Bay Area development be led by Hong Kong’s chief executive and coordinated by secretary-level officials and the neighboring cities of Hong Kong and Shenzhen set up a regular communication mechanism.",
    owners: [
      { agencyKey: "hk-cmab", role: "lead" },
      { agencyKey: "sz-drc", role: "lead" },
    ],
    actions: [
      {
        title: {
          en: "Propose a CE-led Greater Bay Area steering structure",
          zhHans: "提出由行政长官牵头的大湾区事务统筹架构",
          zhHant: "建議設立由行政長官領導的大灣區事務督導架構",
        },
        description: {
          en: "Submit a paper on a Chief Executive-chaired steering group with secretary-level coordinators for Greater Bay Area matters.",
          zhHans: "提交文件，建议设立由行政长官担任组长、司局长级官员负责统筹协调的大湾区事务领导小组。",
          zhHant: "提交文件，建議成立由行政長官主持、司長級官員負責統籌協調的大灣區事務督導小組。",
        },
        agencyKey: "hk-cmab",
        status: "done",
        progress: 100,
        dueDate: "2025-08-31",
      },
      {
        title: {
          en: "Agree terms of reference for quarterly Shenzhen–Hong Kong meetings",
          zhHans: "商定深港季度会议工作规则",
          zhHant: "議定深港季度會議的職權範圍",
        },
        description: {
          en: "Negotiate the agenda, membership and secretariat of a standing quarterly meeting between the two governments.",
          zhHans: "协商两地政府常设季度会议的议程、成员组成和秘书处安排。",
          zhHant: "商議兩地政府恆常季度會議的議程、成員組成及秘書處安排。",
        },
        agencyKey: "sz-drc",
        status: "in_progress",
        progress: 40,
        dueDate: "2026-03-31",
      },
    ],
  },
  {
    code: "R-003-P14",
    title: {
      en: "Jointly seek central support for a Lok Ma Chau Loop scheme or an updated Qianhai scheme",
      zhHans: "深港联合争取中央支持出台河套方案或升级版前海方案",
      zhHant: "深港攜手爭取中央支持推出河套方案或優化版前海方案",
    },
    summary: {
      en: "Hong Kong and Shenzhen should jointly ask the central government to launch a dedicated Lok Ma Chau Loop scheme, or an upgraded Qianhai scheme, to drive joint technological innovation and deeper integration.",
      zhHans: "港深两地联合向中央争取，出台专门的河套方案或升级版前海方案，以推动联合科技创新和更深层次融合。",
      zhHant: "港深兩地聯手向中央爭取，推出專屬的河套方案或優化版前海方案，推動聯合科技創新及更深度融合。",
    },
    rationale:
      "A central-government policy package would give the cross-boundary innovation zones the institutional room that local measures alone cannot provide.",
    theme: "innovation",
    horizon: "long",
    priority: "medium",
    status: "proposed",
    acceptance: "pending",
    health: null,
    targetDate: "2030-12-31",
    documentKey: "003_796b3ef5c51271de",
    locator: "Paragraph 14 (Carmen Kan Wai-mun, Hong Kong Legislative Council member)",
    excerpt:
      "Hong Kong and Shenzhen could also join hands to seek support from the central government to launch a Lok Ma Chau Loop scheme or an updated version of the Qianhai scheme to push forward with joint technological innovation and deeper integration, Kan said.",
    owners: [
      { agencyKey: "sz-stic", role: "lead" },
      { agencyKey: "hk-itib", role: "lead" },
      { agencyKey: "cn-hkmao", role: "supporting" },
    ],
    actions: [
      {
        title: {
          en: "Draft a joint policy request for a Lok Ma Chau Loop scheme",
          zhHans: "起草争取出台河套方案的联合政策建议",
          zhHant: "草擬爭取推出河套方案的聯合政策建議",
        },
        description: {
          en: "Prepare a joint Shenzhen–Hong Kong submission listing the policy powers a Loop scheme would need.",
          zhHans: "拟订深港联合呈报材料，列明河套方案所需的政策授权。",
          zhHant: "擬備深港聯合提交的文件，列明河套方案所需的政策權限。",
        },
        agencyKey: "sz-stic",
        status: "todo",
        progress: 0,
        dueDate: "2027-03-31",
      },
      {
        title: {
          en: "Brief the Hong Kong and Macao Affairs Office",
          zhHans: "向中央港澳办汇报",
          zhHant: "向中央港澳辦匯報",
        },
        description: {
          en: "Present the draft request to the national Hong Kong and Macao Affairs Office and collect its comments.",
          zhHans: "向中央港澳办汇报政策建议草案，并听取其意见。",
          zhHant: "向中央港澳辦匯報政策建議擬稿，並聽取其意見。",
        },
        agencyKey: "hk-itib",
        status: "todo",
        progress: 0,
        dueDate: "2027-06-30",
      },
    ],
  },
  {
    code: "R-003-P17",
    title: {
      en: "Position Hong Kong as the Greater Bay Area's RCEP hub for trade in services and financial investment",
      zhHans: "把香港打造为大湾区对接RCEP的服务贸易和金融投资枢纽",
      zhHant: "將香港打造為大灣區連接RCEP的服務貿易及金融投資樞紐",
    },
    summary: {
      en: "Use Hong Kong's edge as the link between the Greater Bay Area and RCEP members to expand trade in services and financial investment, helping rebuild regional supply chains.",
      zhHans:
        "发挥香港连接大湾区与RCEP成员的优势，重点发展服务贸易和金融投资，助力重塑区域供应链，提升其贸易和金融地位。",
      zhHant:
        "發揮香港連繫大灣區與RCEP成員的優勢，集中發展服務貿易及金融投資，協助重建區內供應鏈，鞏固其貿易及金融地位。",
    },
    rationale:
      "E Zhihuan sees new opportunities for Hong Kong in the Regional Comprehensive Economic Partnership as regional economic integration advances (paragraph 16).",
    theme: "trade_services",
    horizon: "medium",
    priority: "medium",
    status: "proposed",
    acceptance: "pending",
    health: null,
    targetDate: "2027-12-31",
    documentKey: "003_796b3ef5c51271de",
    locator: "Paragraph 17 (E Zhihuan, chief economist of the Bank of China (Hong Kong))",
    excerpt:
      "Hong Kong could take advantage of its edges to focus on trade in service and financial investment to help rebuild supply chains in the region and enhance its trade and financial status",
    owners: [
      { agencyKey: "hk-cedb", role: "lead" },
      { agencyKey: "sz-qianhai", role: "lead" },
    ],
    actions: [
      {
        title: {
          en: "Study RCEP service-trade openings for Greater Bay Area firms",
          zhHans: "研究RCEP为大湾区企业带来的服务贸易开放机遇",
          zhHant: "研究RCEP為大灣區企業帶來的服務貿易開放機遇",
        },
        description: {
          en: "Commission a study of which RCEP service-trade commitments Shenzhen and Hong Kong firms can use first.",
          zhHans: "委托开展研究，梳理深港企业可率先利用的RCEP服务贸易承诺。",
          zhHant: "委託進行研究，找出深港企業可率先善用的RCEP服務貿易承諾。",
        },
        agencyKey: "hk-cedb",
        status: "todo",
        progress: 0,
        dueDate: "2026-12-31",
      },
      {
        title: {
          en: "Set up an RCEP service desk in Qianhai",
          zhHans: "在前海设立RCEP服务窗口",
          zhHant: "在前海設立RCEP服務窗口",
        },
        description: {
          en: "Plan a Qianhai service desk that routes mainland firms to Hong Kong trade-finance and professional services for RCEP markets.",
          zhHans: "规划在前海设立服务窗口，引导内地企业对接香港的贸易融资和专业服务，开拓RCEP市场。",
          zhHant: "籌劃在前海設立服務窗口，協助內地企業對接香港的貿易融資及專業服務，以開拓RCEP市場。",
        },
        agencyKey: "sz-qianhai",
        status: "todo",
        progress: 0,
        dueDate: "2027-06-30",
      },
    ],
  },
  {
    code: "R-003-P18",
    title: {
      en: "Develop Hong Kong into an international green finance hub channelling capital to mainland green projects",
      zhHans: "推动香港发展为国际绿色金融中心，为内地绿色发展引资",
      zhHant: "推動香港發展為國際綠色金融樞紐，為內地綠色發展集資",
    },
    summary: {
      en: "Use Hong Kong's role as a bridge between international investors and mainland borrowers to raise funds for the country's green development, while strengthening green-finance disclosure, compliance and product range.",
      zhHans:
        "发挥香港连接国际投资者与内地融资方的桥梁作用，为国家绿色发展筹集资金，同时完善绿色金融的合规、信息披露和产品体系。",
      zhHant:
        "善用香港作為國際投資者與內地融資方之間橋樑的角色，為國家綠色發展集資，同時完善綠色金融的合規、資訊披露及產品種類。",
    },
    rationale:
      "E Zhihuan expects that as Hong Kong's green finance ecosystem, disclosure and appraisal systems mature, the city will grow into an international green finance hub (paragraph 19).",
    theme: "finance",
    horizon: "medium",
    priority: "high",
    status: "in_progress",
    acceptance: "accepted",
    health: "on_track",
    targetDate: "2027-12-31",
    documentKey: "003_796b3ef5c51271de",
    locator: "Paragraph 18 (E Zhihuan, chief economist of the Bank of China (Hong Kong))",
    excerpt:
      "Meanwhile, the city could help raise funds for the country’s green development, given its unique role as a bridge between international investors and those in search of capital on the Chinese mainland, E added.",
    owners: [
      { agencyKey: "hk-fstb", role: "lead" },
      { agencyKey: "sz-lfa", role: "lead" },
      { agencyKey: "hk-hkma", role: "supporting" },
    ],
    actions: [
      {
        title: {
          en: "Align green-bond disclosure standards",
          zhHans: "统一绿色债券信息披露标准",
          zhHant: "協調綠色債券資訊披露標準",
        },
        description: {
          en: "Publish a common disclosure template so that Shenzhen issuers' green bonds can be listed and marketed in Hong Kong.",
          zhHans: "发布通用信息披露模板，便利深圳发行人的绿色债券在香港上市和推介。",
          zhHant: "發布通用披露範本，方便深圳發行人的綠色債券在香港上市及推廣。",
        },
        agencyKey: "hk-fstb",
        status: "in_progress",
        progress: 70,
        dueDate: "2026-10-31",
      },
      {
        title: {
          en: "Build a pipeline of Shenzhen green projects",
          zhHans: "建立深圳绿色项目储备库",
          zhHant: "建立深圳綠色項目儲備",
        },
        description: {
          en: "Compile a list of Shenzhen green infrastructure projects ready to seek financing through Hong Kong markets.",
          zhHans: "梳理可通过香港市场融资的深圳绿色基础设施项目，形成项目清单。",
          zhHant: "編製可透過香港市場融資的深圳綠色基建項目清單。",
        },
        agencyKey: "sz-lfa",
        status: "done",
        progress: 100,
        dueDate: "2025-12-31",
      },
      {
        title: {
          en: "Extend the green finance grant scheme to Bay Area issuers",
          zhHans: "将绿色金融资助计划扩展至大湾区发行人",
          zhHant: "將綠色金融資助計劃擴展至大灣區發行人",
        },
        description: {
          en: "Review whether the green and sustainable finance grant scheme can cover bonds issued by Greater Bay Area entities in Hong Kong.",
          zhHans: "研究“绿色和可持续金融资助计划”能否涵盖大湾区机构在香港发行的债券。",
          zhHant: "研究「綠色和可持續金融資助計劃」能否涵蓋大灣區機構在香港發行的債券。",
        },
        agencyKey: "hk-hkma",
        status: "in_progress",
        progress: 30,
        dueDate: "2027-03-31",
      },
    ],
  },
  {
    code: "R-002-P4",
    title: {
      en: "Promote joint innovation, technology transfer and deeper integration of science and the economy",
      zhHans: "推动深港科技创新、成果转化及科技与经济深度融合",
      zhHant: "推動深港科技創新、成果轉化及科技與經濟深度融合",
    },
    summary: {
      en: "As the outline's first core goal for its 2025 short-term stage, use science and technology service cooperation to advance innovation, the commercialisation of research results and the integration of science with the economy in both cities.",
      zhHans:
        "作为2025年短期阶段的首要核心目标，以科技服务业合作推动两地科技创新、科技成果转化，以及科技与经济的深度融合。",
      zhHant:
        "作為2025年短期階段的首要核心目標，透過科技服務業合作推動兩地科技創新、科研成果轉化，以及科技與經濟深度融合。",
    },
    rationale:
      "The outline lists this as its first core goal and plans a development path whose first stage runs to 2025 (short term).",
    theme: "innovation",
    horizon: "short",
    priority: "high",
    status: "implemented",
    acceptance: "accepted",
    health: "on_track",
    targetDate: "2025-12-31",
    documentKey: "002_94daefef321193f7",
    locator: "Paragraph 4 (Core Goal 1)",
    excerpt:
      "(1) promoting scientific and technological innovation, transformation of scientific and technological achievements, and deep integration of science and technology economy in Shenzhen and Hong Kong.",
    owners: [
      { agencyKey: "sz-stic", role: "lead" },
      { agencyKey: "hk-itib", role: "lead" },
    ],
    actions: [
      {
        title: {
          en: "Launch a joint technology-transfer service platform",
          zhHans: "上线深港技术转移联合服务平台",
          zhHant: "推出深港技術轉移聯合服務平台",
        },
        description: {
          en: "Open a shared online platform listing Shenzhen and Hong Kong university results available for licensing.",
          zhHans: "开通共享网络平台，发布深港两地高校可供许可使用的科研成果。",
          zhHant: "開設共用網上平台，列出深港兩地大學可供授權使用的研究成果。",
        },
        agencyKey: "sz-stic",
        status: "done",
        progress: 100,
        dueDate: "2025-09-30",
      },
      {
        title: {
          en: "Fund cross-boundary proof-of-concept projects",
          zhHans: "资助跨境概念验证项目",
          zhHant: "資助跨境概念驗證項目",
        },
        description: {
          en: "Award a first round of proof-of-concept grants to Hong Kong research teams commercialising results in Shenzhen.",
          zhHans: "向在深圳推进成果产业化的香港科研团队发放首轮概念验证资助。",
          zhHant: "向在深圳將研究成果商品化的香港科研團隊批出首輪概念驗證資助。",
        },
        agencyKey: "hk-itib",
        status: "done",
        progress: 100,
        dueDate: "2025-12-31",
      },
    ],
  },
  {
    code: "R-002-P5",
    title: {
      en: "Expand science and technology service cooperation to upgrade the industrial structure",
      zhHans: "深化科技服务业合作，带动产业结构优化升级",
      zhHant: "深化科技服務業合作，帶動產業結構優化升級",
    },
    summary: {
      en: "Accelerate cooperation in science and technology services such as testing, certification, technology brokerage and R&D services, so that innovation feeds industrial upgrading and new growth points by the medium term.",
      zhHans:
        "加快检验检测、技术转移中介、研发服务等科技服务领域的合作，使科技创新转化为产业升级动力，在中期培育新的经济增长点。",
      zhHant:
        "加快檢測認證、技術轉移中介、研發服務等科技服務範疇的合作，令科技創新轉化為產業升級動力，於中期培育新的經濟增長點。",
    },
    rationale:
      "The outline's second core goal ties science and technology service cooperation to optimising the industrial structure and building international competitiveness.",
    theme: "industry",
    horizon: "medium",
    priority: "medium",
    status: "in_progress",
    acceptance: "accepted",
    health: "at_risk",
    targetDate: "2027-12-31",
    documentKey: "002_94daefef321193f7",
    locator: "Paragraph 5 (Core Goal 2)",
    excerpt:
      "Accelerating further cooperation between Shenzhen and Hong Kong in science and technology services will conducive to adjusting and optimizing the industrial structure.",
    owners: [
      { agencyKey: "sz-iitb", role: "lead" },
      { agencyKey: "hk-itib", role: "lead" },
      { agencyKey: "hk-hkstp", role: "supporting" },
    ],
    actions: [
      {
        title: {
          en: "Survey the two cities' science and technology service firms",
          zhHans: "摸底调查两地科技服务企业",
          zhHant: "調查兩地科技服務企業",
        },
        description: {
          en: "Survey testing, certification, brokerage and R&D service providers to find where cross-boundary demand is unmet.",
          zhHans: "对检验检测、认证、技术中介和研发服务机构开展调查，找出尚未满足的跨境需求。",
          zhHant: "調查檢測、認證、技術中介及研發服務機構，找出尚未滿足的跨境需求。",
        },
        agencyKey: "sz-iitb",
        status: "done",
        progress: 100,
        dueDate: "2025-11-30",
      },
      {
        title: {
          en: "Pilot cross-boundary technology-brokerage services",
          zhHans: "试点跨境技术经纪服务",
          zhHant: "試行跨境技術經紀服務",
        },
        description: {
          en: "Let accredited Hong Kong technology brokers serve Shenzhen manufacturers under a two-year pilot.",
          zhHans: "开展为期两年的试点，允许经认证的香港技术经纪人为深圳制造企业提供服务。",
          zhHant: "推行為期兩年的試點，容許經認可的香港技術經紀為深圳製造商提供服務。",
        },
        agencyKey: "hk-itib",
        status: "in_progress",
        progress: 25,
        dueDate: "2026-08-31",
      },
      {
        title: {
          en: "Open Science Park services to Shenzhen manufacturers",
          zhHans: "向深圳制造企业开放香港科学园服务",
          zhHant: "向深圳製造商開放科學園服務",
        },
        description: {
          en: "Offer Science Park prototyping and testing services to Shenzhen manufacturers on the same terms as tenants.",
          zhHans: "按照与园区租户相同的条件，向深圳制造企业提供香港科学园的样机制作和测试服务。",
          zhHant: "按與園區租戶相同的條款，向深圳製造商提供科學園的原型製作及測試服務。",
        },
        agencyKey: "hk-hkstp",
        status: "todo",
        progress: 0,
        dueDate: "2027-06-30",
      },
    ],
  },
  {
    code: "R-002-P6",
    title: {
      en: "Use the Northern Metropolis and the international I&T centre to deepen Shenzhen–Hong Kong integration by 2030",
      zhHans: "借力北部都会区与国际创科中心建设，到2030年深化深港融合发展",
      zhHant: "借助北部都會區及國際創科中心建設，於2030年前深化深港融合發展",
    },
    summary: {
      en: "Help Shenzhen seize the opportunity of Hong Kong's Northern Metropolis and the building of an international innovation and technology centre, using science and technology service cooperation to reach deep, sustainable integration of the two cities by 2030.",
      zhHans:
        "协助深圳把握香港北部都会区开发和国际科技创新中心建设的重大机遇，以科技服务合作推动两地在2030年前实现深度融合和可持续发展。",
      zhHant:
        "協助深圳把握香港北部都會區發展及國際創新科技中心建設的重大機遇，以科技服務合作推動兩地於2030年前實現深度融合及可持續發展。",
    },
    rationale:
      "The outline's third core goal links the cooperation to the Northern Metropolis and the international innovation and technology centre, matching its 2030 long-term horizon.",
    theme: "innovation",
    horizon: "long",
    priority: "high",
    status: "accepted",
    acceptance: "accepted",
    health: "on_track",
    targetDate: "2030-12-31",
    documentKey: "002_94daefef321193f7",
    locator: "Paragraph 6 (Core Goal 3)",
    excerpt:
      "developing the northern metropolitan area of Hong Kong, constructing the international innovation and technology center; promote the deep integration and sustainable development of Shenzhen and Hong Kong",
    owners: [
      { agencyKey: "sz-drc", role: "lead" },
      { agencyKey: "hk-devb", role: "lead" },
      { agencyKey: "joint-hsitp", role: "supporting" },
    ],
    actions: [
      {
        title: {
          en: "Align Northern Metropolis and Shenzhen land-use plans",
          zhHans: "推动北部都会区与深圳土地利用规划衔接",
          zhHant: "銜接北部都會區與深圳的土地用途規劃",
        },
        description: {
          en: "Hold joint planning reviews so that Northern Metropolis innovation land matches facing Shenzhen districts.",
          zhHans: "开展联合规划检讨，使北部都会区的创新科技用地与对岸深圳各区的规划相互衔接。",
          zhHant: "進行聯合規劃檢討，使北部都會區的創新科技用地與對岸深圳各區的規劃互相配合。",
        },
        agencyKey: "hk-devb",
        status: "in_progress",
        progress: 45,
        dueDate: "2027-06-30",
      },
      {
        title: {
          en: "Set 2030 integration indicators",
          zhHans: "设定2030年融合发展指标",
          zhHant: "訂定2030年融合發展指標",
        },
        description: {
          en: "Agree a small set of indicators (cross-boundary R&D spending, shared facilities, commuting researchers) to track progress to 2030.",
          zhHans: "商定一组精简指标（跨境研发投入、共享设施、跨境通勤科研人员），跟踪至2030年的进展。",
          zhHant: "議定一組精簡指標（跨境研發開支、共用設施、跨境通勤研究人員），追蹤至2030年的進展。",
        },
        agencyKey: "sz-drc",
        status: "in_progress",
        progress: 50,
        dueDate: "2026-06-30",
      },
      {
        title: {
          en: "Plan shared science-service facilities in the Loop",
          zhHans: "在河套地区规划共享科技服务设施",
          zhHant: "在河套區規劃共用科技服務設施",
        },
        description: {
          en: "Identify testing and incubation facilities in the Hetao zone that both sides' firms can use.",
          zhHans: "确定河套合作区内可供深港两地企业使用的检测和孵化设施。",
          zhHant: "確定河套合作區內可供深港兩地企業使用的檢測及培育設施。",
        },
        agencyKey: "joint-hsitp",
        status: "todo",
        progress: 0,
        dueDate: "2027-12-31",
      },
    ],
  },
  {
    code: "R-002-P10",
    title: {
      en: "Build a mechanism for converging rules and systems and jointly take part in international standard-setting",
      zhHans: "建立深港规则制度衔接机制，共同参与国际标准和规则制定",
      zhHant: "建立深港規則制度銜接機制，共同參與國際標準及規則制定",
    },
    summary: {
      en: "Dock and integrate factor resources across the boundary, set up an effective mechanism for the convergence of rules and systems between the two cities, and take part together in drafting international standards and rules for science and technology services.",
      zhHans:
        "推动跨境要素资源对接整合，建立两地规则与制度有效衔接的机制，并联合参与科技服务领域国际标准和规则的制定。",
      zhHant:
        "推動跨境要素資源對接整合，建立兩地規則與制度有效銜接的機制，並聯手參與科技服務範疇國際標準及規則的制定。",
    },
    rationale:
      "Differences in systems, laws, cultures and concepts under “one country, two systems” are named as deep-seated shackles on the cooperation (paragraph 9).",
    theme: "governance",
    horizon: "medium",
    priority: "medium",
    status: "in_progress",
    acceptance: "partially_accepted",
    health: "at_risk",
    targetDate: "2027-12-31",
    documentKey: "002_94daefef321193f7",
    locator: "Paragraph 10 (Main Focus 3: comparative advantages and rules convergence)",
    excerpt:
      "including docking and integrating factor resources, establishing an effective mechanism for convergence of rules and systems, docking and participating in the formulation of international standards and rules?",
    owners: [
      { agencyKey: "sz-amr", role: "lead" },
      { agencyKey: "hk-cmab", role: "lead" },
      { agencyKey: "sz-qianhai", role: "supporting" },
    ],
    actions: [
      {
        title: {
          en: "Compile a list of conflicting rules for science and technology services",
          zhHans: "梳理科技服务领域规则冲突清单",
          zhHant: "編製科技服務範疇規則衝突清單",
        },
        description: {
          en: "List licensing, certification and data rules that stop science and technology service firms working on both sides.",
          zhHans: "列出妨碍科技服务企业在两地开展业务的资质许可、认证和数据规则。",
          zhHant: "列出妨礙科技服務企業在兩地經營業務的發牌、認證及數據規則。",
        },
        agencyKey: "hk-cmab",
        status: "in_progress",
        progress: 55,
        dueDate: "2026-07-31",
      },
      {
        title: {
          en: "Mutually recognise testing and certification results",
          zhHans: "推动检验检测认证结果互认",
          zhHant: "推動檢測及認證結果互認",
        },
        description: {
          en: "Negotiate mutual recognition of accredited testing and certification reports for priority product categories.",
          zhHans: "就重点产品类别经认可的检验检测和认证报告互认开展磋商。",
          zhHant: "就優先產品類別經認可的檢測及認證報告互認進行磋商。",
        },
        agencyKey: "sz-amr",
        status: "blocked",
        progress: 20,
        dueDate: "2026-10-31",
      },
      {
        title: {
          en: "Pilot Hong Kong rules for service contracts in Qianhai",
          zhHans: "在前海试行科技服务合同适用香港规则",
          zhHant: "在前海試行科技服務合約適用香港規則",
        },
        description: {
          en: "Allow parties to science and technology service contracts registered in Qianhai to choose Hong Kong law and arbitration.",
          zhHans: "允许在前海登记的科技服务合同当事人选择适用香港法律和在港仲裁。",
          zhHant: "容許在前海登記的科技服務合約各方選擇適用香港法律及在港仲裁。",
        },
        agencyKey: "sz-qianhai",
        status: "todo",
        progress: 0,
        dueDate: "2027-09-30",
      },
    ],
  },
  {
    code: "R-000-P3",
    title: {
      en: "Recast the cooperation pattern around Shenzhen's back-feeding effect and Hong Kong as a reference for Shenzhen",
      zhHans: "重塑深港合作格局：突出深圳反哺效应，强调香港对深圳的借鉴作用",
      zhHant: "重塑深港合作格局：突顯深圳反哺效應，強調香港對深圳的借鑑作用",
    },
    summary: {
      en: "Adjust the cooperation pattern in line with national strategy so that Shenzhen's growth feeds back into Hong Kong's economic vitality while Hong Kong serves as a reference for Shenzhen's international consumption, innovation and financial centre ambitions.",
      zhHans:
        "对接国家战略调整合作格局，让深圳的发展反哺香港经济活力，同时发挥香港对深圳建设国际消费中心、全球创新中心和金融中心的借鉴作用。",
      zhHant:
        "配合國家戰略調整合作格局，讓深圳的發展反哺香港經濟活力，同時發揮香港對深圳建設國際消費中心、全球創新中心及金融中心的借鑑作用。",
    },
    rationale:
      "The abstract notes that Shenzhen's GDP overtook Hong Kong's in 2018 while Hong Kong's growth fell sharply in 2019–2020, so the old cooperation pattern no longer fits (paragraph 2).",
    theme: "governance",
    horizon: "long",
    priority: "medium",
    status: "proposed",
    acceptance: "pending",
    health: null,
    targetDate: "2030-12-31",
    documentKey: "000_b7b9a951cab1b37d",
    locator: "Paragraph 3 (report proposal)",
    excerpt:
      "this report proposes that Shenzhen-Hong Kong cooperation should highlight Shenzhen’s back-feeding effect and emphasize Hong Kong’s role as a reference for Shenzhen.",
    owners: [
      { agencyKey: "sz-drc", role: "lead" },
      { agencyKey: "hk-cmab", role: "lead" },
    ],
    actions: [
      {
        title: {
          en: "Review the existing cooperation framework",
          zhHans: "评估现行深港合作框架",
          zhHant: "檢視現行深港合作框架",
        },
        description: {
          en: "Assess which current Shenzhen–Hong Kong cooperation agreements still reflect the two cities' relative strengths.",
          zhHans: "评估现行各项深港合作协议是否仍能体现两地各自的比较优势。",
          zhHant: "評估現行各項深港合作協議是否仍能反映兩地各自的相對優勢。",
        },
        agencyKey: "sz-drc",
        status: "todo",
        progress: 0,
        dueDate: "2027-03-31",
      },
      {
        title: {
          en: "Draft a new cooperation-pattern position paper",
          zhHans: "起草深港合作新格局立场文件",
          zhHant: "草擬深港合作新格局立場文件",
        },
        description: {
          en: "Prepare a position paper on how Shenzhen can support Hong Kong's recovery and which Hong Kong practices Shenzhen should adopt.",
          zhHans: "就深圳如何助力香港经济复苏、深圳可借鉴香港哪些做法，拟订一份立场文件。",
          zhHant: "就深圳如何支援香港經濟復蘇，以及深圳可借鑑香港哪些做法，擬備一份立場文件。",
        },
        agencyKey: "hk-cmab",
        status: "todo",
        progress: 0,
        dueDate: "2027-09-30",
      },
    ],
  },
];
