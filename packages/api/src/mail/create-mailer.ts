import type { Database } from '../env.js';
import { cloudflareMailer } from './cloudflare-mailer.js';
import { httpMailer } from './http-mailer.js';
import { devMailer, type Mailer } from './mailer.js';

/**
 * The settings the production mailers read beside `MAILER` and `MAIL_FROM`: the `EMAIL`
 * binding (a `[[send_email]]` entry in wrangler.toml) for `cloudflare`; the vars/secrets
 * `MAIL_API_URL` and `MAIL_API_KEY` for `http`.
 */
export interface MailSettings {
  MAILER: string;
  MAIL_FROM: string;
  EMAIL?: SendEmail;
  MAIL_API_URL?: string;
  MAIL_API_KEY?: string;
}

/** The names `MAILER` may take. */
export const MAILER_KINDS = ['dev', 'cloudflare', 'http'] as const;

/**
 * The mailer `MAILER` names. An unknown name or a missing setting is a configuration error,
 * thrown at once with what to set, so no message is marked as failed because of it.
 */
export function createMailer(env: MailSettings, db: Database): Mailer {
  const kind = env.MAILER;
  if (!env.MAIL_FROM) throw new Error('MAIL_FROM is not set; messages need a sender.');
  switch (kind) {
    case 'dev':
      return devMailer(db, env.MAIL_FROM);
    case 'cloudflare':
      if (!env.EMAIL) {
        throw new Error('MAILER is "cloudflare" but no [[send_email]] binding named EMAIL exists.');
      }
      return cloudflareMailer(env.EMAIL, env.MAIL_FROM);
    case 'http':
      if (!env.MAIL_API_URL || !env.MAIL_API_KEY) {
        throw new Error('MAILER is "http" but MAIL_API_URL or the secret MAIL_API_KEY is not set.');
      }
      return httpMailer({ url: env.MAIL_API_URL, apiKey: env.MAIL_API_KEY, from: env.MAIL_FROM });
    default:
      throw new Error(`MAILER is "${kind}"; expected one of: ${MAILER_KINDS.join(', ')}.`);
  }
}
