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
        title: "Draft model arbitration clauses for Qianhai-registered cross-border contracts",
        description:
          "Prepare model clauses naming HKIAC as the seat for disputes in contracts signed by enterprises registered in Qianhai with Hong Kong counterparties.",
        agencyKey: "sz-qianhai",
        status: "todo",
        progress: 0,
        dueDate: "2027-03-31",
      },
      {
        title: "Brief Greater Bay Area enterprises on HKIAC arbitration services",
        description:
          "Organise joint briefing sessions in Shenzhen on HKIAC procedures and the mutual enforcement of arbitral awards between the Mainland and Hong Kong.",
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
        title: "Set up a joint Shenzhen–Hong Kong spatial planning working group",
        description:
          "Establish a standing working group that reviews both cities' land-use and boundary-area plans and records points to align.",
        agencyKey: "sz-drc",
        status: "done",
        progress: 100,
        dueDate: "2025-09-30",
      },
      {
        title: "Map the boundary-area development plans of both cities",
        description:
          "Compile a shared map of planned developments and cross-boundary transport projects on both sides of the Shenzhen River.",
        agencyKey: "hk-devb",
        status: "in_progress",
        progress: 45,
        dueDate: "2026-06-30",
      },
      {
        title: "Survey commuting needs of Hong Kong jobseekers working in Shenzhen",
        description:
          "Survey Hong Kong residents who seek or hold jobs in Shenzhen on their cross-boundary travel patterns to inform transport priorities.",
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
        title: "Publish a joint directory of Shenzhen and Hong Kong innovation platforms",
        description:
          "Compile and publish a bilingual directory of key laboratories, research institutes and incubators in both cities with their open facilities.",
        agencyKey: "sz-stic",
        status: "done",
        progress: 100,
        dueDate: "2025-12-31",
      },
      {
        title: "Sign a platform-linkage agreement covering shared equipment access",
        description:
          "Agree terms under which researchers of each city can book large research equipment at partner platforms in the other city.",
        agencyKey: "hk-itib",
        status: "in_progress",
        progress: 60,
        dueDate: "2026-12-31",
      },
      {
        title: "Host joint research teams in the Hetao cooperation zone",
        description:
          "Provide shared lab space in the Hetao zone for at least ten joint Shenzhen–Hong Kong research teams.",
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
        title: "Draft management rules for a joint seed fund",
        description:
          "Draft the eligibility, co-funding ratio and review procedures of a seed fund for start-ups spun out of Hong Kong university research.",
        agencyKey: "sz-stic",
        status: "blocked",
        progress: 25,
        dueDate: "2026-03-31",
      },
      {
        title: "Open a cross-boundary incubation track for Hong Kong university spin-offs",
        description:
          "Launch an incubation track that places Hong Kong university spin-offs in Science Park programmes with a follow-on landing site in Shenzhen.",
        agencyKey: "hk-hkstp",
        status: "in_progress",
        progress: 40,
        dueDate: "2026-09-30",
      },
      {
        title: "Designate pilot-production facilities for incubated start-ups",
        description:
          "Identify Shenzhen facilities where incubated start-ups can run pilot production and prototype testing at subsidised rates.",
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
        title: "Agree a joint work plan on cross-border RMB business",
        description:
          "Agree a work plan listing the cross-border RMB products (settlement, bonds, wealth management) to pilot between Shenzhen and Hong Kong.",
        agencyKey: "sz-lfa",
        status: "in_progress",
        progress: 35,
        dueDate: "2026-10-31",
      },
      {
        title: "Expand offshore RMB liquidity tools for Shenzhen-linked enterprises",
        description:
          "Review how Hong Kong's offshore RMB liquidity facilities can serve enterprises with operations in Shenzhen.",
        agencyKey: "hk-hkma",
        status: "todo",
        progress: 0,
        dueDate: "2027-06-30",
      },
      {
        title: "Pilot cross-border RMB loans for Qianhai enterprises",
        description:
          "Run a pilot allowing Qianhai-registered enterprises to borrow RMB from Hong Kong banks under agreed quotas.",
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
        title: "Map green-finance taxonomies used in both cities",
        description:
          "Compare the green-finance classification standards applied in Shenzhen and Hong Kong and list the gaps to close.",
        agencyKey: "hk-fstb",
        status: "done",
        progress: 100,
        dueDate: "2025-11-30",
      },
      {
        title: "Support cross-boundary green bond issuance by Shenzhen enterprises",
        description: "Prepare guidance helping Shenzhen enterprises issue certified green bonds in Hong Kong.",
        agencyKey: "sz-lfa",
        status: "in_progress",
        progress: 30,
        dueDate: "2026-08-31",
      },
      {
        title: "Launch a joint fintech talent and proof-of-concept programme",
        description:
          "Co-run a programme that lets fintech start-ups from both cities test proofs of concept with banks in Hong Kong.",
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
        title: "Sign a cooperation arrangement linking the two sandboxes",
        description:
          "Sign an arrangement under which a project admitted to one city's fintech sandbox can apply for parallel testing in the other.",
        agencyKey: "hk-hkma",
        status: "done",
        progress: 100,
        dueDate: "2025-06-30",
      },
      {
        title: "Admit the first batch of cross-boundary pilot projects",
        description:
          "Select and admit the first batch of fintech projects for parallel testing in Shenzhen and Hong Kong.",
        agencyKey: "sz-lfa",
        status: "done",
        progress: 100,
        dueDate: "2025-10-31",
      },
      {
        title: "Extend the linked sandbox to securities-related pilots",
        description:
          "Set the conditions for admitting securities and asset-management fintech projects to the linked sandbox.",
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
        title: "Agree an IP-infringement case referral mechanism",
        description:
          "Agree procedures for referring cross-boundary IP infringement cases and exchanging enforcement information between the two cities.",
        agencyKey: "sz-amr",
        status: "in_progress",
        progress: 20,
        dueDate: "2026-06-30",
      },
      {
        title: "Set up a joint IP advisory service for innovators",
        description:
          "Offer start-ups a single contact point for advice on registering and protecting IP in both Shenzhen and Hong Kong.",
        agencyKey: "hk-ipd",
        status: "todo",
        progress: 0,
        dueDate: "2027-06-30",
      },
    ],
  },
];
