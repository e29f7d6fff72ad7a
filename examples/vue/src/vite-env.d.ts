/** The settings this app reads from Vite's environment (`.env` files or the shell). */
interface ImportMetaEnv {
  readonly VITE_BOOKAFY_API?: string;
  readonly VITE_BOOKAFY_KEY?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
