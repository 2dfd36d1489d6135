import nodemailer from "nodemailer";

/** One mail as the notification code writes it; the transport adds nothing but delivery. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

export interface MailSender {
  send(mail: OutgoingMail): Promise<void>;
}

/** A sender over SMTP (nodemailer) at `smtpUrl`, from `from`. */
export function smtpMailSender(smtpUrl: string, from: string): MailSender {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
  };
}
