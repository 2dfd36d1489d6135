import type { SeedDocument } from "./types";

/**
 * The five source documents in db/seed/documents/ (key = file name without ".txt").
 * Facts come from the texts themselves; where a text names no author, publisher or date, the field is null.
 */
export const seedDocuments: SeedDocument[] = [
  {
    key: "000_b7b9a951cab1b37d",
    title: "Discussion on the future cooperation pattern of Shenzhen and Hong Kong",
    author: null,
    publisher: null,
    publishedOn: null,
    dateNote: "Not dated; the abstract uses first-quarter 2021 economic figures and the 2020 Global Innovation Index.",
    kind: "report_abstract",
  },
  {
    key: "001_7707b859dcd0826a",
    title:
      "Shenzhen and Hong Kong “Twin City” Cooperation to Jointly Build an International Technology Innovation Center",
    author: "Guo Wanda, Executive Vice President of CDI (China Development Institute)",
    publisher: null,
    publishedOn: null,
    dateNote: "No date given in the text.",
    kind: "commentary",
  },
  {
    key: "002_94daefef321193f7",
    title:
      "Exploring the Development Path of Shenzhen-Hong Kong Science and Technology Service Industry Cooperation under the Greater Bay Area Strategy",
    author: null,
    publisher: null,
    publishedOn: null,
    dateNote: "Not dated; sets goals for 2025 (short term), the medium term and 2030 (long term).",
    kind: "research_outline",
  },
  {
    key: "003_796b3ef5c51271de",
    title:
      "Report on the 2022 Shenzhen-Hong Kong Cooperation Forum (China Development Institute and One Country Two Systems Research Institute)",
    author: null,
    publisher: "China Daily Hong Kong",
    publishedOn: null,
    dateNote:
      "2022: reports remarks made on a Friday at the 2022 Shenzhen-Hong Kong Cooperation Forum and mentions the US CHIPS and Science Act signed “earlier this month” (August 2022); no exact date given.",
    kind: "news_report",
  },
  {
    key: "004_7d5a100826662ce7",
    title:
      "Research on the Development Path for Jointly Building a World-Class Strategic Industrial Cluster in Shenzhen-Hong Kong Under the Integrated Perspective of the “New Industrialization” Strategy",
    author: "Jian Peng, School of Economics, Shenzhen Polytechnic University",
    publisher: "Bio-Byword Scientific Publishing",
    publishedOn: "2025-01-02",
    dateNote: "Published online 2 January 2025 (copyright line © 2024); open access under CC BY 4.0.",
    kind: "journal_article",
  },
];
