// The global ids of the API, for tools that print or read them without loading the schema (the
// `dossier ingest` command line): the same encoding `node(id:)` reads.
export { decodeGlobalID as parseGlobalId, encodeGlobalID as globalId } from '@pothos/plugin-relay';
