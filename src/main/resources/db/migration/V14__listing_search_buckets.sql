-- Search in bounded steps. A search counts and ranks only its first matches
-- (banggaelokal.search.count-limit), but GIN answers a query with a bitmap of every match, so for
-- common words the index work grew with the catalogue (at 1,000,000 listings 'sewa tenda' matches
-- 33,740, and building their bitmap took 24-29 ms). This index splits every visible listing's
-- search words into 16 buckets by id: each lexeme is also indexed as '<bucket>/<lexeme>'. A search
-- reads bucket after bucket and stops as soon as it has enough matches, so for common words it
-- reads one sixteenth of the posting lists, however large the catalogue grows.
create function listing_search_buckets() returns integer
    language sql immutable parallel safe as
$$
select 16
$$;

-- The bucket of a listing and its search words, as '<bucket>/<lexeme>' lexemes.
create function listing_search_bucketed(id bigint, search tsvector) returns tsvector
    language sql immutable parallel safe strict as
$$
select array_to_tsvector(array(
    select (id % listing_search_buckets())::text || '/' || lexeme
    from unnest(tsvector_to_array(search)) lexeme))
$$;

-- A search query for one bucket: every lexeme of the query as '<bucket>/<lexeme>'; operators and
-- prefix marks stay as they are (a lexeme in a tsquery's text is quoted, a quote in it doubled).
create function listing_search_bucket_query(bucket integer, query tsquery) returns tsquery
    language sql immutable parallel safe strict as
$$
select regexp_replace(query::text, '''((?:[^'']|'''')*)''', '''' || bucket || '/\1''', 'g')::tsquery
$$;

create index listing_visible_search_bucket_idx
    on listing using gin (listing_search_bucketed(id, search_vector))
    where status = 'PUBLISHED' and supplier_visible;
