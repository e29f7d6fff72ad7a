import { describe, expect, it } from 'vitest';

import type { Bootstrap, ServiceQuestion } from '@bookafy/core';

import { createAdminAccount, request } from '../../../test/fixtures.js';

const send = (path: string, key: string, method: string, body: unknown) =>
  request(path, { method, key, body: JSON.stringify(body) });

const QUESTIONS: ServiceQuestion[] = [
  { id: 'reason', label: 'What brings you in?', kind: 'longText', required: true },
  { id: 'first_visit', label: 'First visit?', kind: 'checkbox', required: false },
  {
    id: 'area',
    label: 'Area to treat',
    kind: 'select',
    required: true,
    options: ['Back', 'Neck', 'Legs'],
  },
  { id: 'mobile', label: 'Mobile number', kind: 'phone', required: false },
];

async function refusedPaths(response: Response): Promise<string[]> {
  expect(response.status).toBe(400);
  const problem = await response.json<{ code: string; errors: { path: string }[] }>();
  expect(problem.code).toBe('invalid_request');
  return problem.errors.map((error) => error.path).sort();
}

describe('questions and time-zone display of /v1/admin/services', () => {
  it('stores questions in order and shows them to admins and in the bootstrap', async () => {
    const { publishableKey, secretKey } = await createAdminAccount();

    const created = await send('/admin/services', secretKey, 'POST', {
      name: 'Physiotherapy',
      durationMinutes: 45,
      questions: QUESTIONS,
      timeZoneDisplay: 'business',
    });

    expect(created.status).toBe(201);
    const service = await created.json<{ id: string }>();
    expect(service).toMatchObject({ questions: QUESTIONS, timeZoneDisplay: 'business' });
    const read = await request(`/admin/services/${service.id}`, { key: secretKey });
    expect(await read.json()).toMatchObject({ questions: QUESTIONS, timeZoneDisplay: 'business' });
    const bootstrap = await (
      await request('/bootstrap', { key: publishableKey })
    ).json<Bootstrap>();
    expect(bootstrap.services.find((entry) => entry.id === service.id)).toMatchObject({
      questions: QUESTIONS,
      timeZoneDisplay: 'business',
    });
  });

  it('replaces the questions and the display on update, leaving them when not sent', async () => {
    const { secretKey, serviceId } = await createAdminAccount();
    await send(`/admin/services/${serviceId}`, secretKey, 'PATCH', { questions: QUESTIONS });

    const changed = await send(`/admin/services/${serviceId}`, secretKey, 'PATCH', {
      questions: [QUESTIONS[1]],
      timeZoneDisplay: 'business',
    });
    const renamed = await send(`/admin/services/${serviceId}`, secretKey, 'PATCH', {
      name: 'Renamed',
    });

    expect(await changed.json()).toMatchObject({ questions: [QUESTIONS[1]] });
    expect(await renamed.json()).toMatchObject({
      name: 'Renamed',
      questions: [QUESTIONS[1]],
      timeZoneDisplay: 'business',
    });
  });

  it('gives services without questions an empty list and the visitor zone', async () => {
    const { publishableKey } = await createAdminAccount();

    const bootstrap = await (
      await request('/bootstrap', { key: publishableKey })
    ).json<Bootstrap>();

    expect(bootstrap.services[0]).toMatchObject({ questions: [], timeZoneDisplay: 'visitor' });
  });

  it('refuses bad or repeated ids, empty labels and options that do not fit the kind', async () => {
    const { secretKey, serviceId } = await createAdminAccount();
    const question = (fields: Partial<ServiceQuestion>) => ({
      id: 'note',
      label: 'Note',
      kind: 'text',
      required: false,
      ...fields,
    });

    const response = await send(`/admin/services/${serviceId}`, secretKey, 'PATCH', {
      questions: [
        question({ id: 'Reason' }),
        question({ id: '1st' }),
        question({ id: `a${'b'.repeat(40)}` }),
        question({ label: '  ' }),
        question({ id: 'note' }),
        question({ id: 'kind', kind: 'select' }),
        question({ id: 'empty', kind: 'select', options: [] }),
        question({ id: 'blank', kind: 'select', options: ['Yes', ' '] }),
        question({ id: 'twice', kind: 'select', options: ['Yes', 'Yes'] }),
        question({ id: 'extra', kind: 'checkbox', options: ['Yes'] }),
      ],
    });

    expect(await refusedPaths(response)).toEqual([
      'questions.0.id',
      'questions.1.id',
      'questions.2.id',
      'questions.3.label',
      'questions.4.id',
      'questions.5.options',
      'questions.6.options',
      'questions.7.options.1',
      'questions.8.options',
      'questions.9.options',
    ]);
  });

  it('refuses over 20 questions, over 50 options and an unknown display', async () => {
    const { secretKey, serviceId } = await createAdminAccount();
    const many = Array.from({ length: 21 }, (_, index) => ({
      id: `q${index}`,
      label: `Question ${index}`,
      kind: 'text',
      required: false,
    }));
    const options = Array.from({ length: 51 }, (_, index) => `Choice ${index}`);

    const tooMany = await send(`/admin/services/${serviceId}`, secretKey, 'PATCH', {
      questions: many,
    });
    const tooManyOptions = await send(`/admin/services/${serviceId}`, secretKey, 'PATCH', {
      questions: [{ id: 'pick', label: 'Pick', kind: 'select', required: true, options }],
      timeZoneDisplay: 'staff',
    });

    expect(await refusedPaths(tooMany)).toEqual(['questions']);
    expect(await refusedPaths(tooManyOptions)).toEqual(['questions.0.options', 'timeZoneDisplay']);
  });
});
