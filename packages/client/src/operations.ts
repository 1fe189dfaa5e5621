// The operations the client's helpers send. Fragments are unmasked (`@_unmask`) so that
// results are plain, fully typed objects.
import { graphql } from './graphql.js';

export const DocumentSummaryFields = graphql(`
  fragment DocumentSummaryFields on Document @_unmask {
    id
    title
    url
    publisher
    publishedAt
  }
`);

export const EvidenceFields = graphql(
  `
  fragment EvidenceFields on Evidence @_unmask {
    start
    end
    exact
    document { ...DocumentSummaryFields }
  }
`,
  [DocumentSummaryFields],
);

export const ActorRefFields = graphql(`
  fragment ActorRefFields on Actor @_unmask {
    __typename
    id
    name
  }
`);

export const MeetingFields = graphql(
  `
  fragment MeetingFields on Meeting @_unmask {
    id
    kind
    status
    date
    topics
    place { id name countryCode country { id name } }
    participants { ...ActorRefFields }
    forum { id name acronym }
    within { id kind date place { id name } forum { id name acronym } }
    evidence { ...EvidenceFields }
  }
`,
  [ActorRefFields, EvidenceFields],
);

export const StatementFields = graphql(
  `
  fragment StatementFields on Statement @_unmask {
    id
    channel
    quote
    content
    speaker { ...ActorRefFields }
    mentions { ...ActorRefFields }
    about { id kind date place { id name } }
    evidence { ...EvidenceFields }
  }
`,
  [ActorRefFields, EvidenceFields],
);

export const OrganizationFields = graphql(
  `
  fragment OrganizationFields on Organization @_unmask {
    id
    name
    acronym
    aliases
    kind
    founded
    country { id name }
    parent { id name acronym }
    members { ...ActorRefFields }
    bodies { id name acronym }
    evidence { ...EvidenceFields }
  }
`,
  [ActorRefFields, EvidenceFields],
);

export const PersonFields = graphql(
  `
  fragment PersonFields on Person @_unmask {
    id
    name
    aliases
    roles { title organization { id name } country { id name } }
    evidence { ...EvidenceFields }
  }
`,
  [EvidenceFields],
);

export const PlaceFields = graphql(
  `
  fragment PlaceFields on Place @_unmask {
    id
    name
    aliases
    kind
    countryCode
    country { id name }
    evidence { ...EvidenceFields }
  }
`,
  [EvidenceFields],
);

export const PageInfoFields = graphql(`
  fragment PageInfoFields on PageInfo @_unmask {
    hasNextPage
    endCursor
  }
`);

export const MeetingsQuery = graphql(
  `
  query DossierMeetings($first: Int, $after: String, $filter: MeetingFilter, $orderBy: MeetingOrder) {
    meetings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { ...PageInfoFields }
      edges { node { ...MeetingFields } }
    }
  }
`,
  [PageInfoFields, MeetingFields],
);

export const StatementsQuery = graphql(
  `
  query DossierStatements($first: Int, $after: String, $filter: StatementFilter, $orderBy: StatementOrder) {
    statements(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { ...PageInfoFields }
      edges { node { ...StatementFields } }
    }
  }
`,
  [PageInfoFields, StatementFields],
);

export const AlliancesQuery = graphql(
  `
  query DossierAlliances($first: Int, $after: String, $filter: OrganizationFilter) {
    alliances(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { ...PageInfoFields }
      edges { node { ...OrganizationFields } }
    }
  }
`,
  [PageInfoFields, OrganizationFields],
);

export const DocumentsQuery = graphql(
  `
  query DossierDocuments($first: Int, $after: String, $filter: DocumentFilter) {
    documents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { ...PageInfoFields }
      edges { node { ...DocumentSummaryFields ingestedAt } }
    }
  }
`,
  [PageInfoFields, DocumentSummaryFields],
);

/**
 * Any record by its global id, with its fields, its evidence and its source documents with
 * their full text (each text once, however many spans point into it). One aliased `node` per type: their fields differ (`kind` is a
 * MeetingKind on meetings and an OrganizationKind on organizations), which GraphQL forbids
 * within one selection. Only the alias of the record's own type carries fields.
 */
export const RecordQuery = graphql(
  `
  query DossierRecord($id: ID!) {
    meeting: node(id: $id) {
      __typename
      ... on Meeting { ...MeetingFields sources { ...DocumentSummaryFields text } }
    }
    statement: node(id: $id) {
      __typename
      ... on Statement { ...StatementFields sources { ...DocumentSummaryFields text } }
    }
    organization: node(id: $id) {
      __typename
      ... on Organization { ...OrganizationFields sources { ...DocumentSummaryFields text } }
    }
    person: node(id: $id) {
      __typename
      ... on Person { ...PersonFields sources { ...DocumentSummaryFields text } }
    }
    place: node(id: $id) {
      __typename
      ... on Place { ...PlaceFields sources { ...DocumentSummaryFields text } }
    }
    document: node(id: $id) {
      __typename
      ... on Document { ...DocumentSummaryFields text }
    }
  }
`,
  [MeetingFields, StatementFields, OrganizationFields, PersonFields, PlaceFields, DocumentSummaryFields],
);

export const IngestPayloadFields = graphql(
  `
  fragment IngestPayloadFields on IngestDocumentPayload @_unmask {
    created
    warnings
    document { ...DocumentSummaryFields contentHash }
    createdRecords { persons organizations places meetings statements }
    mergedRecords { persons organizations places meetings statements }
  }
`,
  [DocumentSummaryFields],
);

export const IngestMutation = graphql(
  `
  mutation DossierIngest($input: IngestDocumentInput!) {
    ingestDocument(input: $input) {
      ...IngestPayloadFields
      job { id }
    }
  }
`,
  [IngestPayloadFields],
);

/** A queued ingest's job: where it is, and what it did once completed. */
export const IngestJobQuery = graphql(
  `
  query DossierIngestJob($id: ID!) {
    node(id: $id) {
      __typename
      ... on Job {
        state
        error { code message retryable }
        result { ...IngestPayloadFields }
      }
    }
  }
`,
  [IngestPayloadFields],
);

export const DocumentIngestedSubscription = graphql(
  `
  subscription DossierDocumentIngested {
    documentIngested {
      document { ...DocumentSummaryFields }
      truncated
      records { created node { __typename id } }
    }
  }
`,
  [DocumentSummaryFields],
);
