/**
 * Adds a web page's origin to the account's allowed origins, so that the widget on that page
 * may call the API; the React and Vue examples need theirs.
 *
 *   BOOKAFY_SECRET_KEY=sk_… node allow-origin.ts http://127.0.0.1:5173
 */
import { adminClientFromEnv } from './admin-client.ts';

const address = process.argv[2];
if (!address || !URL.canParse(address)) {
  console.error('Usage: allow-origin.ts <origin>, such as http://127.0.0.1:5173');
  process.exit(2);
}
const { origin } = new URL(address);

const admin = adminClientFromEnv();
const account = await admin.account.get();
const allowedOrigins = account.allowedOrigins.includes(origin)
  ? account.allowedOrigins
  : (await admin.account.update({ allowedOrigins: [...account.allowedOrigins, origin] }))
      .allowedOrigins;
console.log(`${account.name} allows calls from: ${allowedOrigins.join(', ')}`);
