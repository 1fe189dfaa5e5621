// The explorer's own operations, typed by @dossier/client's gql.tada tag.
import { graphql, operations } from '@dossier/client';

export const PAGE_SIZE = 50;

export const MeetingsQuery = graphql(
  `
  query ExplorerMeetings($first: Int!, $after: String, $filter: MeetingFilter, $orderBy: MeetingOrder) {
    meetings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...MeetingFields corroboration unattributedSources place { aliases } } }
    }
  }
`,
  [operations.MeetingFields],
);

export const StatementsQuery = graphql(
  `
  query ExplorerStatements($first: Int!, $after: String, $filter: StatementFilter, $orderBy: StatementOrder) {
    statements(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...StatementFields corroboration reportedOn } }
    }
  }
`,
  [operations.StatementFields],
);

export const AlliancesQuery = graphql(
  `
  query ExplorerAlliances($first: Int!, $after: String, $filter: OrganizationFilter) {
    alliances(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...OrganizationFields corroboration } }
    }
  }
`,
  [operations.OrganizationFields],
);

/** The meetings of a period with their participants, for the network view. */
export const NetworkQuery = graphql(
  `
  query ExplorerNetwork($first: Int!, $after: String, $filter: MeetingFilter) {
    meetings(first: $first, after: $after, filter: $filter, orderBy: DATE_ASC) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id kind date place { name } participants { ...ActorRefFields } } }
    }
  }
`,
  [operations.ActorRefFields],
);

/** One actor's or alliance's meetings and statements, oldest first, for the timeline. */
export const TimelineQuery = graphql(
  `
  query ExplorerTimeline($meetings: MeetingFilter, $statements: StatementFilter) {
    meetings(first: 100, filter: $meetings, orderBy: DATE_ASC) {
      totalCount
      edges { node { id kind date status place { name } forum { name acronym } participants { name } within { id kind date place { name } forum { name acronym } } } }
    }
    statements(first: 100, filter: $statements, orderBy: DATE_ASC) {
      totalCount
      edges { node { id quote content reportedOn speaker { name } about { id } } }
    }
  }
`,
);

/** Choices for the filters that take an id. */
export const FilterOptionsQuery = graphql(`
  query ExplorerFilterOptions {
    persons(first: 100) { edges { node { id name } } }
    countries: places(first: 100, filter: { kind: COUNTRY }) { edges { node { id name } } }
    places(first: 100) { edges { node { id name kind } } }
    alliances(first: 100) { edges { node { id name acronym } } }
    organizations(first: 100) { edges { node { id name acronym } } }
    meetings(first: 100) { edges { node { id kind date place { name } } } }
  }
`);

export const SearchQuery = graphql(`
  query ExplorerSearch($query: String!, $first: Int!) {
    search(query: $query, first: $first) {
      edges {
        node {
          rank
          node {
            __typename
            id
            ... on Meeting { kind date place { name } participants { name } }
            ... on Statement { content speaker { name } }
            ... on Person { name }
            ... on Organization { name }
            ... on Place { name }
            ... on Document { title publisher }
          }
        }
      }
    }
  }
`);

/** The meetings of a period with the point of their place, for the map. */
export const MapQuery = graphql(`
  query ExplorerMap($first: Int!, $after: String, $filter: MeetingFilter) {
    meetings(first: $first, after: $after, filter: $filter, orderBy: DATE_ASC) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id kind date place { id name coordinates { latitude longitude } } participants { name } } }
    }
  }
`);
