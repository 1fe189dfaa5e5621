// Writes possible-types.json from the committed schema: for every interface and union, the
// object types that implement it, in the shape Apollo Client's InMemoryCache takes as
// `possibleTypes` (it cannot match a fragment on `Actor` to a `Person` without it).
// A test compares the committed file with what the running API reports.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildSchema, isAbstractType } from 'graphql';

const schemaFile = new URL('../../schema/schema.graphql', import.meta.url);
const outFile = new URL('../possible-types.json', import.meta.url);

function possibleTypesOf(sdl) {
  const schema = buildSchema(sdl);
  const entries = Object.values(schema.getTypeMap())
    .filter((type) => isAbstractType(type) && !type.name.startsWith('__'))
    .map((type) => [
      type.name,
      schema
        .getPossibleTypes(type)
        .map((t) => t.name)
        .sort(),
    ])
    .sort(([a], [b]) => a.localeCompare(b));
  return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}

writeFileSync(outFile, possibleTypesOf(readFileSync(schemaFile, 'utf8')));
