-- Search in smaller steps. A search counts and ranks only its first matches
-- (banggaelokal.search.count-limit), but GIN answers a query with a bitmap of every match, so for
-- common words the index work grew with the catalogue (at 1,000,000 listings 'sewa tenda' matches
-- 33,740, and building their bitmap took 24-61 ms). This index also files every visible listing's
-- search words under one of 16 buckets by id, as '<bucket>/<lexeme>'. A search reads bucket after
-- bucket and stops as soon as it has enough matches: where one bucket holds enough, it reads a
-- sixteenth of the posting lists (ListingSearch). The number of buckets is built into the index:
-- changing listing_search_buckets() takes a new migration that rebuilds it.
create function listing_search_buckets() returns integer
    language sql immutable parallel safe as
$$
select 16
$$;

-- The bucket of a listing and its search words, as '<bucket>/<lexeme>' lexemes. A lexeme may have
-- at most 2046 bytes, so each is cut to its first 500 characters (2,000 bytes at most): a search's
-- words are at most 40 characters (SearchCriteria), so they match a cut lexeme, as a word or as a
-- prefix, exactly when they match the whole one.
create function listing_search_bucketed(id bigint, search tsvector) returns tsvector
    language sql immutable parallel safe strict as
$$
select array_to_tsvector(array(
    select (id % listing_search_buckets())::text || '/' || left(lexeme, 500)
    from unnest(tsvector_to_array(search)) lexeme))
$$;

-- A search query for one bucket: every lexeme of the query as '<bucket>/<lexeme>'; operators and
-- prefix marks stay as they are (a lexeme in a tsquery's text is quoted, a quote or backslash in it
-- doubled). Meant for the queries of listing_search_query (words joined by & and |): the bucketed
-- vector has no positions or weights, so phrase operators and weights would not keep their sense,
-- and a negation only keeps it among the bucket's own listings (the search also asks for the
-- bucket's ids).
create function listing_search_bucket_query(bucket integer, query tsquery) returns tsquery
    language sql immutable parallel safe strict as
$$
select regexp_replace(query::text, '''((?:[^'']|'''')*)''', '''' || bucket || '/\1''', 'g')::tsquery
$$;

create index listing_visible_search_bucket_idx
    on listing using gin (listing_search_bucketed(id, search_vector))
    where status = 'PUBLISHED' and supplier_visible;
