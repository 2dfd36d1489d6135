import type { SeedRecommendation } from "./types";

/** Document 001_7707b859dcd0826a (Guo Wanda, Executive Vice President of CDI): the measures proposed in paragraph 7, plus the HKIAC dispute-settlement role suggested in paragraph 5. */
export const recommendations001: SeedRecommendation[] = [
  {
    code: "R-001-P5.1",
    title: {
      en: "Use HKIAC as the dispute settlement mechanism for Greater Bay Area cooperation",
      zhHans: "发挥香港国际仲裁中心在大湾区合作中的争议解决作用",
      zhHant: "發揮香港國際仲裁中心在大灣區合作中的爭議解決角色",
    },
    summary: {
      en: "Position the Hong Kong International Arbitration Centre (HKIAC) as a preferred dispute settlement venue for Shenzhen–Hong Kong, Greater Bay Area and Belt and Road projects, giving cross-border innovation and investment a strong legal safeguard.",
      zhHans:
        "推动将香港国际仲裁中心作为深港、粤港澳大湾区及“一带一路”项目的优选争议解决平台，为跨境创新与投资提供有力的法治保障。",
      zhHant:
        "推動以香港國際仲裁中心作為深港、粵港澳大灣區及「一帶一路」項目的首選爭議解決平台，為跨境創新及投資提供堅實的法律保障。",
    },
    rationale:
      "Guo Wanda counts Hong Kong's sound legal system and separate customs territory among its unique strengths; channelling cross-border disputes to HKIAC turns that strength into a safeguard for joint projects.",
    theme: "trade_services",
    horizon: "medium",
    priority: "medium",
    status: "proposed",
    acceptance: "pending",
    health: null,
    targetDate: "2027-12-31",
    documentKey: "001_7707b859dcd0826a",
    locator: "Paragraph 5, Hong Kong's fourth strength (Guo Wanda, Executive Vice President of CDI)",
    excerpt:
      "The Hong Kong International Arbitration Centre (HKIAC) can serve as a dispute settlement mechanism for the development of the Guangdong-Hong Kong-Macao Greater Bay Area and Belt and Road Initiative, providing strong legal safeguard for the Greater Bay Area.",
    owners: [
      { agencyKey: "sz-qianhai", role: "lead" },
      { agencyKey: "hk-cmab", role: "lead" },
    ],
    actions: [
      {
        title: {
          en: "Draft model arbitration clauses for Qianhai-registered cross-border contracts",
          zhHans: "为前海注册企业的跨境合同拟定示范仲裁条款",
          zhHant: "為前海註冊企業的跨境合約草擬示範仲裁條款",
        },
        description: {
          en: "Prepare model clauses naming HKIAC as the seat for disputes in contracts signed by enterprises registered in Qianhai with Hong Kong counterparties.",
          zhHans: "拟定示范条款，供在前海注册的企业与香港交易方签订合同时约定将争议提交香港国际仲裁中心仲裁。",
          zhHant: "擬備示範條款，供在前海註冊的企業與香港交易對手簽訂合約時，訂明爭議交由香港國際仲裁中心仲裁。",
        },
        agencyKey: "sz-qianhai",
        status: "todo",
        progress: 0,
        dueDate: "2027-03-31",
      },
      {
        title: {
          en: "Brief Greater Bay Area enterprises on HKIAC arbitration services",
          zhHans: "向大湾区企业介绍香港国际仲裁中心仲裁服务",
          zhHant: "向大灣區企業介紹香港國際仲裁中心的仲裁服務",
        },
        description: {
          en: "Organise joint briefing sessions in Shenzhen on HKIAC procedures and the mutual enforcement of arbitral awards between the Mainland and Hong Kong.",
          zhHans: "在深圳联合举办说明会，介绍香港国际仲裁中心的仲裁程序以及内地与香港相互执行仲裁裁决的安排。",
          zhHant: "在深圳合辦簡介會，介紹香港國際仲裁中心的仲裁程序，以及內地與香港相互執行仲裁裁決的安排。",
        },
        agencyKey: "hk-cmab",
        status: "todo",
        progress: 0,
        dueDate: "2027-06-30",
      },
    ],
  },
  {
    code: "R-001-P7.1",
    title: {
      en: "Align Shenzhen and Hong Kong city plans and strengthen transport connectivity",
      zhHans: "推动深港城市规划对接，强化交通互联互通",
      zhHant: "推動深港城市規劃銜接，加強交通互聯互通",
    },
    summary: {
      en: "Further align the two cities' urban plans and improve cross-boundary transport links so that Hong Kong and Macao residents can travel easily to work and seek jobs on the Mainland.",
      zhHans: "进一步衔接两地城市规划，完善跨境交通联系，方便港澳居民往来内地求职和就业。",
      zhHant: "進一步銜接兩地城市規劃，完善跨境交通連繫，方便港澳居民往來內地求職及就業。",
    },
    rationale:
      "Planning alignment and transport connectivity are the first of the dimensions Guo Wanda lists for turning the twin-city vision of a joint international technology innovation center into reality.",
    theme: "governance",
    horizon: "long",
    priority: "high",
    status: "in_progress",
    acceptance: "partially_accepted",
    health: "at_risk",
    targetDate: "2030-12-31",
    documentKey: "001_7707b859dcd0826a",
    locator: "Paragraph 7, measure 1 (Guo Wanda, Executive Vice President of CDI)",
    excerpt:
      "First of all, city plans shall be further aligned, with enhanced connectivity of transport to facilitate the travel of job-seeking Hong Kong and Macao residents to the mainland.",
    owners: [
      { agencyKey: "sz-drc", role: "lead" },
      { agencyKey: "hk-devb", role: "lead" },
      { agencyKey: "hk-cmab", role: "supporting" },
    ],
    actions: [
      {
        title: {
          en: "Set up a joint Shenzhen–Hong Kong spatial planning working group",
          zhHans: "成立深港空间规划联合工作组",
          zhHant: "成立深港空間規劃聯合工作小組",
        },
        description: {
          en: "Establish a standing working group that reviews both cities' land-use and boundary-area plans and records points to align.",
          zhHans: "设立常设工作组，审视两地土地利用规划和边境地区规划，梳理需要衔接的事项。",
          zhHant: "設立常設工作小組，檢視兩地的土地用途規劃及邊境地區規劃，並記錄需要銜接的事項。",
        },
        agencyKey: "sz-drc",
        status: "done",
        progress: 100,
        dueDate: "2025-09-30",
      },
      {
        title: {
          en: "Map the boundary-area development plans of both cities",
          zhHans: "绘制两地边境地区发展规划图",
          zhHant: "繪製兩地邊境地區發展規劃圖",
        },
        description: {
          en: "Compile a shared map of planned developments and cross-boundary transport projects on both sides of the Shenzhen River.",
          zhHans: "编制深圳河两岸规划开发项目和跨境交通项目的共享地图。",
          zhHant: "編製深圳河兩岸已規劃發展項目及跨境交通項目的共用地圖。",
        },
        agencyKey: "hk-devb",
        status: "in_progress",
        progress: 45,
        dueDate: "2026-06-30",
      },
      {
        title: {
          en: "Survey commuting needs of Hong Kong jobseekers working in Shenzhen",
          zhHans: "调查在深圳求职就业的香港居民的通勤需求",
          zhHant: "調查在深圳求職及就業的香港居民的通勤需要",
        },
        description: {
          en: "Survey Hong Kong residents who seek or hold jobs in Shenzhen on their cross-boundary travel patterns to inform transport priorities.",
          zhHans: "调查在深圳求职或就业的香港居民的跨境出行规律，为确定交通建设重点提供依据。",
          zhHant: "調查在深圳求職或就業的香港居民的跨境出行模式，為訂定交通優先項目提供參考。",
        },
        agencyKey: "hk-cmab",
        status: "todo",
        progress: 0,
        dueDate: "2027-03-31",
      },
    ],
  },
  {
    code: "R-001-P7.2",
    title: {
      en: "Link Shenzhen and Hong Kong technology innovation platforms",
      zhHans: "加强深港科技创新平台互联互通",
      zhHant: "加強深港科技創新平台互聯互通",
    },
    summary: {
      en: "Strengthen connections between the two cities' technology innovation platforms—laboratories, research institutes and science parks—and raise Shenzhen–Hong Kong technology cooperation to a higher level.",
      zhHans: "加强两地实验室、研究机构和科技园区等科技创新平台之间的对接，推动深港科技合作迈上新台阶。",
      zhHant: "加強兩地實驗室、研究機構及科學園等科技創新平台之間的連繫，推動深港科技合作邁上新台階。",
    },
    rationale:
      "Hong Kong is strong in basic and original research while Shenzhen has long industrial chains in emerging industries; linked platforms let each city draw on the other's strength.",
    theme: "innovation",
    horizon: "medium",
    priority: "high",
    status: "in_progress",
    acceptance: "accepted",
    health: "on_track",
    targetDate: "2027-12-31",
    documentKey: "001_7707b859dcd0826a",
    locator: "Paragraph 7, measure 2 (Guo Wanda, Executive Vice President of CDI)",
    excerpt:
      "Second, connections between technology innovation platforms between Shenzhen and Hong Kong should be enhanced, and technology cooperation between the two cities promoted to higher levels.",
    owners: [
      { agencyKey: "sz-stic", role: "lead" },
      { agencyKey: "hk-itib", role: "lead" },
      { agencyKey: "joint-hsitp", role: "supporting" },
    ],
    actions: [
      {
        title: {
          en: "Publish a joint directory of Shenzhen and Hong Kong innovation platforms",
          zhHans: "发布深港创新平台联合名录",
          zhHant: "發布深港創新平台聯合名錄",
        },
        description: {
          en: "Compile and publish a bilingual directory of key laboratories, research institutes and incubators in both cities with their open facilities.",
          zhHans: "编制并发布两地重点实验室、科研院所和孵化器的双语名录，列明各平台可开放共享的设施。",
          zhHant: "編製並發布兩地重點實驗室、研究機構及培育中心的雙語名錄，列明各平台可供開放使用的設施。",
        },
        agencyKey: "sz-stic",
        status: "done",
        progress: 100,
        dueDate: "2025-12-31",
      },
      {
        title: {
          en: "Sign a platform-linkage agreement covering shared equipment access",
          zhHans: "签署平台联动协议，实现大型仪器设备共享",
          zhHant: "簽署平台聯動協議，涵蓋共用設備安排",
        },
        description: {
          en: "Agree terms under which researchers of each city can book large research equipment at partner platforms in the other city.",
          zhHans: "商定相关条款，使两地科研人员可预约使用对方城市合作平台的大型科研仪器设备。",
          zhHant: "議定相關條款，讓兩地研究人員可預約使用對方城市夥伴平台的大型科研設備。",
        },
        agencyKey: "hk-itib",
        status: "in_progress",
        progress: 60,
        dueDate: "2026-12-31",
      },
      {
        title: {
          en: "Host joint research teams in the Hetao cooperation zone",
          zhHans: "支持深港联合科研团队入驻河套合作区",
          zhHant: "讓深港聯合科研團隊進駐河套合作區",
        },
        description: {
          en: "Provide shared lab space in the Hetao zone for at least ten joint Shenzhen–Hong Kong research teams.",
          zhHans: "在河套合作区为不少于十个深港联合科研团队提供共享实验室空间。",
          zhHant: "在河套合作區為最少十支深港聯合科研團隊提供共用實驗室空間。",
        },
        agencyKey: "joint-hsitp",
        status: "in_progress",
        progress: 30,
        dueDate: "2027-06-30",
      },
    ],
  },
  {
    code: "R-001-P7.3",
    title: {
      en: "Build joint research-achievement transformation platforms with seed funding and incubation",
      zhHans: "共建科研成果转化平台，提供种子资金与孵化服务",
      zhHant: "共建科研成果轉化平台，提供種子資金及培育服務",
    },
    summary: {
      en: "Shenzhen and Hong Kong jointly build platforms that turn research results into products, offering start-ups seed funding, basic facilities and incubation services.",
      zhHans: "深圳与香港合作建设科研成果转化平台，为初创企业提供种子资金、基础设施和孵化服务。",
      zhHant: "深圳與香港合作建設科研成果轉化平台，為初創企業提供種子資金、基礎設施及培育服務。",
    },
    rationale:
      "Hong Kong's universities produce strong basic research but the city lacks a manufacturing base; Shenzhen's industrial chain and incubation capacity can carry that research to market.",
    theme: "innovation",
    horizon: "medium",
    priority: "high",
    status: "in_progress",
    acceptance: "accepted",
    health: "off_track",
    targetDate: "2027-12-31",
    documentKey: "001_7707b859dcd0826a",
    locator: "Paragraph 7, measure 3 (Guo Wanda, Executive Vice President of CDI)",
    excerpt:
      "Third, Shenzhen will explore ways to build research achievement transformation platforms with Hong Kong to provide seed funding, basic facilities and incubation services for start-ups.",
    owners: [
      { agencyKey: "sz-stic", role: "lead" },
      { agencyKey: "hk-hkstp", role: "lead" },
    ],
    actions: [
      {
        title: {
          en: "Draft management rules for a joint seed fund",
          zhHans: "拟定联合种子基金管理办法",
          zhHant: "草擬聯合種子基金管理規則",
        },
        description: {
          en: "Draft the eligibility, co-funding ratio and review procedures of a seed fund for start-ups spun out of Hong Kong university research.",
          zhHans: "拟定种子基金的申请条件、配套出资比例和评审程序，支持源自香港高校科研成果的初创企业。",
          zhHant: "訂定種子基金的申請資格、配對出資比例及審批程序，支援源自香港大學研究成果的初創企業。",
        },
        agencyKey: "sz-stic",
        status: "blocked",
        progress: 25,
        dueDate: "2026-03-31",
      },
      {
        title: {
          en: "Open a cross-boundary incubation track for Hong Kong university spin-offs",
          zhHans: "为香港高校衍生企业开设跨境孵化通道",
          zhHant: "為香港大學衍生企業開設跨境培育專項",
        },
        description: {
          en: "Launch an incubation track that places Hong Kong university spin-offs in Science Park programmes with a follow-on landing site in Shenzhen.",
          zhHans: "推出孵化专项，让香港高校衍生企业参加香港科学园的孵化计划，并在深圳提供后续落地场所。",
          zhHant: "推出專項培育安排，讓香港大學的衍生企業參加科學園的培育計劃，其後可在深圳的指定地點落戶發展。",
        },
        agencyKey: "hk-hkstp",
        status: "in_progress",
        progress: 40,
        dueDate: "2026-09-30",
      },
      {
        title: {
          en: "Designate pilot-production facilities for incubated start-ups",
          zhHans: "为在孵初创企业指定中试生产设施",
          zhHant: "為培育中的初創企業指定中試生產設施",
        },
        description: {
          en: "Identify Shenzhen facilities where incubated start-ups can run pilot production and prototype testing at subsidised rates.",
          zhHans: "遴选深圳相关设施，供在孵初创企业以补贴价格开展中试生产和样机测试。",
          zhHant: "物色深圳的相關設施，讓培育中的初創企業以資助價格進行中試生產及原型測試。",
        },
        agencyKey: "sz-stic",
        status: "todo",
        progress: 0,
        dueDate: "2027-06-30",
      },
    ],
  },
  {
    code: "R-001-P7.4",
    title: {
      en: "Jointly facilitate the internationalisation of the RMB",
      zhHans: "携手推动人民币国际化",
      zhHant: "攜手推動人民幣國際化",
    },
    summary: {
      en: "Shenzhen works with Hong Kong, as the leading offshore renminbi center, to widen cross-border RMB use in trade, investment and financing.",
      zhHans: "深圳与作为全球离岸人民币中心的香港携手，扩大人民币在跨境贸易、投资和融资中的使用。",
      zhHant: "深圳與作為全球離岸人民幣中心的香港攜手，擴大人民幣在跨境貿易、投資及融資中的使用。",
    },
    rationale:
      "Guo Wanda notes that Hong Kong is not only a global financial center but also an offshore renminbi center, which Shenzhen can pair with its onshore market.",
    theme: "finance",
    horizon: "long",
    priority: "high",
    status: "accepted",
    acceptance: "accepted",
    health: "on_track",
    targetDate: "2030-12-31",
    documentKey: "001_7707b859dcd0826a",
    locator: "Paragraph 7, measure 4 (Guo Wanda, Executive Vice President of CDI)",
    excerpt: "In the future, Shenzhen will join hands with Hong Kong to facilitate the internationalization of the RMB",
    owners: [
      { agencyKey: "sz-lfa", role: "lead" },
      { agencyKey: "hk-hkma", role: "lead" },
      { agencyKey: "sz-qianhai", role: "supporting" },
    ],
    actions: [
      {
        title: {
          en: "Agree a joint work plan on cross-border RMB business",
          zhHans: "商定跨境人民币业务联合工作方案",
          zhHant: "議定跨境人民幣業務聯合工作計劃",
        },
        description: {
          en: "Agree a work plan listing the cross-border RMB products (settlement, bonds, wealth management) to pilot between Shenzhen and Hong Kong.",
          zhHans: "商定工作方案，列明深港两地拟先行试点的跨境人民币产品（结算、债券、理财）。",
          zhHant: "議定工作計劃，列明深港兩地擬先行試點的跨境人民幣產品（結算、債券、理財）。",
        },
        agencyKey: "sz-lfa",
        status: "in_progress",
        progress: 35,
        dueDate: "2026-10-31",
      },
      {
        title: {
          en: "Expand offshore RMB liquidity tools for Shenzhen-linked enterprises",
          zhHans: "为在深圳有业务的企业扩充离岸人民币流动性工具",
          zhHant: "為在深圳有業務的企業擴大離岸人民幣流動資金工具",
        },
        description: {
          en: "Review how Hong Kong's offshore RMB liquidity facilities can serve enterprises with operations in Shenzhen.",
          zhHans: "研究香港离岸人民币流动性安排如何更好地服务在深圳有业务的企业。",
          zhHant: "檢討香港的離岸人民幣流動資金安排如何服務在深圳設有業務的企業。",
        },
        agencyKey: "hk-hkma",
        status: "todo",
        progress: 0,
        dueDate: "2027-06-30",
      },
      {
        title: {
          en: "Pilot cross-border RMB loans for Qianhai enterprises",
          zhHans: "开展前海企业跨境人民币贷款试点",
          zhHant: "推行前海企業跨境人民幣貸款試點",
        },
        description: {
          en: "Run a pilot allowing Qianhai-registered enterprises to borrow RMB from Hong Kong banks under agreed quotas.",
          zhHans: "开展试点，允许在前海注册的企业在约定额度内向香港银行借入人民币贷款。",
          zhHant: "推行試點，容許在前海註冊的企業在議定額度內向香港銀行借取人民幣貸款。",
        },
        agencyKey: "sz-qianhai",
        status: "todo",
        progress: 0,
        dueDate: "2027-12-31",
      },
    ],
  },
  {
    code: "R-001-P7.5",
    title: {
      en: "Strengthen Shenzhen–Hong Kong cooperation in green finance and fintech",
      zhHans: "深化深港绿色金融与金融科技合作",
      zhHant: "深化深港綠色金融及金融科技合作",
    },
    summary: {
      en: "Deepen cooperation between the two financial centres in green finance (such as green bonds and common taxonomies) and in financial technology.",
      zhHans: "深化两地在绿色金融（如绿色债券、共同分类目录）和金融科技领域的合作。",
      zhHant: "深化兩地在綠色金融（如綠色債券、共通分類目錄）及金融科技範疇的合作。",
    },
    rationale:
      "Hong Kong's depth as a global finance center combined with Shenzhen's technology industry makes green finance and fintech natural areas for joint development.",
    theme: "finance",
    horizon: "medium",
    priority: "medium",
    status: "in_progress",
    acceptance: "accepted",
    health: "at_risk",
    targetDate: "2027-12-31",
    documentKey: "001_7707b859dcd0826a",
    locator: "Paragraph 7, measure 5 (Guo Wanda, Executive Vice President of CDI)",
    excerpt:
      "In the future, Shenzhen will join hands with Hong Kong to facilitate the internationalization of the RMB, strengthen cooperation in green finance and fintech",
    owners: [
      { agencyKey: "sz-lfa", role: "lead" },
      { agencyKey: "hk-fstb", role: "lead" },
      { agencyKey: "hk-hkma", role: "supporting" },
    ],
    actions: [
      {
        title: {
          en: "Map green-finance taxonomies used in both cities",
          zhHans: "梳理两地采用的绿色金融分类目录",
          zhHant: "整理兩地採用的綠色金融分類目錄",
        },
        description: {
          en: "Compare the green-finance classification standards applied in Shenzhen and Hong Kong and list the gaps to close.",
          zhHans: "比较深港两地采用的绿色金融分类标准，列出需要弥合的差异。",
          zhHant: "比較深港兩地採用的綠色金融分類標準，並列出需要收窄的差距。",
        },
        agencyKey: "hk-fstb",
        status: "done",
        progress: 100,
        dueDate: "2025-11-30",
      },
      {
        title: {
          en: "Support cross-boundary green bond issuance by Shenzhen enterprises",
          zhHans: "支持深圳企业赴港发行绿色债券",
          zhHant: "支援深圳企業來港發行綠色債券",
        },
        description: {
          en: "Prepare guidance helping Shenzhen enterprises issue certified green bonds in Hong Kong.",
          zhHans: "编制指引，协助深圳企业在香港发行经认证的绿色债券。",
          zhHant: "擬備指引，協助深圳企業在香港發行經認證的綠色債券。",
        },
        agencyKey: "sz-lfa",
        status: "in_progress",
        progress: 30,
        dueDate: "2026-08-31",
      },
      {
        title: {
          en: "Launch a joint fintech talent and proof-of-concept programme",
          zhHans: "推出金融科技人才与概念验证联合计划",
          zhHant: "推出金融科技人才及概念驗證聯合計劃",
        },
        description: {
          en: "Co-run a programme that lets fintech start-ups from both cities test proofs of concept with banks in Hong Kong.",
          zhHans: "联合实施一项计划，让两地金融科技初创企业与香港银行合作开展概念验证测试。",
          zhHant: "合辦一項計劃，讓兩地金融科技初創企業與香港的銀行合作進行概念驗證測試。",
        },
        agencyKey: "hk-hkma",
        status: "todo",
        progress: 0,
        dueDate: "2027-03-31",
      },
    ],
  },
  {
    code: "R-001-P7.6",
    title: {
      en: 'Explore a linked Shenzhen–Hong Kong "Regulatory Sandbox" for financial innovation',
      zhHans: "探索深港联动的金融创新“监管沙盒”模式",
      zhHant: "探索深港聯動的金融創新「監管沙盒」模式",
    },
    summary: {
      en: "Explore a regulatory sandbox model in which fintech products can be tested under supervision in both cities, with the sandboxes of the two sides connected.",
      zhHans: "探索“监管沙盒”模式，使金融科技产品可在两地监管机构的监督下进行试点测试，并实现两地沙盒对接。",
      zhHant: "探索「監管沙盒」模式，讓金融科技產品可在兩地監管機構監督下進行試行測試，並實現兩地沙盒對接。",
    },
    rationale:
      "A linked sandbox lets cross-boundary fintech be tested without waiting for full harmonisation of the two regulatory systems.",
    theme: "finance",
    horizon: "short",
    priority: "medium",
    status: "implemented",
    acceptance: "accepted",
    health: "on_track",
    targetDate: "2025-12-31",
    documentKey: "001_7707b859dcd0826a",
    locator: "Paragraph 7, measure 6 (Guo Wanda, Executive Vice President of CDI)",
    excerpt: "strengthen cooperation in green finance and fintech, and explore a model of “Regulatory Sandbox”.",
    owners: [
      { agencyKey: "hk-hkma", role: "lead" },
      { agencyKey: "sz-lfa", role: "lead" },
      { agencyKey: "hk-sfc", role: "supporting" },
    ],
    actions: [
      {
        title: {
          en: "Sign a cooperation arrangement linking the two sandboxes",
          zhHans: "签署两地监管沙盒对接合作安排",
          zhHant: "簽署兩地監管沙盒對接合作安排",
        },
        description: {
          en: "Sign an arrangement under which a project admitted to one city's fintech sandbox can apply for parallel testing in the other.",
          zhHans: "签署合作安排，使已进入一地金融科技监管沙盒的项目可申请在另一地同步测试。",
          zhHant: "簽署合作安排，讓已獲納入其中一地金融科技監管沙盒的項目，可申請在另一地同步測試。",
        },
        agencyKey: "hk-hkma",
        status: "done",
        progress: 100,
        dueDate: "2025-06-30",
      },
      {
        title: {
          en: "Admit the first batch of cross-boundary pilot projects",
          zhHans: "纳入首批跨境试点项目",
          zhHant: "納入首批跨境試點項目",
        },
        description: {
          en: "Select and admit the first batch of fintech projects for parallel testing in Shenzhen and Hong Kong.",
          zhHans: "遴选并纳入首批在深港两地同步测试的金融科技项目。",
          zhHant: "甄選並納入首批在深港兩地同步測試的金融科技項目。",
        },
        agencyKey: "sz-lfa",
        status: "done",
        progress: 100,
        dueDate: "2025-10-31",
      },
      {
        title: {
          en: "Extend the linked sandbox to securities-related pilots",
          zhHans: "将联动沙盒扩展至证券相关试点",
          zhHant: "將聯動沙盒擴展至證券相關試點",
        },
        description: {
          en: "Set the conditions for admitting securities and asset-management fintech projects to the linked sandbox.",
          zhHans: "明确证券和资产管理类金融科技项目进入联动沙盒的条件。",
          zhHant: "訂明證券及資產管理類金融科技項目納入聯動沙盒的條件。",
        },
        agencyKey: "hk-sfc",
        status: "done",
        progress: 100,
        dueDate: "2025-12-31",
      },
    ],
  },
  {
    code: "R-001-P7.7",
    title: {
      en: "Develop a Shenzhen–Hong Kong cooperation model for intellectual property protection",
      zhHans: "建立深港知识产权保护合作机制",
      zhHant: "建立深港知識產權保護合作機制",
    },
    summary: {
      en: "Build an effective mechanism for the two cities to cooperate on intellectual property protection—information sharing, joint enforcement and dispute resolution—so that innovators' interests are safeguarded.",
      zhHans: "建立两地有效的知识产权保护合作机制，涵盖信息共享、联合执法和纠纷解决，切实维护创新者权益。",
      zhHant: "建立兩地有效的知識產權保護合作機制，涵蓋資訊互通、聯合執法及爭議解決，切實保障創新者權益。",
    },
    rationale:
      "A joint innovation center depends on innovators trusting that their results are protected on both sides of the boundary.",
    theme: "intellectual_property",
    horizon: "medium",
    priority: "high",
    status: "accepted",
    acceptance: "accepted",
    health: "at_risk",
    targetDate: "2027-12-31",
    documentKey: "001_7707b859dcd0826a",
    locator: "Paragraph 7, measure 7 (Guo Wanda, Executive Vice President of CDI)",
    excerpt:
      "Finally, an effective cooperation model for intellectual property right protection between the two cities should be developed to safeguard the interest of innovators.",
    owners: [
      { agencyKey: "sz-amr", role: "lead" },
      { agencyKey: "hk-ipd", role: "lead" },
    ],
    actions: [
      {
        title: {
          en: "Agree an IP-infringement case referral mechanism",
          zhHans: "建立知识产权侵权案件移送机制",
          zhHant: "議定知識產權侵權個案轉介機制",
        },
        description: {
          en: "Agree procedures for referring cross-boundary IP infringement cases and exchanging enforcement information between the two cities.",
          zhHans: "商定两地移送跨境知识产权侵权案件和交换执法信息的程序。",
          zhHant: "議定兩地轉介跨境知識產權侵權個案及交換執法資訊的程序。",
        },
        agencyKey: "sz-amr",
        status: "in_progress",
        progress: 20,
        dueDate: "2026-06-30",
      },
      {
        title: {
          en: "Set up a joint IP advisory service for innovators",
          zhHans: "为创新主体设立知识产权联合咨询服务",
          zhHant: "為創新者設立知識產權聯合諮詢服務",
        },
        description: {
          en: "Offer start-ups a single contact point for advice on registering and protecting IP in both Shenzhen and Hong Kong.",
          zhHans: "为初创企业提供统一联络窗口，就在深港两地注册和保护知识产权提供咨询。",
          zhHant: "為初創企業提供單一聯絡點，就在深港兩地註冊及保護知識產權提供諮詢。",
        },
        agencyKey: "hk-ipd",
        status: "todo",
        progress: 0,
        dueDate: "2027-06-30",
      },
    ],
  },
];
