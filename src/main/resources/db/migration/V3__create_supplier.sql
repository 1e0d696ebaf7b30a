-- Supplier onboarding: business profiles, their documents, and uploaded files.

create extension if not exists pg_trgm;

-- Uploaded files (supplier documents, later listing photos), kept with the data they belong to.
create table stored_file (
    key        uuid primary key,
    content    bytea       not null,
    size_bytes bigint      not null,
    created_at timestamptz not null
);

create sequence supplier_seq increment by 50;

create table supplier (
    id                  bigint primary key,
    owner_subject       text        not null,
    status              text        not null,
    status_reason       text,
    changed_since_review boolean    not null default false,
    legal_name          text        not null,
    trading_name        text        not null,
    business_form       text        not null,
    scale               text        not null,
    nib                 char(13)    not null,
    npwp                char(16)    not null,
    nitku               char(22),
    owner_name          text        not null,
    owner_nik           char(16)    not null,
    kbli_codes          text[]      not null,
    pkp                 boolean     not null,
    pp55_certificate    boolean     not null,
    street              text        not null,
    village             text        not null,
    district            text        not null,
    postal_code         text,
    phone               text        not null,
    email               text        not null,
    bank_name           text        not null,
    bank_account_number text        not null,
    bank_account_holder text        not null,
    rating_average      numeric(3, 2),
    rating_count        integer     not null default 0,
    submitted_at        timestamptz,
    verified_at         timestamptz,
    verified_by         text,
    version             bigint      not null default 0,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    constraint supplier_status_check
        check (status in ('DRAFT', 'SUBMITTED', 'VERIFIED', 'REJECTED', 'SUSPENDED')),
    constraint supplier_business_form_check
        check (business_form in ('INDIVIDUAL', 'CV', 'PT', 'COOPERATIVE')),
    constraint supplier_scale_check check (scale in ('MICRO', 'SMALL', 'MEDIUM')),
    constraint supplier_district_check check (district in ('BATU', 'BUMIAJI', 'JUNREJO')),
    constraint supplier_nib_check check (nib ~ '^[0-9]{13}$'),
    constraint supplier_npwp_check check (npwp ~ '^[0-9]{16}$'),
    constraint supplier_nik_check check (owner_nik ~ '^[0-9]{16}$'),
    constraint supplier_nitku_check check (nitku is null or (nitku ~ '^[0-9]{22}$' and left(nitku, 16) = npwp))
);

-- One profile per account, and one profile per NIB, NPWP and owner NIK.
create unique index supplier_owner_subject_key on supplier (owner_subject);
create unique index supplier_nib_key on supplier (nib);
create unique index supplier_npwp_key on supplier (npwp);
create unique index supplier_owner_nik_key on supplier (owner_nik);

-- The verification queue, and search by name.
create index supplier_status_queue_idx on supplier (status, submitted_at, id);
create index supplier_legal_name_trgm_idx on supplier using gin (lower(legal_name) gin_trgm_ops);
create index supplier_trading_name_trgm_idx on supplier using gin (lower(trading_name) gin_trgm_ops);

create sequence supplier_document_seq increment by 50;

create table supplier_document (
    id           bigint primary key,
    supplier_id  bigint      not null references supplier (id),
    type         text        not null,
    number       text        not null,
    issue_date   date        not null,
    expiry_date  date,
    content_type text        not null,
    size_bytes   bigint      not null,
    sha256       text        not null,
    file_key     uuid        not null references stored_file (key),
    uploaded_at  timestamptz not null,
    constraint supplier_document_type_check
        check (type in ('NIB', 'NPWP', 'HALAL', 'PIRT', 'SNI', 'BUSINESS_LICENSE', 'OTHER')),
    constraint supplier_document_dates_check check (expiry_date is null or expiry_date >= issue_date)
);

create index supplier_document_supplier_idx on supplier_document (supplier_id, type);
