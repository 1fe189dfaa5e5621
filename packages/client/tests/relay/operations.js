// The operations relay-compiler compiles in tests/relay-compat.test.ts. This file is read by the
// compiler only, never imported: the tests import the artifacts it writes to __generated__.
const graphql = String.raw;

export const fragments = [
  graphql`
    fragment operationsMeeting_meeting on Meeting
    @refetchable(queryName: "operationsMeetingRefetchQuery") {
      id
      kind
      date
      participants {
        __typename
        id
        name
      }
    }
  `,
  graphql`
    fragment operationsPerson_person on Person
    @refetchable(queryName: "operationsPersonRefetchQuery") {
      id
      name
      roles {
        organization {
          id
          name
        }
      }
    }
  `,
  graphql`
    fragment operationsStatement_statement on Statement
    @refetchable(queryName: "operationsStatementRefetchQuery") {
      id
      content
      quote
      about {
        id
      }
    }
  `,
  graphql`
    fragment operationsMeetings_query on Query
    @refetchable(queryName: "operationsMeetingsPaginationQuery")
    @argumentDefinitions(count: { type: "Int", defaultValue: 10 }, cursor: { type: "String" }) {
      meetings(first: $count, after: $cursor) @connection(key: "operationsMeetings_meetings") {
        edges {
          node {
            id
            ...operationsMeeting_meeting
          }
        }
      }
    }
  `,
  graphql`
    fragment operationsPersons_query on Query
    @refetchable(queryName: "operationsPersonsPaginationQuery")
    @argumentDefinitions(count: { type: "Int", defaultValue: 10 }, cursor: { type: "String" }) {
      persons(first: $count, after: $cursor) @connection(key: "operationsPersons_persons") {
        edges {
          node {
            id
            ...operationsPerson_person
          }
        }
      }
    }
  `,
  graphql`
    fragment operationsStatements_query on Query
    @refetchable(queryName: "operationsStatementsPaginationQuery")
    @argumentDefinitions(count: { type: "Int", defaultValue: 10 }, cursor: { type: "String" }) {
      statements(first: $count, after: $cursor) @connection(key: "operationsStatements_statements") {
        edges {
          node {
            id
            ...operationsStatement_statement
          }
        }
      }
    }
  `,
  graphql`
    query operationsListsQuery {
      ...operationsMeetings_query
      ...operationsPersons_query
      ...operationsStatements_query
    }
  `,
];
