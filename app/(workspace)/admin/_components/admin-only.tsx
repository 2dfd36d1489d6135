import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/session";
import { actorOf, authorize } from "@/lib/permissions";

/** Whether the signed-in user may open an administration page, asked of the permission module. */
export function mayAdminister(user: CurrentUser, action: "user.manage" | "agency.manage" | "activity.security") {
  return authorize(actorOf(user), { action }).allowed;
}

/**
 * Shown instead of an administration page to anyone else. A page cannot answer 403, so it says
 * so plainly and renders no data.
 */
export async function AdminOnly() {
  const t = await getTranslations("admin");
  return (
    // data-access-denied lets the authorization matrix test tell this page from a served one.
    <div
      role="alert"
      data-access-denied=""
      className="mx-auto max-w-xl rounded-lg border border-dashed p-10 text-center"
    >
      <h1 className="mb-2 text-xl font-semibold">{t("onlyAdmins")}</h1>
      <p className="text-sm text-muted-foreground">{t("onlyAdminsHint")}</p>
    </div>
  );
}
