"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { saveNotificationPreferencesAction } from "@/app/(workspace)/settings/notifications/actions";
import {
  emailDeliveries,
  notificationReasons,
  type EmailDelivery,
  type NotificationReason,
} from "@/db/schema/notifications";
import { Button } from "@/components/ui/button";
import { FormOutcome, useServerAction } from "@/components/forms/form-parts";

/** One group of three choices per reason, saved together. */
export function NotificationPreferencesForm({ delivery }: { delivery: Record<NotificationReason, EmailDelivery> }) {
  const t = useTranslations("notifications");
  const [choices, setChoices] = useState(delivery);
  const { run, pending, message } = useServerAction(saveNotificationPreferencesAction);

  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        run(choices, () => t("settings.saved"));
      }}
    >
      <div className="divide-y rounded-md border">
        {notificationReasons.map((reason) => (
          <fieldset key={reason} className="flex flex-col gap-2 p-3 md:flex-row md:items-center md:justify-between">
            <legend className="float-left text-sm font-medium md:max-w-[55%]">{t(`reasons.${reason}`)}</legend>
            <div className="flex flex-wrap gap-x-4 gap-y-1">
              {emailDeliveries.map((d) => (
                <label key={d} className="flex items-center gap-1.5 text-sm">
                  <input
                    type="radio"
                    name={reason}
                    value={d}
                    checked={choices[reason] === d}
                    onChange={() => setChoices((c) => ({ ...c, [reason]: d }))}
                    className="size-4 accent-primary"
                  />
                  {t(`settings.${d}`)}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("settings.saving") : t("settings.save")}
        </Button>
        <FormOutcome message={message} />
      </div>
    </form>
  );
}
