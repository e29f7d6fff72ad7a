import { BookafyConsoleAgenda } from './components/agenda.js';
import { BookafyConsole } from './components/console-app.js';
import { BookafyConsoleInsight } from './components/insight/insight-page.js';
import { BookafyConsolePasswordReset } from './components/password-reset.js';
import { BookafyConsoleFeeds } from './components/settings/feeds-section.js';
import { BookafyConsoleSettings } from './components/settings/settings-page.js';
import { BookafyConsoleUsers } from './components/settings/users-section.js';
import { BookafyConsoleSignIn } from './components/sign-in-form.js';
import { BookafyConsoleSignUp } from './components/sign-up/sign-up-form.js';

const elements = {
  'bookafy-console': BookafyConsole,
  'bookafy-console-sign-in': BookafyConsoleSignIn,
  'bookafy-console-sign-up': BookafyConsoleSignUp,
  'bookafy-console-agenda': BookafyConsoleAgenda,
  'bookafy-console-password-reset': BookafyConsolePasswordReset,
  'bookafy-console-insight': BookafyConsoleInsight,
  'bookafy-console-settings': BookafyConsoleSettings,
  'bookafy-console-users': BookafyConsoleUsers,
  'bookafy-console-feeds': BookafyConsoleFeeds,
} as const;

/** Registers every console element that is not registered yet, so a second load never throws. */
export function defineConsoleElements(): void {
  for (const [tag, element] of Object.entries(elements)) {
    if (!customElements.get(tag)) customElements.define(tag, element);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bookafy-console': BookafyConsole;
    'bookafy-console-sign-in': BookafyConsoleSignIn;
    'bookafy-console-sign-up': BookafyConsoleSignUp;
    'bookafy-console-agenda': BookafyConsoleAgenda;
    'bookafy-console-password-reset': BookafyConsolePasswordReset;
    'bookafy-console-insight': BookafyConsoleInsight;
    'bookafy-console-settings': BookafyConsoleSettings;
    'bookafy-console-users': BookafyConsoleUsers;
    'bookafy-console-feeds': BookafyConsoleFeeds;
  }
}
