-- Notifications through a transactional outbox: written in the transaction of the change they
-- announce, delivered by e-mail by a background worker, retried, never sent twice.

alter table work_unit add column email text;

create sequence notification_seq increment by 50;

create table notification (
    id              bigint primary key,
    recipient_kind  text        not null,
    recipient_id    text        not null,
    audience_role   text,
    email           text,
    event           text        not null,
    event_key       text        not null,
    order_id        bigint,
    payload         jsonb       not null,
    created_at      timestamptz not null,
    status          text        not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz,
    sent_at         timestamptz,
    last_error      text,
    constraint notification_kind_check check (recipient_kind in ('SUPPLIER', 'WORK_UNIT')),
    constraint notification_status_check
        check (status in ('PENDING', 'SENT', 'FAILED', 'NO_ADDRESS')),
    -- One notification per recipient and event, whatever retries happen.
    constraint notification_event_key
        unique nulls not distinct (event_key, recipient_kind, recipient_id, audience_role)
);

create index notification_recipient_idx
    on notification (recipient_kind, recipient_id, created_at desc, id desc);
create index notification_due_idx on notification (next_attempt_at) where status = 'PENDING';
