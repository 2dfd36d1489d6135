import { recommendations000002003 } from "./recommendations-000-002-003";
import { recommendations001 } from "./recommendations-001";
import { recommendations004FactorsAreas } from "./recommendations-004-factors-areas";
import { recommendations004PlanningInnovation } from "./recommendations-004-planning-innovation";
import type { SeedRecommendation } from "./types";

/** Every seeded recommendation, in document order. */
export const seedRecommendations: SeedRecommendation[] = [
  ...recommendations000002003.filter((r) => r.documentKey.startsWith("000")),
  ...recommendations001,
  ...recommendations000002003.filter((r) => !r.documentKey.startsWith("000")),
  ...recommendations004PlanningInnovation,
  ...recommendations004FactorsAreas,
];
