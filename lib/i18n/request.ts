import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { localeCookie, matchLocale } from "./config";

/**
 * The reader's language: the one the signed-in user chose, else the one chosen on this browser
 * (the cookie), else the browser's languages.
 */
export default getRequestConfig(async () => {
  const user = await getCurrentUser();
  const locale = matchLocale(
    user?.locale,
    (await cookies()).get(localeCookie)?.value,
    (await headers()).get("accept-language"),
  );
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    timeZone: "Asia/Hong_Kong",
  };
});
