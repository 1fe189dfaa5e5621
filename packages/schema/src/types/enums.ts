// Kinds and channels as GraphQL enums. Values are stored in lower case with spaces
// ("press_release" in the row reads PRESS_RELEASE here); each value says what it means.
import { builder } from '../builder.js';

const enumOf = <const T extends Record<string, string>>(name: string, description: string, values: T) =>
  builder.enumType(name, {
    description,
    values: Object.fromEntries(
      Object.entries(values).map(([value, meaning]) => [
        value.toUpperCase(),
        { value, description: meaning },
      ]),
    ) as unknown as { [K in keyof T & string as Uppercase<K>]: { value: K } },
  });

const organizationKinds = {
  alliance: 'A multilateral organization of states (CIS, NATO, CSTO, …).',
  body: 'A body of an organization: a council, an assembly, a secretariat.',
  ministry: 'A ministry or department of a government.',
  government: 'A government, a head-of-state office or a cabinet.',
  military: 'Armed forces, a command or a military unit.',
  media: 'A news outlet or agency.',
  party: 'A political party.',
  other: 'An organization of another sort.',
} as const;

const placeKinds = {
  country: 'A sovereign state.',
  city: 'A city or town.',
  region: 'A region, province or other part of a country.',
  venue: 'A building or site: a palace, a hotel, a conference centre.',
} as const;

export const OrganizationKind = enumOf(
  'OrganizationKind',
  'What sort of organization it is.',
  organizationKinds,
);
export const PlaceKind = enumOf('PlaceKind', 'Country, city, region or venue.', placeKinds);

/**
 * One enum for `Actor.kind`, so that a selection under `Actor` may ask every implementation
 * for its kind at once (two fields of one name must have one type where they can meet).
 */
export const ActorKind = enumOf(
  'ActorKind',
  'What sort of actor it is: PERSON for a Person, an OrganizationKind value for an Organization, a PlaceKind value for a Place.',
  { person: 'A named person.', ...organizationKinds, ...placeKinds },
);

export const MeetingKind = enumOf('MeetingKind', 'How the parties met.', {
  bilateral: 'Two parties met.',
  multilateral: 'More than two parties met, outside a session of a body.',
  session: 'A sitting of a body, such as a council or an assembly.',
  summit: 'A meeting of heads of state or government.',
  call: 'A telephone or video call.',
});
export const MeetingStatus = enumOf(
  'MeetingStatus',
  'Whether the text reports the meeting as held or planned.',
  {
    held: 'It took place.',
    planned: 'It is announced or expected, not yet held.',
  },
);
export const Channel = enumOf('Channel', 'The medium a statement was made through.', {
  x: 'A post on X (formerly Twitter).',
  telegram: 'A post on a Telegram channel.',
  press_release: 'A press release or official statement.',
  interview: 'An interview.',
  press_conference: 'A press conference or briefing.',
  tv: 'A television appearance.',
  website: 'A page of an official website.',
  facebook: 'A post on Facebook.',
});
