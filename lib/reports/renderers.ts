/** The renderers the server's worker uses: XLSX in process, HTML and PDF from the printable page. */
import { renderReportHtml, renderReportPdf, type PageRendererOptions } from "./render-page";
import { renderReportXlsx } from "./render-xlsx";
import { reportTranslator } from "./translator";
import type { ReportRenderers } from "./worker";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function serverReportRenderers(page: PageRendererOptions): ReportRenderers {
  return {
    xlsx: async (_job, snapshot) => ({
      bytes: await renderReportXlsx(snapshot),
      contentType: XLSX_TYPE,
      extension: "xlsx",
    }),
    html: async (job) => ({
      bytes: await renderReportHtml(page, job.id),
      contentType: "text/html; charset=utf-8",
      extension: "html",
    }),
    pdf: async (job, snapshot) => ({
      bytes: await renderReportPdf(page, job.id, snapshot.title, (p, n) =>
        reportTranslator("reports.print", snapshot.locale)("pageOf", { page: p, pages: n }),
      ),
      contentType: "application/pdf",
      extension: "pdf",
    }),
  };
}
