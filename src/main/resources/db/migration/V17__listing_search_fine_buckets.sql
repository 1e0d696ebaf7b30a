-- Search in finer steps where a word is common. With V14's 16 buckets, a common word read one
-- whole bucket (1/16 of the catalogue) before its LIMIT could stop: at 1,000,000 listings building
-- that bucket's bitmap for 'sewa' & 'tenda':* took ~3 ms however few matches the search needed.
-- This index files the same words under 256 finer buckets (a listing's fine bucket is id % 256,
-- which lies inside its coarse bucket, id % 16). A search reads the 16 fine buckets of its first
-- coarse bucket one by one, then the other 15 coarse buckets (ListingSearch): a common word stops
-- after a few 256ths of the catalogue, and a rare one reads 31 small steps instead of 16.
create function listing_search_fine_buckets() returns integer
    language sql immutable parallel safe as
$$
select 256
$$;

-- As listing_search_bucketed (V14), with the fine bucket: '<id % 256>/<lexeme>'. The coarse and the
-- fine lexemes live in different indexes, so '3/sewa' of one never meets '3/sewa' of the other;
-- listing_search_bucket_query builds the query for either.
create function listing_search_fine_bucketed(id bigint, search tsvector) returns tsvector
    language sql immutable parallel safe strict as
$$
select array_to_tsvector(array(
    select (id % listing_search_fine_buckets())::text || '/' || left(lexeme, 500)
    from unnest(tsvector_to_array(search)) lexeme))
$$;

create index listing_visible_search_fine_bucket_idx
    on listing using gin (listing_search_fine_bucketed(id, search_vector))
    where status = 'PUBLISHED' and supplier_visible;

-- The buckets a search reads, in order, from the words' own bucket (first_bucket, taken modulo 16):
-- the 16 fine buckets inside that coarse bucket, then the other 15 coarse buckets. Not strict, so
-- that PostgreSQL can inline it into the search.
create function listing_search_steps(first_bucket integer)
    returns table (fine boolean, bucket integer)
    language sql immutable parallel safe as
$$
select step < n.fines,
       case when step < n.fines then first_bucket % n.coarse + n.coarse * step
            else (first_bucket + step - n.fines + 1) % n.coarse end
from (select listing_search_buckets() as coarse,
             listing_search_fine_buckets() / listing_search_buckets() as fines) n,
     generate_series(0, n.fines + n.coarse - 2) as step
$$;
