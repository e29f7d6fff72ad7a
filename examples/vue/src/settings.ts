/** Where the Bookafy API runs: `pnpm dev` serves it on port 8787 by default. */
export const apiBase: string = import.meta.env.VITE_BOOKAFY_API ?? 'http://127.0.0.1:8787';

/** The account's publishable key; the demo account's unless `VITE_BOOKAFY_KEY` says otherwise. */
export const publishableKey: string =
  import.meta.env.VITE_BOOKAFY_KEY ?? 'pk_demo_harbourwellness0000000000';

/** The demo account's 30-minute introductory call. */
export const introCall = 'svc_demointro00000000000';
