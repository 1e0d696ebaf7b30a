-- Integrity alerts: patterns in orders, listings and suppliers that the inspectorate should look at,
-- found by the rules of the integrity feature (a scheduled scan and an on-demand one).

-- Ids come from plain nextval() in the set-based INSERT … SELECT of each rule, never from Hibernate.
create sequence integrity_alert_seq;

create table integrity_alert (
    id             bigint primary key,
    rule           text        not null,
    -- What makes a finding the same finding: the rule's evidence key (order, listing, pair and
    -- period, account and suppliers). A finding is raised once, whatever scans run at once.
    fingerprint    text        not null,
    status         text        not null,
    detected_at    timestamptz not null,
    work_unit_code text,
    supplier_ids   bigint[]    not null,
    evidence       jsonb       not null,
    status_reason  text,
    decided_by     text,
    decided_at     timestamptz,
    version        bigint      not null default 0,
    constraint integrity_alert_rule_check check (rule in (
        'BUYER_SUPPLIER_CONCENTRATION', 'FRESH_LISTING_ORDERED', 'PRICE_RAISED_BEFORE_ORDER',
        'SHARED_BANK_ACCOUNT', 'SHARED_OWNER_NIK', 'SPLIT_ORDERS')),
    constraint integrity_alert_status_check check (status in ('OPEN', 'DISMISSED', 'CONFIRMED')),
    constraint integrity_alert_dismissed_check check (status <> 'DISMISSED' or status_reason is not null),
    constraint integrity_alert_fingerprint_length_check check (length(fingerprint) <= 200)
);

create unique index integrity_alert_fingerprint_key on integrity_alert (rule, fingerprint);
create index integrity_alert_detected_idx on integrity_alert (detected_at desc, id desc);
create index integrity_alert_status_idx on integrity_alert (status, detected_at desc, id desc);
create index integrity_alert_supplier_idx on integrity_alert using gin (supplier_ids);

-- The rules read orders by the time they were placed, across all work units and suppliers
-- (a window of days out of 1,000,000 orders a year); the existing order indexes lead with the
-- work unit, the supplier or the status.
create index purchase_order_placed_at_idx on purchase_order (placed_at);
