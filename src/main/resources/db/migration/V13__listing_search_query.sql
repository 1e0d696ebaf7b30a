-- The text-search query of a public search, built from its normalised words (letters and digits,
-- separated by spaces; SearchCriteria makes them so): every word matches stemmed ('indonesian':
-- penyewaan finds sewa) or as written ('simple'), the last word also as a prefix (search as you
-- type: kerip finds keripik). Where the stem is the word itself the query names the lexeme once:
-- GIN reads one posting list per term of the query, and ('sewa' | 'sewa') read it twice. IMMUTABLE
-- (like to_tsquery with a named configuration), so a search planned for its own words folds it to
-- a constant before choosing between the index and reading in order.
create function listing_search_query(words text) returns tsquery
    language plpgsql immutable parallel safe strict as
$$
declare
    word   text[]  := regexp_split_to_array(btrim(words), '\s+');
    last   integer := coalesce(array_length(word, 1), 0);
    result tsquery;
    term   tsquery;
begin
    for i in 1 .. last loop
        term := to_tsquery('simple', word[i] || case when i = last then ':*' else '' end);
        if to_tsquery('indonesian', word[i]) <> to_tsquery('simple', word[i]) then
            term := to_tsquery('indonesian', word[i]) || term;
        end if;
        result := case when result is null then term else result && term end;
    end loop;
    return result;
end
$$;
