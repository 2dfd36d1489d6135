/**
 * Synthetic load: fills the database with many recommendations, owners and actions so the list can
 * be measured at realistic size (bench/list-queries.ts, `npm run db:generate-load`).
 *
 * Codes are "R-LOAD-000001" …, a prefix no published document uses, so generated rows never collide
 * with the real ones. Every row is derived from (seed, index) alone, so a run is reproducible and a
 * second run skips the codes that exist and inserts nothing.
 */
import { actionSearchText, recommendationSearchText } from "../search-text";
import { like } from "drizzle-orm";
import type { Database } from "../index";
import {
  actions,
  actionStatuses,
  agencies,
  healths,
  horizons,
  priorities,
  recommendationOwners,
  recommendations,
  recommendationStatuses,
  themes,
  type Acceptance,
  type ActionStatus,
  type NewAction,
  type NewRecommendation,
  type RecommendationStatus,
} from "../schema";

export const LOAD_CODE_PREFIX = "R-LOAD-";

export interface GenerateLoadOptions {
  recommendations: number;
  actionsPerRecommendation: number;
  seed: number;
  /** Called after each batch with the recommendations handled so far (inserted or skipped). */
  onProgress?: (done: number, total: number) => void;
}

export interface GenerateLoadReport {
  recommendations: number;
  owners: number;
  actions: number;
  /** Codes that already existed and were left alone. */
  skipped: number;
  elapsedMs: number;
}

/** Recommendations per transaction; each INSERT then carries at most this many rows. */
const BATCH = 1000;
/** Dates are drawn around this day rather than "today", so the same seed gives the same rows. */
const BASE_DAY = Date.UTC(2026, 0, 1);
const DAY_MS = 86_400_000;

export function loadCode(index: number): string {
  return `${LOAD_CODE_PREFIX}${String(index + 1).padStart(6, "0")}`;
}

export async function generateLoad(db: Database, options: GenerateLoadOptions): Promise<GenerateLoadReport> {
  const started = performance.now();
  const report: GenerateLoadReport = { recommendations: 0, owners: 0, actions: 0, skipped: 0, elapsedMs: 0 };
  const agencyRows = await db.select({ id: agencies.id }).from(agencies).orderBy(agencies.key);
  if (!agencyRows.length) throw new Error("generateLoad needs agencies: seed the database first");
  const agencyIds = agencyRows.map((a) => a.id);
  const existing = new Set(
    (
      await db
        .select({ code: recommendations.code })
        .from(recommendations)
        .where(like(recommendations.code, `${LOAD_CODE_PREFIX}%`))
    ).map((r) => r.code),
  );

  const total = options.recommendations;
  for (let start = 0; start < total; start += BATCH) {
    const planned: PlannedRecommendation[] = [];
    for (let i = start; i < Math.min(start + BATCH, total); i++) {
      if (existing.has(loadCode(i))) report.skipped++;
      else planned.push(planRecommendation(options.seed, i, agencyIds, options.actionsPerRecommendation));
    }
    if (planned.length) {
      await db.transaction(async (tx) => {
        const inserted = await tx
          .insert(recommendations)
          .values(planned.map((p) => p.row))
          .onConflictDoNothing({ target: recommendations.code })
          .returning({ id: recommendations.id, code: recommendations.code });
        const idByCode = new Map(inserted.map((r) => [r.code, r.id]));
        const owners: (typeof recommendationOwners.$inferInsert)[] = [];
        const acts: NewAction[] = [];
        for (const p of planned) {
          // A code inserted concurrently by someone else is theirs: add nothing under it.
          const id = idByCode.get(p.row.code);
          if (!id) continue;
          for (const o of p.owners) owners.push({ ...o, recommendationId: id });
          for (const a of p.actions) acts.push({ ...a, recommendationId: id });
        }
        for (const chunk of chunks(owners)) await tx.insert(recommendationOwners).values(chunk);
        for (const chunk of chunks(acts)) await tx.insert(actions).values(chunk);
        report.recommendations += inserted.length;
        report.skipped += planned.length - inserted.length;
        report.owners += owners.length;
        report.actions += acts.length;
      });
    }
    options.onProgress?.(Math.min(start + BATCH, total), total);
  }
  report.elapsedMs = Math.round(performance.now() - started);
  return report;
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

interface PlannedRecommendation {
  row: NewRecommendation & { code: string };
  owners: Omit<typeof recommendationOwners.$inferInsert, "recommendationId">[];
  actions: Omit<NewAction, "recommendationId">[];
}

function planRecommendation(
  seed: number,
  index: number,
  agencyIds: string[],
  actionsPer: number,
): PlannedRecommendation {
  const rnd = mulberry32(hash(seed, index));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const status = pick(recommendationStatuses);
  const theme = pick(themes);
  const text = phrase(rnd, theme);
  const updatedAt = new Date(BASE_DAY - Math.floor(rnd() * 400) * DAY_MS - Math.floor(rnd() * DAY_MS));

  const ownerCount = 1 + Math.floor(rnd() * Math.min(3, agencyIds.length));
  const ownerIds = distinct(rnd, agencyIds, ownerCount);
  const owners = ownerIds.map((agencyId, i) => ({
    agencyId,
    role: i === 0 ? ("lead" as const) : ("supporting" as const),
  }));

  const acts: PlannedRecommendation["actions"] = [];
  for (let a = 0; a < actionsPer; a++) {
    const actionStatus = pick(actionStatuses);
    const due = rnd() < 0.1 ? null : isoDay(BASE_DAY + Math.floor((rnd() * 900 - 300) * DAY_MS));
    const title = `${pick(VERBS.en)} ${pick(NOUNS.en)} (${pick(NOUNS.zhHans)}) — step ${a + 1}`;
    const description = `${text.summaryEn} ${pick(VERBS.zhHans)}${pick(NOUNS.zhHans)}。`;
    acts.push({
      title,
      description,
      searchText: actionSearchText({
        title,
        titleZhHans: "",
        titleZhHant: "",
        description,
        descriptionZhHans: null,
        descriptionZhHant: null,
      }),
      agencyId: pick(ownerIds),
      status: actionStatus,
      progress: progressFor(actionStatus, rnd),
      dueDate: due,
      completedAt: actionStatus === "done" ? new Date(`${due ?? isoDay(BASE_DAY)}T09:00:00Z`) : null,
      createdAt: updatedAt,
      updatedAt,
    });
  }

  return {
    row: {
      code: loadCode(index),
      titleEn: text.titleEn,
      titleZhHans: text.titleZhHans,
      titleZhHant: text.titleZhHant,
      summaryEn: text.summaryEn,
      summaryZhHans: text.summaryZhHans,
      summaryZhHant: text.summaryZhHant,
      searchText: recommendationSearchText({ code: loadCode(index), ...text, sourceExcerpt: null }),
      theme,
      horizon: pick(horizons),
      priority: pick(priorities),
      status,
      acceptance: acceptanceFor(status, rnd),
      closureReason: status === "closed" ? pick(["implemented", "not_implemented", "superseded"] as const) : null,
      health: status === "proposed" || status === "closed" ? null : pick(healths),
      targetDate: rnd() < 0.15 ? null : isoDay(BASE_DAY + Math.floor(rnd() * 2000 * DAY_MS) - 200 * DAY_MS),
      sourceLocator: `synthetic #${index + 1}`,
      createdAt: updatedAt,
      updatedAt,
    },
    owners,
    actions: acts,
  };
}

/** The lifecycle rule: anything past "proposed" has been (at least partly) accepted. */
function acceptanceFor(status: RecommendationStatus, rnd: () => number): Acceptance {
  if (status !== "proposed") return rnd() < 0.8 ? "accepted" : "partially_accepted";
  const r = rnd();
  return r < 0.6 ? "pending" : r < 0.85 ? "not_accepted" : "partially_accepted";
}

function progressFor(status: ActionStatus, rnd: () => number): number {
  if (status === "done") return 100;
  if (status === "todo") return 0;
  return Math.floor(rnd() * 100); // 0–99
}

function distinct<T>(rnd: () => number, list: T[], n: number): T[] {
  const pool = [...list];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0]!);
  return out;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Each language mixes in a word from another, so text search in either script finds something. */
function phrase(rnd: () => number, theme: string) {
  const n = Math.floor(rnd() * NOUNS.en.length);
  const v = Math.floor(rnd() * VERBS.en.length);
  const p = Math.floor(rnd() * PLACES.en.length);
  const t = THEME_WORDS[theme] ?? THEME_WORDS.innovation!;
  return {
    titleEn: `${VERBS.en[v]} ${t.en} ${NOUNS.en[n]} in ${PLACES.en[p]} (${t.zhHans})`,
    titleZhHans: `${PLACES.zhHans[p]}${VERBS.zhHans[v]}${t.zhHans}${NOUNS.zhHans[n]}（${t.en}）`,
    titleZhHant: `${PLACES.zhHant[p]}${VERBS.zhHant[v]}${t.zhHant}${NOUNS.zhHant[n]}（${t.en}）`,
    summaryEn: `Shenzhen and Hong Kong ${VERBS.en[v]!.toLowerCase()} a ${t.en} ${NOUNS.en[n]} for ${PLACES.en[p]}, with ${t.zhHans} ${NOUNS.zhHans[n]} measures.`,
    summaryZhHans: `深港两地在${PLACES.zhHans[p]}${VERBS.zhHans[v]}${t.zhHans}${NOUNS.zhHans[n]}，推进 ${t.en} cooperation。`,
    summaryZhHant: `深港兩地在${PLACES.zhHant[p]}${VERBS.zhHant[v]}${t.zhHant}${NOUNS.zhHant[n]}，推進 ${t.en} cooperation。`,
  };
}

const THEME_WORDS: Record<string, { en: string; zhHans: string; zhHant: string }> = {
  innovation: { en: "innovation", zhHans: "科技创新", zhHant: "科技創新" },
  industry: { en: "industrial", zhHans: "产业", zhHant: "產業" },
  finance: { en: "fintech", zhHans: "金融", zhHant: "金融" },
  talent: { en: "talent", zhHans: "人才", zhHant: "人才" },
  governance: { en: "governance", zhHans: "规则衔接", zhHant: "規則銜接" },
  infrastructure: { en: "infrastructure", zhHans: "基础设施", zhHant: "基礎設施" },
  trade_services: { en: "services trade", zhHans: "服务贸易", zhHant: "服務貿易" },
  intellectual_property: { en: "intellectual property", zhHans: "知识产权", zhHant: "知識產權" },
};
const VERBS = {
  en: ["Establish", "Expand", "Pilot", "Coordinate", "Streamline", "Fund", "Align", "Open"],
  zhHans: ["建立", "扩大", "试点", "协调", "简化", "资助", "对接", "开放"],
  zhHant: ["建立", "擴大", "試點", "協調", "簡化", "資助", "對接", "開放"],
};
const NOUNS = {
  en: ["platform", "fund", "corridor", "standard", "mechanism", "programme", "centre", "data link", "exchange", "zone"],
  zhHans: ["平台", "基金", "走廊", "标准", "机制", "计划", "中心", "数据通道", "交流", "合作区"],
  zhHant: ["平台", "基金", "走廊", "標準", "機制", "計劃", "中心", "數據通道", "交流", "合作區"],
};
const PLACES = {
  en: ["Qianhai", "Hetao", "Lok Ma Chau Loop", "Northern Metropolis", "Futian", "Nanshan", "Shekou"],
  zhHans: ["前海", "河套", "落马洲河套", "北部都会区", "福田", "南山", "蛇口"],
  zhHant: ["前海", "河套", "落馬洲河套", "北部都會區", "福田", "南山", "蛇口"],
};

/** A small, fast, seedable PRNG (mulberry32); plenty for synthetic data, not for secrets. */
function mulberry32(a: number): () => number {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f35b);
  return (h ^ (h >>> 13)) >>> 0;
}
