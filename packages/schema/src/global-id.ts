// The global ids of the API, for tools that print them without loading the schema (the
// `dossier ingest` command line): the same encoding `node(id:)` reads.
export { encodeGlobalID as globalId } from '@pothos/plugin-relay';
