-- Nur-Sultan is Astana again (renamed back in 2022): the extractor now names and keys the city
-- "Astana"; a store that already holds it under the dataset's old name takes the new name and
-- key, keeping "Nur-Sultan" as an alias, so that later documents join the same row.
UPDATE "actors"
SET "key" = 'place:city:KZ:astana',
    "name" = 'Astana',
    "aliases" = array(SELECT DISTINCT a FROM unnest("aliases" || ARRAY['Nur-Sultan']) AS a WHERE a <> 'Astana')
WHERE "key" = 'place:city:KZ:nur-sultan'
  AND NOT EXISTS (SELECT 1 FROM "actors" WHERE "key" = 'place:city:KZ:astana');
