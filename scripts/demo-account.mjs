/**
 * The demo business that `pnpm dev` seeds into the local D1 database. Its keys are fixed so
 * that the demo page can carry the publishable key; they exist only in local databases.
 */
export const demoAccount = {
  id: 'acc_demo00000000000000000',
  /** The hosted booking page is `/book/harbour-wellness`. */
  slug: 'harbour-wellness',
  name: 'Harbour Wellness',
  timeZone: 'Europe/Berlin',
  publishableKey: 'pk_demo_harbourwellness0000000000',
  secretKey: 'sk_demo_harbourwellness0000000000',
  /** When the demo's rows were made: one fixed instant, so that seeding again writes the same. */
  createdAt: Date.UTC(2026, 0, 5, 9, 0),
};

/**
 * The demo business's owner login for the console at `/console/`; `pnpm dev` prints it. Like
 * the keys, it exists only in local databases.
 */
export const demoOwner = {
  id: 'usr_demoowner00000000000',
  email: 'owner@harbour.example',
  name: 'Hanna Harbour',
  password: 'harbour-demo-2027',
};

const weekdays = (start, end) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }));

export const demoStaff = [
  {
    id: 'stf_demolena000000000000',
    name: 'Lena Fischer',
    timeZone: 'Europe/Berlin',
    hours: weekdays(9 * 60, 17 * 60),
  },
  {
    id: 'stf_demomarcus0000000000',
    name: 'Marcus Reed',
    timeZone: 'America/New_York',
    hours: [...weekdays(10 * 60, 18 * 60), { weekday: 6, start: 10 * 60, end: 14 * 60 }],
  },
];

export const demoServices = [
  {
    id: 'svc_demointro00000000000',
    name: 'Introductory call',
    description: 'A short call to talk through what you need.',
    durationMinutes: 30,
    staffIds: demoStaff.map((member) => member.id),
  },
  {
    id: 'svc_demomassage000000000',
    name: 'Sports massage',
    description: 'A full hour with one of our therapists at the Berlin studio.',
    durationMinutes: 60,
    bufferAfterMinutes: 15,
    staffIds: [demoStaff[0].id],
    // In person: every visitor sees the studio's own time.
    timeZoneDisplay: 'business',
    questions: [
      {
        id: 'focus',
        label: 'Which area should we focus on?',
        kind: 'select',
        required: true,
        options: ['Back and shoulders', 'Legs', 'Full body'],
      },
      {
        id: 'injuries',
        label: 'Any injuries or conditions we should know about?',
        kind: 'longText',
        required: false,
      },
      { id: 'first_visit', label: 'This is my first visit', kind: 'checkbox', required: false },
    ],
  },
];
