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
        title: {
          en: "Draft a joint vision statement on new industrialisation cooperation",
          zhHans: "起草新型工业化合作联合愿景声明",
          zhHant: "草擬新型工業化合作聯合願景聲明",
        },
        description: {
          en: "Prepare and agree a joint vision statement setting out the direction of Shenzhen–Hong Kong cooperation towards a world-class strategic industrial cluster.",
          zhHans: "拟订并商定联合愿景声明，明确深港携手打造世界级战略性产业集群的合作方向。",
          zhHant: "擬備並議定聯合願景聲明，訂明深港攜手打造世界級戰略性產業集群的合作方向。",
        },
        agencyKey: "sz-drc",
        status: "done",
        progress: 100,
        dueDate: "2025-08-31",
      },
      {
        title: {
          en: "Agree a quantified indicator set for the cooperation period",
          zhHans: "商定合作期量化指标体系",
          zhHant: "議定合作期內的量化指標",
        },
        description: {
          en: "Fix targets for the number of jointly promoted key projects and the growth of industrial cooperation output value, with annual reporting.",
          zhHans: "确定联合推进的重点项目数量和产业合作产值增长目标，并按年度报告进展。",
          zhHant: "訂定合作推動的重點項目數目及產業合作產值增長目標，並每年匯報進展。",
        },
        agencyKey: "hk-itib",
        status: "done",
        progress: 100,
        dueDate: "2025-11-30",
      },
      {
        title: {
          en: "Set baselines for science and technology innovation indicators",
          zhHans: "确定科技创新指标基准值",
          zhHant: "訂定科技創新指標的基線",
        },
        description: {
          en: "Compile baseline figures for joint innovation achievements (patents, joint projects, commercialised results) against which progress is measured.",
          zhHans: "汇总联合创新成果（专利、联合项目、已转化成果）的基准数据，作为衡量进展的依据。",
          zhHant: "整理聯合創新成果（專利、合作項目、已商品化成果）的基線數據，作為衡量進展的依據。",
        },
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
        title: {
          en: "Draft the master plan for Shenzhen–Hong Kong cooperation",
          zhHans: "编制深港合作总体规划",
          zhHant: "制訂深港合作總體規劃",
        },
        description: {
          en: "Draft the overall framework, strategic layout and phased goals of bilateral cooperation for consultation with the Hong Kong side.",
          zhHans: "起草两地合作的总体框架、战略布局和阶段性目标，征求香港方面意见。",
          zhHant: "草擬兩地合作的整體框架、策略佈局及分階段目標，以諮詢香港方面的意見。",
        },
        agencyKey: "sz-drc",
        status: "in_progress",
        progress: 55,
        dueDate: "2026-06-30",
      },
      {
        title: {
          en: "Prepare the special plan for science and technology innovation",
          zhHans: "编制科技创新专项规划",
          zhHant: "制訂科技創新專項規劃",
        },
        description: {
          en: "Set out the content, implementation path and timetable of joint science and technology innovation cooperation as one of the special plans.",
          zhHans: "作为专项规划之一，明确深港科技创新合作的内容、实施路径和时间表。",
          zhHant: "作為專項規劃之一，訂明深港科技創新合作的內容、推行路徑及時間表。",
        },
        agencyKey: "sz-stic",
        status: "in_progress",
        progress: 30,
        dueDate: "2026-12-31",
      },
      {
        title: {
          en: "Agree the supervision and evaluation mechanism for implementation plans",
          zhHans: "商定实施方案的监督评估机制",
          zhHant: "議定實施方案的監察及評估機制",
        },
        description: {
          en: "Agree with Shenzhen how implementation plans will be monitored, evaluated and reported through the existing cross-boundary cooperation channels.",
          zhHans: "与深圳方面商定如何通过现有跨境合作渠道对实施方案进行监督、评估和报告。",
          zhHant: "與深圳方面議定如何透過現有跨境合作渠道監察、評估及匯報實施方案的進度。",
        },
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
        title: {
          en: "Sign agreements with top global research institutions to locate in the zone",
          zhHans: "与全球顶尖科研机构签约入驻合作区",
          zhHant: "與全球頂尖科研機構簽署進駐合作區協議",
        },
        description: {
          en: "Negotiate and sign establishment agreements with leading international research institutions for R&D centres in the Shenzhen Park of the zone.",
          zhHans: "与国际领先科研机构洽谈并签署落户协议，在合作区深圳园区设立研发中心。",
          zhHant: "與國際領先科研機構洽商並簽署協議，在合作區深圳園區設立研發中心。",
        },
        agencyKey: "sz-stic",
        status: "in_progress",
        progress: 60,
        dueDate: "2026-12-31",
      },
      {
        title: {
          en: "Open the first joint laboratories in the Hong Kong Park",
          zhHans: "在香港园区启用首批联合实验室",
          zhHant: "在香港園區啟用首批聯合實驗室",
        },
        description: {
          en: "Bring the first batch of joint laboratories with Shenzhen partners into operation in the Hong Kong Park of the Loop.",
          zhHans: "推动首批与深圳合作伙伴共建的联合实验室在河套香港园区投入运作。",
          zhHant: "讓首批與深圳夥伴合作的聯合實驗室在河套香港園區投入運作。",
        },
        agencyKey: "hk-itib",
        status: "done",
        progress: 100,
        dueDate: "2026-03-31",
      },
      {
        title: {
          en: "Set up a cross-border university and research partnership network",
          zhHans: "建立跨境高校与科研机构合作网络",
          zhHant: "建立跨境大學及研究機構合作網絡",
        },
        description: {
          en: "Form a standing network linking universities and research institutions in both parks with partners at home and abroad for cross-disciplinary projects.",
          zhHans: "建立常设合作网络，联结两个园区内的高校和科研机构与国内外合作伙伴，开展跨学科项目。",
          zhHant: "建立常設網絡，連繫兩個園區內的大學及研究機構與本地及海外夥伴，推行跨學科項目。",
        },
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
        title: {
          en: "Draft R&D investment incentives for Qianhai enterprises",
          zhHans: "拟定前海企业研发投入激励措施",
          zhHant: "草擬前海企業研發投資激勵措施",
        },
        description: {
          en: "Draft incentive measures rewarding Qianhai-registered enterprises that raise their spending on science and technology innovation.",
          zhHans: "拟定激励措施，奖励加大科技创新投入的前海注册企业。",
          zhHant: "草擬激勵措施，獎勵增加科技創新開支的前海註冊企業。",
        },
        agencyKey: "sz-qianhai",
        status: "in_progress",
        progress: 40,
        dueDate: "2026-09-30",
      },
      {
        title: {
          en: "Match Qianhai enterprises with Hong Kong universities for joint R&D",
          zhHans: "推动前海企业与香港高校对接开展联合研发",
          zhHant: "為前海企業與香港大學進行聯合研發作配對",
        },
        description: {
          en: "Run matching sessions pairing Qianhai enterprises with Hong Kong universities and R&D centres on cutting-edge technology projects.",
          zhHans: "举办对接活动，推动前海企业与香港高校及研发中心围绕前沿技术项目开展合作。",
          zhHant: "舉辦配對活動，促成前海企業與香港大學及研發中心就前沿技術項目合作。",
        },
        agencyKey: "hk-itib",
        status: "todo",
        progress: 0,
        dueDate: "2027-03-31",
      },
      {
        title: {
          en: "Open Shenzhen innovation funding calls to Qianhai–Hong Kong consortia",
          zhHans: "深圳科技创新资助项目向前海与香港联合体开放申报",
          zhHant: "深圳科技創新資助計劃開放予前海與香港聯合團隊申請",
        },
        description: {
          en: "Allow consortia of Qianhai enterprises and Shenzhen or Hong Kong research institutions to apply to municipal science and technology programmes.",
          zhHans: "允许由前海企业与深圳或香港科研机构组成的联合体申报市级科技计划项目。",
          zhHant: "容許由前海企業與深圳或香港研究機構組成的聯合團隊申請深圳市級科技計劃。",
        },
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
        title: {
          en: "Draft the joint R&D fund's management rules",
          zhHans: "拟定联合研发基金管理办法",
          zhHant: "草擬聯合研發基金管理規則",
        },
        description: {
          en: "Draft rules on contributions, eligibility, cross-boundary remittance of funds and project evaluation for the joint R&D fund.",
          zhHans: "拟定联合研发基金在出资、申报资格、资金跨境拨付和项目评审等方面的规则。",
          zhHant: "就聯合研發基金的注資、申請資格、資金跨境撥付及項目評審草擬規則。",
        },
        agencyKey: "sz-stic",
        status: "done",
        progress: 100,
        dueDate: "2025-12-31",
      },
      {
        title: {
          en: "Launch the first joint call for key core technology projects",
          zhHans: "启动首轮关键核心技术项目联合征集",
          zhHant: "推出首輪關鍵核心技術項目聯合徵集",
        },
        description: {
          en: "Issue the first joint call for proposals under the fund and complete the review of applications from Shenzhen–Hong Kong teams.",
          zhHans: "发布基金首轮联合项目申报指南，并完成对深港团队申请的评审。",
          zhHant: "推出基金首輪聯合項目徵集，並完成審批深港團隊提交的申請。",
        },
        agencyKey: "hk-itib",
        status: "in_progress",
        progress: 70,
        dueDate: "2026-10-31",
      },
      {
        title: {
          en: "Set up the governance of jointly built R&D platforms",
          zhHans: "建立共建研发平台的治理架构",
          zhHant: "建立共建研發平台的管治架構",
        },
        description: {
          en: "Agree the governing boards, cost sharing and access rules of the jointly built R&D platforms.",
          zhHans: "商定共建研发平台的理事会设置、成本分担和开放使用规则。",
          zhHant: "議定共建研發平台的管理委員會、成本分攤及使用規則。",
        },
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
        title: {
          en: "Publish the list of joint key R&D projects",
          zhHans: "发布联合重点研发项目清单",
          zhHant: "發布聯合重點研發項目清單",
        },
        description: {
          en: "Agree and publish a list of key R&D projects in artificial intelligence, biomedicine, new materials and new energy for joint funding.",
          zhHans: "商定并发布人工智能、生物医药、新材料和新能源领域的重点研发项目清单，予以联合资助。",
          zhHant: "議定並發布人工智能、生物醫藥、新材料及新能源範疇的重點研發項目清單，作聯合資助之用。",
        },
        agencyKey: "sz-stic",
        status: "done",
        progress: 100,
        dueDate: "2025-11-30",
      },
      {
        title: {
          en: "Commission Hong Kong teams on bottleneck technology projects",
          zhHans: "委托香港团队承担“卡脖子”技术攻关项目",
          zhHant: "委託香港團隊承擔「卡脖子」技術項目",
        },
        description: {
          en: "Commission Hong Kong universities and R&D centres to lead work packages of the listed projects, pending agreement on cross-boundary use of research data and samples.",
          zhHans: "委托香港高校和研发中心牵头承担清单项目的相关任务，待两地就科研数据和样本跨境使用达成一致后推进。",
          zhHant:
            "委託香港大學及研發中心牽頭負責清單項目的相關工作，惟須待兩地就科研數據及樣本跨境使用達成協議後方可展開。",
        },
        agencyKey: "hk-itib",
        status: "blocked",
        progress: 20,
        dueDate: "2026-08-31",
      },
      {
        title: {
          en: "Offer fast-track IP protection for joint project results",
          zhHans: "为联合项目成果提供知识产权快速保护",
          zhHant: "為聯合項目成果提供快速知識產權保護",
        },
        description: {
          en: "Provide priority patent examination guidance and IP protection services for results of the joint key R&D projects.",
          zhHans: "为联合重点研发项目成果提供专利优先审查指导和知识产权保护服务。",
          zhHant: "為聯合重點研發項目的成果提供專利優先審查指引及知識產權保護服務。",
        },
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
        title: {
          en: "Map Shenzhen manufacturing chains against Hong Kong service providers",
          zhHans: "梳理深圳制造业产业链与香港服务的对接点",
          zhHant: "對照香港服務提供者梳理深圳製造業產業鏈",
        },
        description: {
          en: "Map the key manufacturing chains in Shenzhen and identify the R&D, design, financing and logistics links Hong Kong firms could supply.",
          zhHans: "梳理深圳重点制造业产业链，找出可由香港企业提供研发、设计、融资和物流服务的环节。",
          zhHant: "梳理深圳的主要製造業產業鏈，找出可由香港企業提供研發、設計、融資及物流服務的環節。",
        },
        agencyKey: "sz-iitb",
        status: "todo",
        progress: 0,
        dueDate: "2027-03-31",
      },
      {
        title: {
          en: "Set up an industrial chain matching platform",
          zhHans: "搭建产业链对接平台",
          zhHant: "設立產業鏈配對平台",
        },
        description: {
          en: "Create a matching platform connecting Shenzhen manufacturers with Hong Kong professional, financial and logistics service providers.",
          zhHans: "搭建对接平台，连接深圳制造企业与香港专业、金融和物流服务提供商。",
          zhHant: "設立配對平台，連繫深圳製造商與香港的專業、金融及物流服務提供者。",
        },
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
        title: {
          en: "Select the emerging industries for joint cluster cultivation",
          zhHans: "确定联合培育集群的新兴产业",
          zhHant: "選定共同培育產業集群的新興產業",
        },
        description: {
          en: "Compare both cities' industrial development plans and agree the emerging industries in which joint clusters will be cultivated.",
          zhHans: "对比两地产业发展规划，商定联合培育产业集群的新兴产业领域。",
          zhHant: "比較兩地的產業發展規劃，議定共同培育產業集群的新興產業範疇。",
        },
        agencyKey: "sz-drc",
        status: "in_progress",
        progress: 50,
        dueDate: "2026-12-31",
      },
      {
        title: {
          en: "Draft targeted support measures for enterprises settling in the clusters",
          zhHans: "拟定入驻集群企业的针对性扶持措施",
          zhHant: "草擬針對落戶集群企業的支援措施",
        },
        description: {
          en: "Draft support measures and a service package for high-quality enterprises and projects relocating to the joint clusters from Hong Kong and overseas.",
          zhHans: "为从香港及海外迁入联合产业集群的优质企业和项目拟定扶持措施和配套服务包。",
          zhHant: "為由香港及海外遷入聯合產業集群的優質企業和項目草擬支援措施及配套服務。",
        },
        agencyKey: "hk-itib",
        status: "todo",
        progress: 0,
        dueDate: "2027-06-30",
      },
      {
        title: {
          en: "Run a knowledge-sharing programme for cluster enterprises",
          zhHans: "为集群企业开展知识共享活动",
          zhHant: "為集群企業推行知識共享計劃",
        },
        description: {
          en: "Organise regular technology exchanges and shared innovation services for enterprises in the clusters.",
          zhHans: "定期为集群内企业组织技术交流，并提供共享创新服务。",
          zhHant: "定期為集群內企業舉辦技術交流活動，並提供共用創新服務。",
        },
        agencyKey: "sz-stic",
        status: "todo",
        progress: 0,
        dueDate: "2027-09-30",
      },
    ],
  },
];
