/** Whether this server sends notification mail: only when SMTP_URL is set (see lib/env.ts). */
export function mailConfigured(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.SMTP_URL?.trim());
}
