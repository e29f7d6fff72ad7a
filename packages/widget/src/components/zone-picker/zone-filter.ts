import type { ZoneChoice } from '@bookafy/sdk';

/** How well a zone matches a query; lower ranks are listed first. */
const Rank = { city: 0, word: 1, anywhere: 2 } as const;

type Rank = (typeof Rank)[keyof typeof Rank];

/** Lower case, no accents (`Zürich` finds Zurich), underscores as spaces, single spaces. */
function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replaceAll('_', ' ')
    .replaceAll('\u2212', '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The ways people write an offset: `+05:45`, `+5:45`, `+0545`, and `+5` for whole hours, each
 * bare or after GMT or UTC.
 */
function offsetSpellings(offsetMinutes: number): string[] {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  const hours = String(Math.floor(absolute / 60));
  const paddedHours = hours.padStart(2, '0');
  const minutes = String(absolute % 60).padStart(2, '0');
  const bare = [
    `${sign}${paddedHours}:${minutes}`,
    `${sign}${hours}:${minutes}`,
    `${sign}${paddedHours}${minutes}`,
    ...(minutes === '00' ? [`${sign}${hours}`, `${sign}${paddedHours}`] : []),
  ];
  return bare.flatMap((offset) => [offset, `gmt${offset}`, `utc${offset}`]);
}

function rankByName(choice: ZoneChoice, query: string): Rank | undefined {
  const name = normalize(choice.timeZone);
  const city = name.slice(name.lastIndexOf('/') + 1);
  if (city.startsWith(query)) return Rank.city;
  if (name.split(/[\s/-]/).some((word) => word.startsWith(query))) return Rank.word;
  return name.includes(query) ? Rank.anywhere : undefined;
}

function rankByOffset(choice: ZoneChoice, query: string): Rank | undefined {
  // Without a sign or a digit, "g" or "utc" would match every offset.
  if (!/[-+\d]/.test(query)) return undefined;
  const compact = query.replaceAll(' ', '');
  const spellings = offsetSpellings(choice.offsetMinutes);
  if (spellings.includes(compact)) return Rank.city;
  return spellings.some((spelling) => spelling.startsWith(compact)) ? Rank.word : undefined;
}

/**
 * The zones that match what a visitor typed: by IANA name with spaces for underscores
 * (`new york`), by city (`kathm`), or by offset (`GMT+5:45`, `+05:45`, `-3`). Cities that
 * start with the query come first, then names with a word that does, then the rest, each group
 * in the order of `zones`. An empty query matches every zone.
 *
 * @example
 * filterZones(listTimeZones(now), '+05:45').map((zone) => zone.timeZone); // ['Asia/Kathmandu']
 */
export function filterZones(zones: readonly ZoneChoice[], query: string): ZoneChoice[] {
  const needle = normalize(query);
  if (!needle) return [...zones];
  const ranked: ZoneChoice[][] = [[], [], []];
  for (const choice of zones) {
    const byName = rankByName(choice, needle);
    const byOffset = rankByOffset(choice, needle);
    const rank = Math.min(byName ?? Infinity, byOffset ?? Infinity);
    if (rank !== Infinity) ranked[rank]!.push(choice);
  }
  return ranked.flat();
}
