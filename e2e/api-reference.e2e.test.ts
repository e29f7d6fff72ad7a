import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { apiReference, referenceFile } from '../scripts/api-reference.mjs';
import { loadOpenApiDocument } from '../scripts/openapi-document.mjs';
import { baseUrl } from './support/pages.js';

describe('docs/api-reference.md', () => {
  it('is generated from the same document the Worker serves at /v1/openapi.json', async () => {
    const served = await (await fetch(new URL('v1/openapi.json', baseUrl))).json();

    const { document } = await loadOpenApiDocument();

    expect(document).toEqual(served);
  });

  it('describes the API as it is now', async () => {
    const committed = readFileSync(referenceFile, 'utf8');

    const fresh = await apiReference();

    expect(
      committed,
      'docs/api-reference.md is out of date: run `pnpm docs:api` and commit the result',
    ).toBe(fresh);
  });
});
