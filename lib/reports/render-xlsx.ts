/**
 * The report as a workbook: one sheet per part (summary, entries, actions, indicators, answers,
 * overdue annex), with typed cells so a reader can sort and sum: days as dates, counts and figures
 * as numbers, shares as numbers formatted as percentages. Texts are neutralised like the table
 * export (a title starting with "=" never becomes a formula).
 */
import ExcelJS from "exceljs";
import { neutralizeCell } from "@/lib/export/table-export";
import type { ReportAction, ReportSnapshot } from "./snapshot";
import { reportTranslator } from "./translator";
import { reportWords } from "./words";

type Cell = string | number | Date | null;
interface Column {
  header: string;
  width?: number;
  kind?: "text" | "number" | "percent" | "date";
}

const DATE_FORMAT = "yyyy-mm-dd";
/** A YYYY-MM-DD day as the date Excel shows for it (midnight UTC, which exceljs writes as that day). */
const day = (iso: string | null) => (iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null);
const text = (v: string | null) => (v === null ? null : neutralizeCell(v));

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: Cell[][]) {
  const sheet = workbook.addWorksheet(name.slice(0, 31));
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width ?? Math.min(50, Math.max(12, c.header.length + 2)),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  for (const row of rows)
    sheet.addRow(row.map((v, i) => (typeof v === "string" && columns[i]?.kind !== "date" ? text(v) : v)));
  columns.forEach((c, i) => {
    const col = sheet.getColumn(i + 1);
    if (c.kind === "date") col.numFmt = DATE_FORMAT;
    if (c.kind === "percent") col.numFmt = "0%";
    if (c.kind === "number") col.numFmt = "0.##";
  });
  return sheet;
}

export async function renderReportXlsx(snapshot: ReportSnapshot): Promise<Buffer> {
  const w = reportWords(snapshot.locale);
  const t = reportTranslator("reports.xlsx", snapshot.locale);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = snapshot.preparedBy || "Twin City Tracker";
  workbook.title = snapshot.title;
  workbook.created = new Date(snapshot.generatedAt);

  const s = snapshot.summary;
  // The summary's value column holds texts, dates, counts and shares: each row says which it is.
  const summaryRows: [string, Cell, Column["kind"]][] = [
    [t("title"), snapshot.title, "text"],
    [t("asOf"), day(snapshot.asOf), "date"],
    [t("periodFrom"), day(snapshot.period.from), "date"],
    [t("periodTo"), day(snapshot.period.to), "date"],
    [t("round"), snapshot.round?.name ?? null, "text"],
    [t("preparedBy"), snapshot.preparedBy, "text"],
    [t("recommendations"), s.total, "number"],
    [t("accepted"), s.accepted, "number"],
    [t("inProgress"), s.inProgress, "number"],
    [t("implemented"), s.implemented, "number"],
    [t("implementationRate"), s.implementationRate, "percent"],
    [t("offTrack"), s.offTrack, "number"],
    [t("overdueActions"), s.overdueActions, "number"],
    ...s.byStatus.map((b): [string, Cell, Column["kind"]] => [w.status(b.status), b.count, "number"]),
    ...s.byHealth.map((b): [string, Cell, Column["kind"]] => [w.health(b.health), b.count, "number"]),
    ...s.bySide.map((b): [string, Cell, Column["kind"]] => [
      t("sideProgress", { side: w.side(b.side) }),
      b.progress,
      "percent",
    ]),
    ...s.bySide.map((b): [string, Cell, Column["kind"]] => [
      t("sideImplementation", { side: w.side(b.side) }),
      b.implementationRate,
      "percent",
    ]),
    ...s.overdueByAgency.map((o): [string, Cell, Column["kind"]] => [
      t("overdueOf", { agency: o.agency.abbreviation }),
      o.count,
      "number",
    ]),
    ...s.text.map((line): [string, Cell, Column["kind"]] => [line, null, "text"]),
  ];
  const summary = addSheet(
    workbook,
    t("sheets.summary"),
    [
      { header: t("figure"), width: 60 },
      { header: t("value"), width: 24 },
    ],
    summaryRows.map(([label, value]) => [label, value]),
  );
  summaryRows.forEach(([, , kind], i) => {
    const cell = summary.getRow(i + 2).getCell(2);
    if (kind === "date") cell.numFmt = DATE_FORMAT;
    if (kind === "percent") cell.numFmt = "0%";
  });

  const leads = (e: ReportSnapshot["entries"][number], side: string) =>
    e.owners
      .filter((o) => o.agency.side === side && o.role === "lead")
      .map((o) => o.agency.abbreviation)
      .join(", ");
  addSheet(
    workbook,
    t("sheets.entries"),
    [
      { header: t("code"), width: 12 },
      { header: t("recommendation"), width: 50 },
      { header: t("theme") },
      { header: t("status") },
      { header: t("health") },
      { header: t("leadShenzhen") },
      { header: t("leadHongKong") },
      { header: t("progressShenzhen"), kind: "percent" },
      { header: t("progressHongKong"), kind: "percent" },
      { header: t("targetDate"), kind: "date" },
      { header: t("actions"), kind: "number" },
      { header: t("overdueActions"), kind: "number" },
      { header: t("note"), width: 60 },
    ],
    snapshot.entries.map((e) => [
      e.code,
      e.title,
      w.theme(e.theme),
      w.status(e.status),
      w.health(e.health),
      leads(e, "shenzhen"),
      leads(e, "hong_kong"),
      e.sides.shenzhen.progress,
      e.sides.hong_kong.progress,
      day(e.targetDate),
      e.actions.length,
      e.actions.filter((a) => a.overdue).length,
      e.note?.text ?? null,
    ]),
  );

  const actionCells = (code: string, a: ReportAction): Cell[] => [
    code,
    a.title,
    a.agency.abbreviation,
    w.side(a.agency.side),
    a.assignee,
    w.actionStatus(a.status),
    a.progress / 100,
    day(a.dueDate),
  ];
  const actionColumns: Column[] = [
    { header: t("code"), width: 12 },
    { header: t("action"), width: 50 },
    { header: t("agency") },
    { header: t("side") },
    { header: t("assignee") },
    { header: t("actionStatus") },
    { header: t("progress"), kind: "percent" },
    { header: t("dueDate"), kind: "date" },
  ];
  addSheet(
    workbook,
    t("sheets.actions"),
    [...actionColumns, { header: t("overdue") }],
    snapshot.entries.flatMap((e) => e.actions.map((a) => [...actionCells(e.code, a), a.overdue ? t("yes") : t("no")])),
  );

  addSheet(
    workbook,
    t("sheets.indicators"),
    [
      { header: t("code"), width: 12 },
      { header: t("indicator"), width: 40 },
      { header: t("unit") },
      { header: t("baseline"), kind: "number" },
      { header: t("latest"), kind: "number" },
      { header: t("observedOn"), kind: "date" },
      { header: t("target"), kind: "number" },
      { header: t("targetDate"), kind: "date" },
      { header: t("progress"), kind: "percent" },
    ],
    snapshot.entries.flatMap((e) =>
      e.indicators.map((i) => [
        e.code,
        i.name,
        i.unit,
        i.baseline,
        i.latest?.value ?? null,
        day(i.latest?.observedOn ?? null),
        i.target,
        day(i.targetDate),
        i.progress,
      ]),
    ),
  );

  addSheet(
    workbook,
    t("sheets.answers"),
    [
      { header: t("code"), width: 12 },
      { header: t("agency") },
      { header: t("round"), width: 24 },
      { header: t("answerState") },
      { header: t("submittedOn"), kind: "date" },
      { header: t("proposedStatus") },
      { header: t("proposedHealth") },
      { header: t("revisedTarget"), kind: "date" },
      { header: t("statement"), width: 60 },
    ],
    snapshot.entries.flatMap((e) =>
      e.answers.map((a) => [
        e.code,
        a.agency.abbreviation,
        a.round,
        w.answerState(a.state),
        day(a.submittedAt),
        a.proposedStatus ? w.status(a.proposedStatus) : null,
        a.proposedHealth ? w.health(a.proposedHealth) : null,
        day(a.targetDate),
        a.statement,
      ]),
    ),
  );

  addSheet(
    workbook,
    t("sheets.overdue"),
    [...actionColumns, { header: t("daysOverdue"), kind: "number" }],
    snapshot.overdue.map((a) => [...actionCells(a.code, a), a.daysOverdue]),
  );

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
