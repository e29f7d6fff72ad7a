import type { Database } from '../env.js';
import { devMailer, type Mailer } from './mailer.js';

/** The mailer `MAILER` names; an unknown name is a configuration error, reported at once. */
export function createMailer(env: Env, db: Database): Mailer {
  const kind = env.MAILER as string;
  switch (kind) {
    case 'dev':
      return devMailer(db, env.MAIL_FROM);
    default:
      throw new Error(`MAILER is "${kind}"; expected one of: dev.`);
  }
}
