-- Purchase requests (RFQs) of the work units: their lines, and the suppliers invited to quote or
-- that quoted.

create sequence purchase_request_seq increment by 50;

create table purchase_request (
    id                   bigint primary key,
    work_unit_code       text          not null references work_unit (code),
    created_by           text          not null,
    title                text          not null,
    storefront           text          not null,
    description          text          not null,
    budget_code          text          not null,
    delivery_place       text          not null,
    delivery_date        date          not null,
    quotation_deadline   timestamptz   not null,
    participation        text          not null,
    status               text          not null,
    cancel_reason        text,
    live_quotations      integer       not null default 0,
    awarded_quotation_id bigint,
    order_id             bigint,
    published_at         timestamptz,
    closed_at            timestamptz,
    awarded_at           timestamptz,
    cancelled_at         timestamptz,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    version              bigint        not null default 0,
    constraint purchase_request_storefront_check
        check (storefront in ('EVENT_SERVICE', 'RENTAL', 'FLAGSHIP_PRODUCT')),
    constraint purchase_request_participation_check check (participation in ('INVITED', 'OPEN')),
    constraint purchase_request_status_check
        check (status in ('DRAFT', 'OPEN', 'CLOSED', 'AWARDED', 'CANCELLED')),
    constraint purchase_request_live_quotations_check check (live_quotations >= 0),
    constraint purchase_request_cancel_reason_check
        check ((status = 'CANCELLED') = (cancel_reason is not null)),
    constraint purchase_request_awarded_check
        check ((status = 'AWARDED') = (awarded_quotation_id is not null and order_id is not null))
);

create index purchase_request_work_unit_idx
    on purchase_request (work_unit_code, created_at desc, id desc);
create index purchase_request_created_idx on purchase_request (created_at desc, id desc);
-- The deadline job and the suppliers' list of open requests.
create index purchase_request_open_deadline_idx
    on purchase_request (quotation_deadline) where status = 'OPEN';
create index purchase_request_open_storefront_idx
    on purchase_request (storefront, quotation_deadline) where status = 'OPEN' and participation = 'OPEN';

create table purchase_request_line (
    purchase_request_id bigint         not null references purchase_request (id) on delete cascade,
    line_no             integer        not null,
    listing_id          bigint,
    description         text           not null,
    quantity            integer        not null,
    unit                text           not null,
    estimate_unit_price numeric(15, 2) not null,
    primary key (purchase_request_id, line_no),
    constraint purchase_request_line_quantity_check check (quantity >= 1),
    constraint purchase_request_line_estimate_check check (estimate_unit_price > 0)
);

-- Suppliers invited to a request (while it is a draft the buyer may change them).
create table purchase_request_invitation (
    purchase_request_id bigint not null references purchase_request (id) on delete cascade,
    supplier_id         bigint not null references supplier (id),
    primary key (purchase_request_id, supplier_id)
);

create index purchase_request_invitation_supplier_idx
    on purchase_request_invitation (supplier_id, purchase_request_id);

-- Suppliers that quoted on a request: they keep seeing it after it closes.
create table purchase_request_bidder (
    purchase_request_id bigint not null references purchase_request (id),
    supplier_id         bigint not null references supplier (id),
    primary key (purchase_request_id, supplier_id)
);

create index purchase_request_bidder_supplier_idx
    on purchase_request_bidder (supplier_id, purchase_request_id);
