-- Platform tables that every feature shares: the audit log and idempotency keys.

-- The audit log is append-only: every state change and administrative action, forever.
create sequence audit_log_seq increment by 50;

create table audit_log (
    id           bigint primary key,
    occurred_at  timestamptz not null,
    actor        text        not null,
    action       text        not null,
    entity_type  text        not null,
    entity_id    text        not null,
    before_state jsonb,
    after_state  jsonb,
    request_id   text
);

create index audit_log_entity_idx on audit_log (entity_type, entity_id, occurred_at);
create index audit_log_actor_idx on audit_log (actor, occurred_at);
create index audit_log_occurred_at_idx on audit_log (occurred_at);

-- The database itself refuses to change or remove an audit entry, whoever asks.
create function audit_log_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_log is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_no_update_or_delete
    before update or delete on audit_log
    for each row execute function audit_log_refuse_change();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_refuse_change();

-- Idempotency keys of creating POSTs, per caller, with the first response to replay.
create table idempotency_key (
    scope             text        not null,
    key               text        not null,
    fingerprint       text        not null,
    response_status   integer     not null,
    response_body     text,
    response_location text,
    response_etag     text,
    created_at        timestamptz not null,
    expires_at        timestamptz not null,
    primary key (scope, key)
);

create index idempotency_key_expires_at_idx on idempotency_key (expires_at);
