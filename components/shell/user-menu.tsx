"use client";
import { useTransition } from "react";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import { MonitorSmartphone, LogOut, Monitor, Moon, Sun } from "lucide-react";
import { signOutEverywhere } from "@/app/(workspace)/account-actions";
import { clearLocalNoteCopies } from "@/components/notes/local-copies";
import { Button } from "@/components/ui/button";
import { isSupportedLocale, localeNames, supportedLocales } from "@/lib/i18n/config";
import { useChooseLanguage } from "./use-choose-language";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

export function UserMenu({
  name,
  email,
  role,
  agency,
}: {
  name: string;
  email: string;
  role: string;
  agency: string | null;
}) {
  const t = useTranslations("userMenu");
  const tr = useTranslations("roles");
  const { setTheme } = useTheme();
  const [endingSessions, startEndingSessions] = useTransition();
  const locale = useLocale();
  const language = useChooseLanguage();

  function endAllSessions() {
    startEndingSessions(async () => {
      // Only once every session is revoked does this browser sign out; if the action fails the
      // error boundary says so, rather than a local sign-out suggesting the others ended too.
      const result = await signOutEverywhere({});
      if (!result.ok) throw new Error(result.error);
      await clearLocalNoteCopies();
      await signOut({ callbackUrl: "/login" });
    });
  }

  const initials = name
    .split(/\s+/)
    .map((w) => w[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        {/* The name comes from the hidden text, not aria-label, so it never disagrees with what is
            shown (initials, and the name on wider screens): axe's label-content-name-mismatch. */}
        <Button variant="ghost" className="gap-2 px-2">
          <span
            aria-hidden
            className="flex size-7 items-center justify-center rounded-full bg-primary text-xs font-semibold text-primary-foreground"
          >
            {initials}
          </span>
          <span aria-hidden className="hidden text-sm sm:inline">
            {name}
          </span>
          <span className="sr-only">{t("open", { name })}</span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>
          <span className="block text-xs text-muted-foreground">{t("signedInAs")}</span>
          <span className="block font-medium">{name}</span>
          <span className="block text-xs text-muted-foreground">{email}</span>
          <span className="mt-1 block text-xs">{t("role", { role: tr(role) })}</span>
          {agency ? <span className="block text-xs">{t("agency", { agency })}</span> : null}
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuLabel className="text-xs text-muted-foreground">{t("theme")}</DropdownMenuLabel>
        <DropdownMenuItem onSelect={() => setTheme("light")}>
          <Sun aria-hidden /> {t("light")}
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => setTheme("dark")}>
          <Moon aria-hidden /> {t("dark")}
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => setTheme("system")}>
          <Monitor aria-hidden /> {t("system")}
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuLabel className="text-xs text-muted-foreground">{t("language")}</DropdownMenuLabel>
        <DropdownMenuRadioGroup
          value={locale}
          onValueChange={(value) => {
            if (isSupportedLocale(value)) language.choose(value);
          }}
        >
          {supportedLocales.map((l) => (
            <DropdownMenuRadioItem key={l} value={l} lang={l} disabled={language.pending}>
              {localeNames[l]}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
        {language.error ? (
          <p role="alert" className="max-w-56 px-2 py-1 text-xs text-destructive">
            {language.error}
          </p>
        ) : null}
        <DropdownMenuSeparator />
        <DropdownMenuItem
          // Offline copies of notes stay on this device only while someone is signed in here.
          onSelect={() => void clearLocalNoteCopies().finally(() => signOut({ callbackUrl: "/login" }))}
        >
          <LogOut aria-hidden /> {t("signOut")}
        </DropdownMenuItem>
        <DropdownMenuItem disabled={endingSessions} onSelect={endAllSessions} className="items-start">
          <MonitorSmartphone aria-hidden className="mt-0.5" />
          <span>
            <span className="block">{t("signOutEverywhere")}</span>
            <span className="block max-w-56 text-xs text-muted-foreground">{t("signOutEverywhereHint")}</span>
          </span>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
