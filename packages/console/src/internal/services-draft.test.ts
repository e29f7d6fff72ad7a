import { expect } from '@open-wc/testing';

import type { Service } from './services-api.js';
import { draftOf, draftProblems, emptyDraft, fieldProblem, settingsOf } from './services-draft.js';
import {
  moveItem,
  newQuestion,
  questionIdFor,
  questionProblems,
  questionsOfDrafts,
} from './services-questions.js';

describe('service drafts', () => {
  it('refuses a duration of 0, a negative buffer and unknown durations, with reasons', () => {
    const draft = {
      ...emptyDraft(),
      name: 'Check-up',
      durationMinutes: '0',
      bufferBeforeMinutes: '-5',
      alternativeDurations: '45, x',
    };

    const problems = draftProblems(draft);

    expect([...problems.keys()]).to.deep.equal([
      'durationMinutes',
      'alternativeDurations',
      'bufferBeforeMinutes',
    ]);
    expect(problems.get('durationMinutes')).to.equal('Enter a whole number from 5 to 1440.');
    expect(problems.get('bufferBeforeMinutes')).to.equal('Enter a whole number from 0 to 1440.');
  });

  it('lets optional limits stay empty, meaning unlimited', () => {
    const draft = { ...emptyDraft(), name: 'Class', maxPerDay: '', maxPerWeek: ' ' };

    expect(draftProblems(draft).size).to.equal(0);
    expect(settingsOf(draft)).to.include({
      maxPerDay: null,
      maxPerWeek: null,
      intervalMinutes: null,
    });
    expect(fieldProblem('name', { ...draft, name: '  ' })).to.equal('Enter a name.');
  });

  it('keeps every setting of a stored service through its draft', () => {
    const service: Service = {
      id: 'svc_x',
      name: 'Group class',
      description: 'Bring a mat.',
      durationMinutes: 60,
      alternativeDurationsMinutes: [45, 90],
      intervalMinutes: 15,
      bufferBeforeMinutes: 5,
      bufferAfterMinutes: 10,
      minimumNoticeMinutes: 120,
      horizonDays: 30,
      capacity: 8,
      maxPerDay: 3,
      maxPerWeek: null,
      requiresConfirmation: true,
      position: 2,
      staffIds: ['stf_a'],
      questions: [
        { id: 'level', label: 'Level', kind: 'select', required: true, options: ['New', 'Old'] },
        { id: 'phone', label: 'Phone', kind: 'phone', required: false },
      ],
      timeZoneDisplay: 'business',
      archivedAt: null,
      createdAt: '2027-01-01T00:00:00Z',
    };

    const { id: _id, archivedAt: _archived, createdAt: _created, ...settings } = service;
    expect(settingsOf(draftOf(service))).to.deep.equal(settings);
  });
});

describe('service questions', () => {
  it('makes answer keys from labels, each once', () => {
    const taken = new Set(['reason']);

    expect(questionIdFor('Reason', taken)).to.equal('reason_2');
    expect(questionIdFor('Téléphone portable?', taken)).to.equal('telephone_portable');
    expect(questionIdFor('2 guests', taken)).to.equal('guests');
    expect(questionIdFor('???', taken)).to.equal('question');
  });

  it('keeps stored keys and gives select questions their choices', () => {
    const select = { ...newQuestion('select'), label: 'Room', options: 'Blue\n\n Green ' };
    const stored = { ...newQuestion('text'), id: 'room', label: 'Notes' };

    expect(questionsOfDrafts([stored, select])).to.deep.equal([
      { id: 'room', label: 'Notes', kind: 'text', required: false },
      { id: 'room_2', label: 'Room', kind: 'select', required: false, options: ['Blue', 'Green'] },
    ]);
  });

  it('asks for a label and for distinct choices', () => {
    expect(questionProblems(newQuestion('text'))).to.deep.equal({ label: 'Enter the question.' });
    expect(
      questionProblems({ ...newQuestion('select'), label: 'Size', options: 'S\nS' }),
    ).to.deep.equal({ options: 'List each choice once.' });
  });

  it('moves an item up or down within the list', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).to.deep.equal(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).to.deep.equal(['a', 'b', 'c']);
  });
});
