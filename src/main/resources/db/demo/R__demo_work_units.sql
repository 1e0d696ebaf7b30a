-- Demo data for dev mode only: a few of Kota Batu's work units.
insert into work_unit (id, code, name, address, active, version, created_at, updated_at)
select nextval('work_unit_seq'), v.code, v.name, v.address, true, 0, now(), now()
  from (values
    ('DISKOMINFO', 'Dinas Komunikasi dan Informatika', 'Jl. Panglima Sudirman No. 507, Batu'),
    ('DISPARTA', 'Dinas Pariwisata', 'Jl. Panglima Sudirman No. 507, Batu'),
    ('DINKES', 'Dinas Kesehatan', 'Jl. Sultan Agung No. 18, Batu'),
    ('DISPENDIK', 'Dinas Pendidikan', 'Jl. Panglima Sudirman No. 507, Batu'),
    ('BPBJ', 'Bagian Pengadaan Barang dan Jasa', 'Jl. Panglima Sudirman No. 507, Batu')
  ) as v(code, name, address)
 where not exists (select 1 from work_unit w where w.code = v.code);
