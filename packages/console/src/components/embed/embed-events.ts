import type { EmbedSettings } from '../../internal/snippet-html.js';

/** Fired when the owner changes a choice of the embed snippet; `detail` is every choice. */
export class EmbedSettingsChangeEvent extends CustomEvent<EmbedSettings> {
  constructor(settings: EmbedSettings) {
    super('bookafy-embed-settings-change', { detail: settings, bubbles: true, composed: true });
  }
}

/**
 * Fired when the account's newest publishable key may have changed: `detail` is the key just
 * made, or `null` when the page should read the account's newest key again.
 */
export class PublishableKeyChangeEvent extends CustomEvent<string | null> {
  constructor(key: string | null) {
    super('bookafy-publishable-key-change', { detail: key, bubbles: true, composed: true });
  }
}

/** Fired when the owner is done with a secret shown once. */
export class SecretDismissEvent extends Event {
  constructor() {
    super('bookafy-secret-dismiss', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-embed-settings-change': EmbedSettingsChangeEvent;
    'bookafy-publishable-key-change': PublishableKeyChangeEvent;
    'bookafy-secret-dismiss': SecretDismissEvent;
  }
}
