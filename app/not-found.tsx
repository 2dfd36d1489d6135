import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="mb-3 text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mb-6 text-muted-foreground">{t("notFound")}</p>
      <Button asChild>
        <Link href="/recommendations">{t("backHome")}</Link>
      </Button>
    </main>
  );
}
