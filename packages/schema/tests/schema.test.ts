import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  lexicographicSortSchema,
  parse,
  printSchema,
  validate,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const sharedDir = process.env.DOSSIER_SHARED_DIR ?? resolve(here, '../../../../shared');
const contractPath = resolve(sharedDir, 'eval/contract.graphql');
const hasContract = existsSync(contractPath);
if (!hasContract) console.warn(`[schema] ${contractPath} not found: the contract test is skipped`);

describe('schema', () => {
  it('matches the committed schema.graphql (run `pnpm print-schema` after an API change)', () => {
    const committed = readFileSync(resolve(here, '../schema.graphql'), 'utf8');
    expect(`${printSchema(lexicographicSortSchema(schema))}\n`).toBe(committed);
  });

  it.skipIf(!hasContract)('validates every operation of the client contract', () => {
    const errors = validate(schema, parse(readFileSync(contractPath, 'utf8')));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});

/** Every type, field, argument, input field and enum value that has no description. */
function undescribed(): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        const args = 'args' in field ? field.args : [];
        for (const arg of args)
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name}:)`);
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues())
        if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe('what client tools ask of the schema', () => {
  it('describes every type, field, argument and enum value', () => {
    expect(undescribed()).toEqual([]);
  });

  it('names connection types for what they list, with one edge type per node type', () => {
    const names = Object.keys(schema.getTypeMap());
    expect(names.filter((name) => name.startsWith('Query'))).toEqual(['Query']);
    expect(names.filter((name) => name.endsWith('Edge')).sort()).toEqual([
      'DocumentEdge',
      'JobEdge',
      'MeetingEdge',
      'OrganizationEdge',
      'PersonEdge',
      'PlaceEdge',
      'SearchHitEdge',
      'StatementEdge',
    ]);
    const query = schema.getQueryType()!.getFields();
    expect(String(query.organizations!.type)).toBe('OrganizationConnection!');
    expect(String(query.alliances!.type)).toBe('OrganizationConnection!');
  });

  it('lets a selection under Actor ask every kind of actor for its kind without aliases', () => {
    const document = parse(`{
      meetings(first: 5) { edges { node { participants {
        kind ... on Organization { kind acronym } ... on Place { kind countryCode } ... on Person { kind }
      } } } }
    }`);
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });

  it('filters persons with filter: like every other connection', () => {
    const document = parse('{ persons(first: 5, filter: { name: "lee" }) { totalCount } }');
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });
});
