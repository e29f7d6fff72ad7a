/**
 * `pnpm docs:api`: writes docs/api-reference.md, the HTTP API reference, from the OpenAPI
 * document the Worker serves at `GET /v1/openapi.json`. The output depends only on the
 * document and the problem codes, in their own order, so the same API gives the same file.
 * `--check` writes nothing and fails when the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { format } from 'prettier';

import { constraints, fieldRows, resolve, typeLabel } from './api-reference-schema.mjs';
import { loadOpenApiDocument } from './openapi-document.mjs';
import { root } from './wrangler.mjs';

/** Where the reference lives in the repository. */
export const referenceFile = join(root, 'docs/api-reference.md');

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace'];

/** GitHub's heading anchor: lower case, punctuation dropped, spaces as hyphens. */
const anchor = (heading) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** Text safe in a Markdown table cell: one line, pipes escaped, `<` outside code kept. */
function cell(text, codes = []) {
  const oneLine = String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replaceAll('|', '\\|');
  // Code spans pass untouched; elsewhere `<slug>` would read as HTML, and codes get backticks.
  return oneLine
    .split(/(`[^`]*`)/)
    .map((part, index) => {
      if (index % 2 === 1) return part;
      let escaped = part.replaceAll('<', '&lt;');
      for (const code of codes)
        escaped = escaped.replace(new RegExp(`\\b${code}\\b`, 'g'), `\`${code}\``);
      return escaped;
    })
    .join('');
}

function table(headers, rows) {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** Where a security scheme's credential travels, in words. */
function carrier(scheme) {
  if (scheme.type === 'http')
    return `\`Authorization: ${scheme.scheme === 'bearer' ? 'Bearer' : scheme.scheme} …\``;
  if (scheme.type === 'apiKey')
    return `\`${scheme.name}\` ${scheme.in === 'query' ? 'query parameter' : scheme.in}`;
  return scheme.type;
}

const BASICS = `## Basics

- **Base URL.** Every path below starts with \`/v1\` on the host that runs the Bookafy Worker,
  such as \`https://<your-bookafy-host>/v1/slots\`. Request and response bodies are JSON.
  Instants are RFC 3339 UTC strings (\`2027-03-14T13:00:00Z\`), durations whole minutes and
  time zones IANA names.
- **Keys.** Public calls, the ones a booking widget makes, take the account's publishable key
  \`pk_…\` as \`Authorization: Bearer pk_…\` or, so that a browser GET needs no CORS preflight,
  as the \`key\` query parameter; a browser may use it only from the account's allowed origins.
  Admin calls take a secret key \`sk_…\`, which never belongs in a browser, or the owner
  console's \`bookafy_session\` cookie when sent from the Worker's own site. A visitor's own
  booking is reached with its manage token in the \`Bookafy-Manage-Token\` header.
- **Errors.** Every error is \`application/problem+json\` (RFC 9457) with a stable \`code\`, a
  \`title\`, a \`detail\` in plain words and the \`requestId\` that is also in the
  \`X-Request-Id\` header of every response and in the request's log line. Invalid input is
  400 \`invalid_request\` with one entry per field in \`errors\`; a taken slot is 409
  \`slot_taken\` with the nearest free \`alternatives\`.
- **Read your writes.** Each response carries a \`Bookafy-Bookmark\` header. Send the last one
  back, in the same header or as the \`bookmark\` query parameter, and the next read sees at
  least what that response had written, even when a replica answers it.
- **Idempotency.** \`POST /v1/bookings\` takes an \`Idempotency-Key\` header: a retry with the
  same key and the same body gets the first response again, marked
  \`Idempotent-Replayed: true\`, instead of a second booking. The same key with another body
  is 422 \`idempotency_key_reused\`, and one still being handled is 409
  \`idempotency_in_flight\`. Keys are kept for 24 hours.`;

function authenticationSection(document, codes) {
  const schemes = Object.entries(document.components?.securitySchemes ?? {});
  if (!schemes.length) return '';
  const rows = schemes.map(([name, scheme]) => [
    `\`${name}\``,
    carrier(scheme),
    cell(scheme.description, codes),
  ]);
  return `## Authentication\n\nEach operation names the schemes it accepts; any one of them is enough.\n\n${table(['Scheme', 'Sent as', 'What it is'], rows)}`;
}

function errorCodesSection(problems) {
  if (!problems.length) return '';
  const rows = problems.map(({ code, title }) => [`\`${code}\``, cell(title)]);
  return `## Error codes\n\nThe \`code\` of a problem, with the \`title\` it carries.\n\n${table(['Code', 'Title'], rows)}`;
}

/** Every operation in document order, with the tag it is filed under. */
function operations(document) {
  const [server] = document.servers ?? [];
  const base = server?.url?.startsWith('/') ? server.url.replace(/\/$/, '') : '';
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => {
      const operation = item[method];
      const heading = `${method.toUpperCase()} ${base}${path}`;
      return {
        heading,
        tag: operation.tags?.[0] ?? 'Other',
        operation,
        parameters: [...(item.parameters ?? []), ...(operation.parameters ?? [])],
      };
    }),
  );
}

/** The tags in the order the document defines them, then in the order operations use them. */
function tagOrder(document, listed) {
  const names = (document.tags ?? []).map((tag) => tag.name);
  for (const { tag } of listed) if (!names.includes(tag)) names.push(tag);
  return names.filter((name) => listed.some(({ tag }) => tag === name));
}

function securityLine(document, operation) {
  const requirements = operation.security ?? document.security ?? [];
  if (!requirements.length) return '**Authentication:** none.';
  const options = requirements.map((requirement) => {
    const names = Object.keys(requirement);
    return names.length ? names.map((name) => `\`${name}\``).join(' and ') : 'none';
  });
  return `**Authentication:** ${options.join(' or ')} (see [Authentication](#authentication)).`;
}

function parametersTable(document, parameters) {
  if (!parameters.length) return '';
  const rows = parameters.map((reference) => {
    const parameter = resolve(document, reference);
    const text = [
      parameter.description ?? parameter.schema?.description,
      ...constraints(document, parameter.schema),
    ];
    return [
      `\`${parameter.name}\``,
      parameter.in,
      cell(typeLabel(document, parameter.schema)),
      parameter.required ? 'yes' : 'no',
      cell(text.filter(Boolean).join('; ')),
    ];
  });
  return `**Parameters**\n\n${table(['Name', 'In', 'Type', 'Required', 'Description'], rows)}`;
}

/** The media type and schema of a body: `application/json`, `Booking`. */
function bodyLabel(document, content) {
  return Object.entries(content ?? {})
    .map(([media, { schema }]) =>
      schema ? `\`${media}\`: ${typeLabel(document, schema)}` : `\`${media}\``,
    )
    .join(', ');
}

function requestBodySection(document, operation) {
  const body = resolve(document, operation.requestBody);
  if (!operation.requestBody) return '';
  const lines = [
    `**Request body** (${body.required ? 'required' : 'optional'}): ${bodyLabel(document, body.content)}`,
  ];
  if (body.description) lines.push(body.description);
  const [, media] = Object.entries(body.content ?? {})[0] ?? [];
  const rows = fieldRows(document, media?.schema).map((row) => [
    `\`${row.path}\``,
    cell(row.type),
    row.required ? 'yes' : 'no',
    cell(row.description),
  ]);
  if (rows.length) lines.push(table(['Field', 'Type', 'Required', 'Description'], rows));
  return lines.join('\n\n');
}

function responsesTable(document, operation, codes) {
  const rows = Object.entries(operation.responses ?? {}).map(([status, reference]) => {
    const response = resolve(document, reference);
    const headers = Object.keys(response.headers ?? {}).map((name) => `\`${name}\``);
    const body = [
      bodyLabel(document, response.content),
      headers.length ? `headers ${headers.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    return [`${status}`, cell(response.description, codes), cell(body)];
  });
  return `**Responses**\n\n${table(['Status', 'Description', 'Body'], rows)}`;
}

function operationSection(document, entry, codes) {
  const { heading, operation, parameters } = entry;
  const parts = [`### \`${heading}\``];
  if (operation.deprecated) parts.push('**Deprecated.**');
  if (operation.summary) parts.push(`**${operation.summary.replace(/\.$/, '')}.**`);
  if (operation.description) parts.push(operation.description);
  parts.push(securityLine(document, operation));
  parts.push(parametersTable(document, parameters));
  parts.push(requestBodySection(document, operation));
  parts.push(responsesTable(document, operation, codes));
  return parts.filter(Boolean).join('\n\n');
}

/**
 * The whole reference as Markdown, before formatting: the basics, the table of contents by
 * tag, authentication, error codes, then each operation under its tag.
 */
export function renderApiReference({ document, problems }) {
  const listed = operations(document);
  const tags = tagOrder(document, listed);
  const codes = problems.map(({ code }) => code);
  const contents = tags.map((tag) => {
    const links = listed
      .filter((entry) => entry.tag === tag)
      .map(
        ({ heading, operation }) =>
          `  - [\`${heading}\`](#${anchor(heading)})${operation.summary ? `: ${operation.summary}` : ''}`,
      );
    return `- [${tag}](#${anchor(tag)})\n${links.join('\n')}`;
  });
  const sections = tags.map((tag) => {
    const description = (document.tags ?? []).find((entry) => entry.name === tag)?.description;
    const body = listed
      .filter((entry) => entry.tag === tag)
      .map((entry) => operationSection(document, entry, codes));
    return [`## ${tag}`, description, ...body].filter(Boolean).join('\n\n');
  });
  const { title, version } = document.info ?? {};
  return [
    '# HTTP API reference',
    `<!-- Generated by \`pnpm docs:api\` from the OpenAPI document; change the routes' schemas, not this file. -->`,
    `${title ?? 'The API'} ${version ?? ''}, as described by the OpenAPI ${document.openapi} document the Worker serves at \`GET /v1/openapi.json\`. Schemas named below (such as ${'`Booking`'}) are that document's components.`,
    BASICS,
    `## Contents\n\n${contents.join('\n')}`,
    authenticationSection(document, codes),
    errorCodesSection(problems),
    ...sections,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** The reference exactly as docs/api-reference.md holds it: rendered and run through Prettier. */
export async function apiReference() {
  const markdown = renderApiReference(await loadOpenApiDocument());
  return format(`${markdown}\n`, { parser: 'markdown', printWidth: 100, proseWrap: 'preserve' });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fresh = await apiReference();
  if (process.argv.includes('--check')) {
    const current = readFileSync(referenceFile, 'utf8');
    if (current !== fresh) {
      console.error('docs/api-reference.md is out of date: run `pnpm docs:api`.');
      process.exit(1);
    }
  } else {
    writeFileSync(referenceFile, fresh);
    console.log('Wrote docs/api-reference.md');
  }
}
