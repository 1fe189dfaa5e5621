// Kinds and channels as GraphQL enums. Values are stored in lower case with spaces
// ("press_release" in the row reads PRESS_RELEASE here).
import { builder } from '../builder.js';

const enumOf = <const T extends readonly string[]>(name: string, description: string, values: T) =>
  builder.enumType(name, {
    description,
    values: Object.fromEntries(values.map((v) => [v.toUpperCase(), { value: v }])) as {
      [K in T[number] as Uppercase<K>]: { value: K };
    },
  });

export const OrganizationKind = enumOf('OrganizationKind', 'What sort of organization it is.', [
  'alliance',
  'body',
  'ministry',
  'government',
  'military',
  'media',
  'party',
  'other',
] as const);
export const PlaceKind = enumOf('PlaceKind', 'Country, city, region or venue.', [
  'country',
  'city',
  'region',
  'venue',
] as const);
export const MeetingKind = enumOf('MeetingKind', 'How the parties met.', [
  'bilateral',
  'multilateral',
  'session',
  'summit',
  'call',
] as const);
export const MeetingStatus = enumOf(
  'MeetingStatus',
  'Whether the text reports the meeting as held or planned.',
  ['held', 'planned'] as const,
);
export const Channel = enumOf('Channel', 'The medium a statement was made through.', [
  'x',
  'telegram',
  'press_release',
  'interview',
  'press_conference',
  'tv',
  'website',
  'facebook',
] as const);
