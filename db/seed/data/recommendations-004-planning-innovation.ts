import type { SeedRecommendation } from "./types";

/** Document 004_7d5a100826662ce7 (Jian Peng, School of Economics, Shenzhen Polytechnic University): section 4.1 (top-level design and strategic planning) and section 4.2 (scientific and technological innovation and industrial upgrading), with the problems of section 3 as rationale. */
export const recommendations004PlanningInnovation: SeedRecommendation[] = [
  {
    code: "R-004-4.1.1",
    title: {
      en: "Define a joint vision and quantified objectives for Shenzhen–Hong Kong cooperation",
      zhHans: "共同确立深港合作愿景与量化目标",
      zhHant: "共同確立深港合作願景及量化目標",
    },
    summary: {
      en: "Shenzhen and Hong Kong jointly set a clear vision for cooperation in technological innovation, industrial upgrading, talent flow and capital market connectivity, backed by specific, quantified goals such as the number of joint key projects, innovation achievements and the growth of industrial cooperation output value.",
      zhHans:
        "深港两地共同制定清晰的合作愿景，涵盖科技创新、产业升级、人才流动和资本市场互联互通，并配以具体量化目标，例如联合推进的重点项目数量、科技创新成果数量及产业合作产值增长。",
      zhHant:
        "深港兩地共同訂立清晰的合作願景，涵蓋科技創新、產業升級、人才流動及資本市場互聯互通，並以具體量化指標支撐，例如合作推動的重點項目數目、科技創新成果數目及產業合作產值增長。",
    },
    rationale:
      "Answers 3.2.2.1 (lack of unified coordination mechanism): existing frameworks lack a common direction and goal for cooperation, so a shared vision with measurable targets is the starting point for aligning both sides.",
    theme: "governance",
    horizon: "short",
    priority: "high",
    status: "implemented",
    acceptance: "accepted",
    health: "on_track",
    targetDate: "2025-12-31",
    documentKey: "004_7d5a100826662ce7",
    locator: "Section 4.1.1 Define the vision and objectives of cooperation",
    excerpt:
      "Hong Kong and Shenzhen need to jointly establish a clear vision and objectives for cooperation. This step is the starting point for top-level design and the cornerstone of the cooperation.",
    owners: [
      { agencyKey: "sz-drc", role: "lead" },
      { agencyKey: "hk-itib", role: "lead" },
      { agencyKey: "sz-stic", role: "supporting" },
    ],
    actions: [
      {
        title: "Draft a joint vision statement on new industrialisation cooperation",
        description:
          "Prepare and agree a joint vision statement setting out the direction of Shenzhen–Hong Kong cooperation towards a world-class strategic industrial cluster.",
        agencyKey: "sz-drc",
        status: "done",
        progress: 100,
        dueDate: "2025-08-31",
      },
      {
        title: "Agree a quantified indicator set for the cooperation period",
        description:
          "Fix targets for the number of jointly promoted key projects and the growth of industrial cooperation output value, with annual reporting.",
        agencyKey: "hk-itib",
        status: "done",
        progress: 100,
        dueDate: "2025-11-30",
      },
      {
        title: "Set baselines for science and technology innovation indicators",
        description:
          "Compile baseline figures for joint innovation achievements (patents, joint projects, commercialised results) against which progress is measured.",
        agencyKey: "sz-stic",
        status: "done",
        progress: 100,
        dueDate: "2025-12-15",
      },
    ],
  },
  {
    code: "R-004-4.1.2",
    title: {
      en: "Build a three-tier cooperation planning system: master, special and implementation plans",
      zhHans: "构建总体规划、专项规划与实施方案三级合作规划体系",
      zhHant: "建立總體規劃、專項規劃及實施方案三層合作規劃體系",
    },
    summary: {
      en: "Jointly formulate a master plan setting the overall framework and phased goals, special plans for science and technology innovation, industrial upgrading, talent flow and capital market interoperability, and implementation plans covering project selection criteria, financial support, resource allocation and supervision and evaluation.",
      zhHans:
        "共同编制明确总体框架和阶段目标的总体规划，针对科技创新、产业升级、人才流动和资本市场互联互通的专项规划，以及涵盖项目遴选标准、资金支持、资源配置和监督评估机制的实施方案。",
      zhHant:
        "共同制訂訂明整體框架及分階段目標的總體規劃，就科技創新、產業升級、人才流動及資本市場互聯互通制訂專項規劃，並制訂涵蓋項目篩選準則、資助政策、資源配置及監察評估機制的實施方案。",
    },
    rationale:
      "Answers 3.2.2.1 (lack of unified coordination mechanism): current mechanisms focus on single fields or projects and lack comprehensiveness, leading to dispersed resources and duplicated construction; a layered planning system ties them together.",
    theme: "governance",
    horizon: "medium",
    priority: "high",
    status: "in_progress",
    acceptance: "partially_accepted",
    health: "at_risk",
    targetDate: "2027-12-31",
    documentKey: "004_7d5a100826662ce7",
    locator: "Section 4.1.2 Develop a cooperation planning system",
    excerpt:
      "Based on a clear vision and objectives for cooperation, Shenzhen and Hong Kong should jointly formulate a detailed planning system. This system should cover a number of aspects.",
    owners: [
      { agencyKey: "sz-drc", role: "lead" },
      { agencyKey: "hk-cmab", role: "lead" },
      { agencyKey: "sz-stic", role: "supporting" },
    ],
    actions: [
      {
        title: "Draft the master plan for Shenzhen–Hong Kong cooperation",
        description:
          "Draft the overall framework, strategic layout and phased goals of bilateral cooperation for consultation with the Hong Kong side.",
        agencyKey: "sz-drc",
        status: "in_progress",
        progress: 55,
        dueDate: "2026-06-30",
      },
      {
        title: "Prepare the special plan for science and technology innovation",
        description:
          "Set out the content, implementation path and timetable of joint science and technology innovation cooperation as one of the special plans.",
        agencyKey: "sz-stic",
        status: "in_progress",
        progress: 30,
        dueDate: "2026-12-31",
      },
      {
        title: "Agree the supervision and evaluation mechanism for implementation plans",
        description:
          "Agree with Shenzhen how implementation plans will be monitored, evaluated and reported through the existing cross-boundary cooperation channels.",
        agencyKey: "hk-cmab",
        status: "todo",
        progress: 0,
        dueDate: "2027-06-30",
      },
    ],
  },
  {
    code: "R-004-4.2.1.1",
    title: {
      en: "Build the Hetao Shenzhen–Hong Kong Science and Technology Innovation Cooperation Zone into a shared innovation platform",
      zhHans: "将河套深港科技创新合作区打造为共建共享的创新平台",
      zhHant: "將河套深港科技創新合作區打造成共建共享的創新平台",
    },
    summary: {
      en: "Use the zone's location and policy advantages to attract top global research institutions and enterprises, jointly build laboratories and R&D centres to speed up the transfer of research results, and link the zone with universities and research institutions at home and abroad in an open innovation network.",
      zhHans:
        "发挥合作区的区位和政策优势，吸引全球顶尖科研机构和企业入驻，共建实验室和研发中心，加快科技成果转化应用，并与国内外高校及科研机构合作，构建开放协同的创新网络。",
      zhHant:
        "善用合作區的地理及政策優勢，吸引全球頂尖科研機構和企業進駐，合作興建實驗室及研發中心，加快科研成果轉化及應用，並與本地及海外大學和研究機構合作，建立開放協作的創新網絡。",
    },
    rationale:
      "Answers 3.2.1.3 (low efficiency in the transformation of scientific research results): research results rarely become productive forces for lack of market orientation and industrialisation experience; shared laboratories and R&D centres in the zone bring research and industry together.",
    theme: "innovation",
    horizon: "long",
    priority: "high",
    status: "in_progress",
    acceptance: "accepted",
    health: "on_track",
    targetDate: "2030-12-31",
    documentKey: "004_7d5a100826662ce7",
    locator: "Section 4.2.1.1 Building a Shenzhen-Hong Kong Science and Technology Innovation Cooperation Zone",
    excerpt:
      "To promote the sharing and complementarity of scientific and technological resources between the two places, and accelerate the transformation and application of scientific and technological achievements through jointly building laboratories, research and development centers, and other innovation carriers.",
    owners: [
      { agencyKey: "sz-stic", role: "lead" },
      { agencyKey: "hk-itib", role: "lead" },
      { agencyKey: "joint-hsitp", role: "supporting" },
    ],
    actions: [
      {
        title: "Sign agreements with top global research institutions to locate in the zone",
        description:
          "Negotiate and sign establishment agreements with leading international research institutions for R&D centres in the Shenzhen Park of the zone.",
        agencyKey: "sz-stic",
        status: "in_progress",
        progress: 60,
        dueDate: "2026-12-31",
      },
      {
        title: "Open the first joint laboratories in the Hong Kong Park",
        description:
          "Bring the first batch of joint laboratories with Shenzhen partners into operation in the Hong Kong Park of the Loop.",
        agencyKey: "hk-itib",
        status: "done",
        progress: 100,
        dueDate: "2026-03-31",
      },
      {
        title: "Set up a cross-border university and research partnership network",
        description:
          "Form a standing network linking universities and research institutions in both parks with partners at home and abroad for cross-disciplinary projects.",
        agencyKey: "joint-hsitp",
        status: "todo",
        progress: 0,
        dueDate: "2027-06-30",
      },
    ],
  },
  {
    code: "R-004-4.2.1.2",
    title: {
      en: "Expand Qianhai's science and technology innovation function",
      zhHans: "拓展前海深港现代服务业合作区的科技创新功能",
      zhHant: "拓展前海深港現代服務業合作區的科技創新功能",
    },
    summary: {
      en: "While consolidating Qianhai's lead in modern services, attract high-end finance, technology and information services that interact with innovation, and encourage Qianhai enterprises to invest in R&D and team up with Shenzhen and Hong Kong research institutions on cutting-edge technologies.",
      zhHans:
        "在巩固前海现代服务业领先地位的同时，集聚金融、科技、信息等高端服务业，与科技创新形成良性互动，并鼓励前海企业加大科技创新投入，支持其与深港科研机构联合开展前沿技术研发和应用推广。",
      zhHant:
        "在鞏固前海現代服務業領先地位的同時，吸引金融、科技及資訊等高端服務業集聚，與科技創新形成良性互動，並鼓勵前海企業投資科技創新，支援它們與深港科研機構合作進行前沿技術研發及應用推廣。",
    },
    rationale:
      "Answers 3.2.1.2 (insufficient and uneven distribution of R&D investment): Hong Kong's R&D spending is concentrated in services and gives little support to technological innovation; drawing Qianhai's service firms into R&D spreads investment more evenly.",
    theme: "innovation",
    horizon: "medium",
    priority: "medium",
    status: "accepted",
    acceptance: "accepted",
    health: "at_risk",
    targetDate: "2027-12-31",
    documentKey: "004_7d5a100826662ce7",
    locator: "Section 4.2.1.2 Expansion of Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone",
    excerpt:
      "Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone should not only continue to consolidate its leading position in the field of modern service industry but also actively expand the function of scientific and technological innovation.",
    owners: [
      { agencyKey: "sz-qianhai", role: "lead" },
      { agencyKey: "hk-itib", role: "lead" },
      { agencyKey: "sz-stic", role: "supporting" },
    ],
    actions: [
      {
        title: "Draft R&D investment incentives for Qianhai enterprises",
        description:
          "Draft incentive measures rewarding Qianhai-registered enterprises that raise their spending on science and technology innovation.",
        agencyKey: "sz-qianhai",
        status: "in_progress",
        progress: 40,
        dueDate: "2026-09-30",
      },
      {
        title: "Match Qianhai enterprises with Hong Kong universities for joint R&D",
        description:
          "Run matching sessions pairing Qianhai enterprises with Hong Kong universities and R&D centres on cutting-edge technology projects.",
        agencyKey: "hk-itib",
        status: "todo",
        progress: 0,
        dueDate: "2027-03-31",
      },
      {
        title: "Open Shenzhen innovation funding calls to Qianhai–Hong Kong consortia",
        description:
          "Allow consortia of Qianhai enterprises and Shenzhen or Hong Kong research institutions to apply to municipal science and technology programmes.",
        agencyKey: "sz-stic",
        status: "todo",
        progress: 0,
        dueDate: "2027-06-30",
      },
    ],
  },
  {
    code: "R-004-4.2.2.1",
    title: {
      en: "Establish a joint Shenzhen–Hong Kong R&D mechanism with a joint fund and shared platforms",
      zhHans: "建立深港联合研发机制，设立联合研发基金并共建研发平台",
      zhHant: "建立深港聯合研發機制，設立聯合研發基金及共建研發平台",
    },
    summary: {
      en: "Set up joint R&D funds and jointly built R&D platforms so that the two cities pool their science and technology resources to tackle the key core technologies holding back their industries, while deepening exchanges with leading international research institutions and enterprises.",
      zhHans:
        "设立联合研发基金、共建研发平台，整合两地科技资源，协同攻关制约产业发展的关键核心技术，同时加强与国际先进科研机构和企业的交流合作。",
      zhHant:
        "設立聯合研發基金及共建研發平台，整合兩地科技資源，合力攻克制約產業發展的關鍵核心技術，同時加強與國際先進科研機構及企業的交流合作。",
    },
    rationale:
      "Answers 3.2.1.2 (insufficient and uneven distribution of R&D investment) and 3.2.1.1 (limited breakthrough ability of core technology): R&D funding is short and unevenly spread while core technologies remain controlled by others, so pooled funds and platforms concentrate the effort.",
    theme: "innovation",
    horizon: "medium",
    priority: "high",
    status: "in_progress",
    acceptance: "accepted",
    health: "on_track",
    targetDate: "2027-12-31",
    documentKey: "004_7d5a100826662ce7",
    locator: "Section 4.2.2.1 Establishment of joint research and development mechanism",
    excerpt:
      "We should integrate the scientific and technological resources of the two places by setting up joint research and development funds and jointly building research and development platforms, to form a strong synergy for collaborative innovation.",
    owners: [
      { agencyKey: "sz-stic", role: "lead" },
      { agencyKey: "hk-itib", role: "lead" },
    ],
    actions: [
      {
        title: "Draft the joint R&D fund's management rules",
        description:
          "Draft rules on contributions, eligibility, cross-boundary remittance of funds and project evaluation for the joint R&D fund.",
        agencyKey: "sz-stic",
        status: "done",
        progress: 100,
        dueDate: "2025-12-31",
      },
      {
        title: "Launch the first joint call for key core technology projects",
        description:
          "Issue the first joint call for proposals under the fund and complete the review of applications from Shenzhen–Hong Kong teams.",
        agencyKey: "hk-itib",
        status: "in_progress",
        progress: 70,
        dueDate: "2026-10-31",
      },
      {
        title: "Set up the governance of jointly built R&D platforms",
        description: "Agree the governing boards, cost sharing and access rules of the jointly built R&D platforms.",
        agencyKey: "sz-stic",
        status: "in_progress",
        progress: 30,
        dueDate: "2027-06-30",
      },
    ],
  },
  {
    code: "R-004-4.2.2.2",
    title: {
      en: "Launch joint key R&D projects to break through bottleneck technologies in strategic emerging industries",
      zhHans: "联合实施重点研发项目，突破战略性新兴产业“卡脖子”技术",
      zhHant: "聯合推行重點研發項目，突破戰略性新興產業「卡脖子」技術",
    },
    summary: {
      en: "Identify a set of key R&D projects in artificial intelligence, biomedicine, new materials and new energy and concentrate resources on overcoming bottleneck technical problems, while strengthening intellectual property protection so that results can be transferred and applied.",
      zhHans:
        "围绕人工智能、生物医药、新材料和新能源等领域，确定一批重点研发项目，集中力量攻克“卡脖子”技术难题，同时加强知识产权保护，确保科研成果有效转化应用。",
      zhHant:
        "圍繞人工智能、生物醫藥、新材料及新能源等範疇，確定一批重點研發項目，集中資源攻克「卡脖子」技術難題，同時加強知識產權保護，確保科研成果有效轉化及應用。",
    },
    rationale:
      "Answers 3.2.1.1 (limited breakthrough ability of core technology): core technologies in chip manufacturing, high-end equipment and new materials are still controlled by others, and Hong Kong lacks independent manufacturing innovation capacity.",
    theme: "innovation",
    horizon: "long",
    priority: "high",
    status: "in_progress",
    acceptance: "partially_accepted",
    health: "off_track",
    targetDate: "2030-12-31",
    documentKey: "004_7d5a100826662ce7",
    locator: "Section 4.2.2.2 Making breakthroughs in key areas",
    excerpt:
      "Focusing on strategic emerging industries such as artificial intelligence, biomedicine, new materials, and new energy, Shenzhen and Hong Kong should identify a number of key R&D projects and concentrate their efforts on breakthroughs.",
    owners: [
      { agencyKey: "sz-stic", role: "lead" },
      { agencyKey: "hk-itib", role: "lead" },
      { agencyKey: "sz-amr", role: "supporting" },
    ],
    actions: [
      {
        title: "Publish the list of joint key R&D projects",
        description:
          "Agree and publish a list of key R&D projects in artificial intelligence, biomedicine, new materials and new energy for joint funding.",
        agencyKey: "sz-stic",
        status: "done",
        progress: 100,
        dueDate: "2025-11-30",
      },
      {
        title: "Commission Hong Kong teams on bottleneck technology projects",
        description:
          "Commission Hong Kong universities and R&D centres to lead work packages of the listed projects, pending agreement on cross-boundary use of research data and samples.",
        agencyKey: "hk-itib",
        status: "blocked",
        progress: 20,
        dueDate: "2026-08-31",
      },
      {
        title: "Offer fast-track IP protection for joint project results",
        description:
          "Provide priority patent examination guidance and IP protection services for results of the joint key R&D projects.",
        agencyKey: "sz-amr",
        status: "todo",
        progress: 0,
        dueDate: "2027-06-30",
      },
    ],
  },
  {
    code: "R-004-4.2.3.1",
    title: {
      en: "Integrate Shenzhen manufacturing and Hong Kong services along shared industrial chains",
      zhHans: "推动深圳制造与香港服务在产业链上深度融合",
      zhHant: "推動深圳製造與香港服務在產業鏈上深度融合",
    },
    summary: {
      en: "Deepen the integration of industrial chains by pairing Shenzhen's advanced manufacturing with Hong Kong's R&D, design and marketing capabilities and its finance, trade and logistics services, forming an industrial ecology of complementary upstream and downstream links.",
      zhHans:
        "发挥深圳先进制造优势，加强与香港在研发、设计、营销等环节的合作，并由香港以金融、贸易、物流等现代服务业为深圳制造业提供支撑，通过上下游协同形成优势互补、协调发展的产业生态。",
      zhHant:
        "發揮深圳先進製造優勢，加強與香港在研發、設計及市場推廣等環節的合作，並由香港以金融、貿易及物流等現代服務業支援深圳製造業，透過上下游協同，形成優勢互補、協調發展的產業生態。",
    },
    rationale:
      "Answers 3.2.1.1 (limited breakthrough ability of core technology): Shenzhen is strong in manufacturing while Hong Kong is competitive in finance, trade and logistics but weak in manufacturing innovation, so each side's strength should cover the other's gap.",
    theme: "industry",
    horizon: "medium",
    priority: "medium",
    status: "proposed",
    acceptance: "pending",
    health: null,
    targetDate: "2027-12-31",
    documentKey: "004_7d5a100826662ce7",
    locator: "Section 4.2.3.1 Deeper integration of industrial chains",
    excerpt:
      "Hong Kong should make use of its advantages in modern service industries such as finance, trade, and logistics to provide strong support and services for Shenzhen’s manufacturing industry.",
    owners: [
      { agencyKey: "sz-iitb", role: "lead" },
      { agencyKey: "hk-itib", role: "lead" },
    ],
    actions: [
      {
        title: "Map Shenzhen manufacturing chains against Hong Kong service providers",
        description:
          "Map the key manufacturing chains in Shenzhen and identify the R&D, design, financing and logistics links Hong Kong firms could supply.",
        agencyKey: "sz-iitb",
        status: "todo",
        progress: 0,
        dueDate: "2027-03-31",
      },
      {
        title: "Set up an industrial chain matching platform",
        description:
          "Create a matching platform connecting Shenzhen manufacturers with Hong Kong professional, financial and logistics service providers.",
        agencyKey: "hk-itib",
        status: "todo",
        progress: 0,
        dueDate: "2027-09-30",
      },
    ],
  },
  {
    code: "R-004-4.2.3.2",
    title: {
      en: "Jointly cultivate internationally competitive emerging industrial clusters",
      zhHans: "联合培育具有国际竞争力的新兴产业集群",
      zhHant: "共同培育具國際競爭力的新興產業集群",
    },
    summary: {
      en: "In line with both cities' industrial development plans, jointly foster several emerging industrial clusters, using targeted support policies and quality services to attract high-quality enterprises and projects, and strengthening knowledge sharing and cooperation among cluster firms.",
      zhHans:
        "结合两地产业发展规划，共同培育若干新兴产业集群，通过制定针对性扶持政策、提供优质服务保障，吸引国内外优质企业和项目落户，并加强集群内企业的交流合作与知识共享。",
      zhHant:
        "配合兩地產業發展規劃，共同培育若干新興產業集群，透過制訂針對性支援政策及提供優質服務，吸引本地及海外優質企業和項目落戶，並加強集群內企業的交流合作及知識共享。",
    },
    rationale:
      "Answers 3.2.2.1 (lack of unified coordination mechanism): without a joint approach the two sides disperse resources and duplicate construction, so clusters should be cultivated together under aligned plans.",
    theme: "industry",
    horizon: "long",
    priority: "medium",
    status: "accepted",
    acceptance: "accepted",
    health: "on_track",
    targetDate: "2030-12-31",
    documentKey: "004_7d5a100826662ce7",
    locator: "Section 4.2.3.2 Fostering emerging industrial clusters",
    excerpt:
      "Through measures such as formulating targeted support policies and providing quality service guarantees, high-quality enterprises and projects at home and abroad will be attracted to settle in the clusters.",
    owners: [
      { agencyKey: "sz-drc", role: "lead" },
      { agencyKey: "hk-itib", role: "lead" },
      { agencyKey: "sz-stic", role: "supporting" },
    ],
    actions: [
      {
        title: "Select the emerging industries for joint cluster cultivation",
        description:
          "Compare both cities' industrial development plans and agree the emerging industries in which joint clusters will be cultivated.",
        agencyKey: "sz-drc",
        status: "in_progress",
        progress: 50,
        dueDate: "2026-12-31",
      },
      {
        title: "Draft targeted support measures for enterprises settling in the clusters",
        description:
          "Draft support measures and a service package for high-quality enterprises and projects relocating to the joint clusters from Hong Kong and overseas.",
        agencyKey: "hk-itib",
        status: "todo",
        progress: 0,
        dueDate: "2027-06-30",
      },
      {
        title: "Run a knowledge-sharing programme for cluster enterprises",
        description:
          "Organise regular technology exchanges and shared innovation services for enterprises in the clusters.",
        agencyKey: "sz-stic",
        status: "todo",
        progress: 0,
        dueDate: "2027-09-30",
      },
    ],
  },
];
