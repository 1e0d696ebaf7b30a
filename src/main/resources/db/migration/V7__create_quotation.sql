-- Sealed quotations on purchase requests: immutable versions, the current offer, and the
-- buyer's counter-offers (negotiation rounds).

create sequence quotation_seq increment by 50;

create table quotation (
    id                  bigint primary key,
    purchase_request_id bigint         not null references purchase_request (id),
    supplier_id         bigint         not null references supplier (id),
    status              text           not null,
    current_version     integer        not null,
    delivery_days       integer        not null,
    valid_until         date           not null,
    notes               text,
    offer_total         numeric(17, 2) not null,
    submitted_at        timestamptz    not null,
    updated_at          timestamptz    not null,
    withdrawn_at        timestamptz,
    order_id            bigint references purchase_order (id),
    version             bigint         not null default 0,
    constraint quotation_status_check
        check (status in ('SUBMITTED', 'WITHDRAWN', 'AWARDED', 'NOT_AWARDED')),
    constraint quotation_delivery_days_check check (delivery_days between 1 and 365),
    constraint quotation_offer_total_check check (offer_total >= 0)
);

-- One live quotation per supplier per request; a withdrawn one may be followed by a new one.
create unique index quotation_live_key on quotation (purchase_request_id, supplier_id)
    where status <> 'WITHDRAWN';
-- At most one award per request.
create unique index quotation_awarded_key on quotation (purchase_request_id)
    where status = 'AWARDED';
create index quotation_request_idx on quotation (purchase_request_id, id);
create index quotation_supplier_idx on quotation (supplier_id, submitted_at desc, id desc);

-- The current offer: the prices of the latest version, or as negotiation left them.
create table quotation_offer_line (
    quotation_id bigint         not null references quotation (id) on delete cascade,
    line_no      integer        not null,
    unit_price   numeric(15, 2) not null,
    primary key (quotation_id, line_no),
    constraint quotation_offer_line_price_check check (unit_price >= 0)
);

create sequence quotation_version_seq increment by 50;

-- Every version the supplier submitted, never changed afterwards.
create table quotation_version (
    id            bigint primary key,
    quotation_id  bigint         not null references quotation (id),
    number        integer        not null,
    delivery_days integer        not null,
    valid_until   date           not null,
    notes         text,
    total         numeric(17, 2) not null,
    created_at    timestamptz    not null,
    created_by    text           not null,
    constraint quotation_version_number_key unique (quotation_id, number)
);

create table quotation_version_line (
    quotation_version_id bigint         not null references quotation_version (id),
    line_no              integer        not null,
    unit_price           numeric(15, 2) not null,
    primary key (quotation_version_id, line_no),
    constraint quotation_version_line_price_check check (unit_price >= 0)
);

create sequence counter_offer_seq increment by 50;

-- A negotiation round: the buyer's prices and message, and the supplier's answer.
create table counter_offer (
    id             bigint primary key,
    quotation_id   bigint      not null references quotation (id),
    round          integer     not null,
    message        text        not null,
    status         text        not null,
    proposed_total numeric(17, 2) not null,
    proposed_at    timestamptz not null,
    proposed_by    text        not null,
    answer_message text,
    answer_total   numeric(17, 2),
    answered_at    timestamptz,
    answered_by    text,
    constraint counter_offer_round_key unique (quotation_id, round),
    constraint counter_offer_round_check check (round between 1 and 3),
    constraint counter_offer_status_check
        check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'COUNTERED')),
    constraint counter_offer_answer_check
        check ((status = 'PENDING') = (answered_at is null))
);

create table counter_offer_line (
    counter_offer_id bigint         not null references counter_offer (id),
    line_no          integer        not null,
    proposed_price   numeric(15, 2) not null,
    countered_price  numeric(15, 2),
    primary key (counter_offer_id, line_no),
    constraint counter_offer_line_price_check
        check (proposed_price >= 0 and (countered_price is null or countered_price >= 0))
);

-- Submitted versions are evidence of what a supplier offered: the database refuses to change them.
create function quotation_version_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'quotation versions are immutable' using errcode = '42501';
end;
$$;

create trigger quotation_version_immutable
    before update or delete on quotation_version
    for each row execute function quotation_version_refuse_change();

create trigger quotation_version_line_immutable
    before update or delete on quotation_version_line
    for each row execute function quotation_version_refuse_change();
