// Writes schema.graphql from the built schema, so every API change shows up in review.
import { writeFileSync } from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from '../dist/index.js';

const out = new URL('../schema.graphql', import.meta.url);
writeFileSync(out, `${printSchema(lexicographicSortSchema(schema))}\n`);
console.log(`wrote ${out.pathname}`);
