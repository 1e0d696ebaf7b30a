-- OCDS 1.1 releases, as published at GET /api/v1/ocds/releases: one row per event (a request
-- published, an award, an order approved or confirmed, a delivery accepted, a payment), written in
-- the event's own transaction. seq is the public cursor; the service takes a transaction-level
-- advisory lock before drawing it, so that releases commit in seq order and a reader following the
-- cursor never skips one that committed late.
create sequence ocds_release_seq;

create table ocds_release (
    seq                 bigint      primary key,
    release_id          text        not null unique,
    ocid                text        not null,
    tags                text[]      not null,
    purchase_request_id bigint,
    order_id            bigint,
    released_at         timestamptz not null,
    release             jsonb       not null
);

create index ocds_release_ocid_idx on ocds_release (ocid);
create index ocds_release_purchase_request_idx on ocds_release (purchase_request_id)
    where purchase_request_id is not null;
create index ocds_release_order_idx on ocds_release (order_id) where order_id is not null;

-- A published release is never changed or withdrawn: corrections are new releases.
create function ocds_release_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'ocds_release is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger ocds_release_no_update_or_delete
    before update or delete on ocds_release
    for each row execute function ocds_release_refuse_change();

create trigger ocds_release_no_truncate
    before truncate on ocds_release
    for each statement execute function ocds_release_refuse_change();
