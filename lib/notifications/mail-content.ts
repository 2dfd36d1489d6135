/**
 * The words of notification mail, in the recipient's language: one notification (mail at once) or
 * a day's digest. Every mail links to its items and carries a signed unsubscribe link (one reason
 * for a single notification, everything for a digest), also as a List-Unsubscribe header.
 */
import type { NotificationItem } from "@/db/queries/notifications";
import type { NotificationReason } from "@/db/schema/notifications";
import type { SupportedLocale } from "@/lib/i18n/config";
import { describeNotification, notificationText } from "./describe";
import { absoluteUrl, notificationPath } from "./links";
import type { OutgoingMail } from "./mail-transport";
import { createUnsubscribeToken } from "./unsubscribe-token";

export interface MailRecipient {
  id: string;
  email: string;
  locale: SupportedLocale;
}

export interface MailContext {
  /** The app's public address (NEXTAUTH_URL). */
  baseUrl: string;
  /** Signs unsubscribe links (NEXTAUTH_SECRET). */
  secret: string;
  now?: Date;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function unsubscribeUrl(userId: string, reason: NotificationReason | "all", ctx: MailContext): string {
  const token = createUnsubscribeToken({ userId, reason }, ctx.secret, ctx.now);
  return absoluteUrl(`/unsubscribe?token=${encodeURIComponent(token)}`, ctx.baseUrl);
}

function footer(to: MailRecipient, stop: { label: string; url: string }[], ctx: MailContext) {
  const t = notificationText(to.locale);
  const settings = absoluteUrl("/settings/notifications", ctx.baseUrl);
  const why = t("notifications.mail.why", { url: settings });
  return {
    text: ["--", why, ...stop.map((s) => `${s.label}: ${s.url}`)].join("\n"),
    html:
      `<hr><p style="color:#555;font-size:13px">${escapeHtml(why)}</p>` +
      stop
        .map((s) => `<p style="font-size:13px"><a href="${escapeHtml(s.url)}">${escapeHtml(s.label)}</a></p>`)
        .join(""),
  };
}

export function immediateMail(n: NotificationItem, to: MailRecipient, ctx: MailContext): OutgoingMail {
  const t = notificationText(to.locale);
  const sentence = describeNotification(n, to.locale);
  const link = absoluteUrl(notificationPath(n), ctx.baseUrl);
  const stopReason = unsubscribeUrl(to.id, n.reason, ctx);
  const stopAll = unsubscribeUrl(to.id, "all", ctx);
  const foot = footer(
    to,
    [
      { label: t("notifications.mail.stopReason"), url: stopReason },
      { label: t("notifications.mail.stopAll"), url: stopAll },
    ],
    ctx,
  );
  return {
    to: to.email,
    subject: sentence,
    text: `${sentence}\n\n${t("notifications.mail.open", { url: link })}\n\n${foot.text}\n`,
    html:
      `<p>${escapeHtml(sentence)}</p>` +
      `<p><a href="${escapeHtml(link)}">${escapeHtml(t("notifications.mail.openLabel"))}</a></p>${foot.html}`,
    headers: { "List-Unsubscribe": `<${stopReason}>` },
  };
}

export function digestMail(items: NotificationItem[], to: MailRecipient, ctx: MailContext): OutgoingMail {
  const t = notificationText(to.locale);
  const lines = items.map((n) => ({
    sentence: describeNotification(n, to.locale),
    link: absoluteUrl(notificationPath(n), ctx.baseUrl),
  }));
  const stopAll = unsubscribeUrl(to.id, "all", ctx);
  const foot = footer(to, [{ label: t("notifications.mail.stopAll"), url: stopAll }], ctx);
  return {
    to: to.email,
    subject: t("notifications.mail.digestSubject", { count: items.length }),
    text:
      `${t("notifications.mail.digestIntro")}\n\n` +
      lines.map((l) => `- ${l.sentence}\n  ${l.link}`).join("\n") +
      `\n\n${foot.text}\n`,
    html:
      `<p>${escapeHtml(t("notifications.mail.digestIntro"))}</p><ul>` +
      lines.map((l) => `<li><a href="${escapeHtml(l.link)}">${escapeHtml(l.sentence)}</a></li>`).join("") +
      `</ul>${foot.html}`,
    headers: { "List-Unsubscribe": `<${stopAll}>` },
  };
}
