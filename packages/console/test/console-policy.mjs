import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy the Worker sends with `/console/`, read from its own route so the
 * tests can never drift from it: the route runs here (Node strips the types) with an asset
 * binding that answers an empty page.
 */
async function productionPolicy() {
  const { consolePageRoutes } = await import('../../api/src/routes/console-page.ts');
  const assets = { fetch: async () => new Response('') };
  const answer = await consolePageRoutes.request('/index.html', {}, { ASSETS: assets });
  const policy = answer.headers.get('Content-Security-Policy');
  if (!policy?.includes("style-src 'self'") || !policy.includes("script-src 'self'")) {
    throw new Error(`The console page's policy is not what the tests expect: ${policy}`);
  }
  return policy;
}

/** The `'sha256-…'` source of each inline script in `html`, as a policy names it. */
function inlineScriptHashes(html) {
  const hashes = [];
  for (const [, attributes, code] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    hashes.push(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
  }
  return hashes;
}

/**
 * A runner middleware that serves every HTML page (the test page) under the console page's
 * production policy, so whatever that policy blocks on `/console/` (an inline `style`
 * attribute, which Lit's `styleMap` writes on first render) is blocked in the tests too. The
 * one change: the runner writes its configuration and its log capture into the page as inline
 * scripts, so `script-src` also admits exactly those scripts by their SHA-256 hashes; every
 * other directive, `style-src 'self'` included, is the production one.
 */
export async function consolePolicyMiddleware() {
  const policy = await productionPolicy();
  return async function consolePolicy(context, next) {
    await next();
    if (!context.response.is('html')) return;
    const { body } = context;
    const html = Buffer.isBuffer(body) ? body.toString('utf8') : body;
    if (typeof html !== 'string') {
      throw new Error(`The test page ${context.path} came as a stream; its scripts cannot be read`);
    }
    const hashes = inlineScriptHashes(html);
    const scripts = ["script-src 'self'", ...hashes].join(' ');
    context.set('Content-Security-Policy', policy.replace("script-src 'self'", scripts));
  };
}
