-- The PDP access log (LogAkses), in a schema of its own. The AppHost runs this as the superuser before DataPegawai starts,
-- then lets DataPegawai's role only read and add rows: owning the database (and so its public schema), that role could
-- drop a table there; it owns nothing in pdp. Run again on every start: it creates what is missing and changes nothing else.
select pg_advisory_xact_lock(hashtext('kinerja_akses_data_pribadi'));
create schema if not exists pdp;
-- a data folder of an older build kept the log in public, written by a service that connected as the superuser
do $$
begin
    if to_regclass('public.kinerja_akses_data_pribadi') is not null and to_regclass('pdp.kinerja_akses_data_pribadi') is null then
        alter table public.kinerja_akses_data_pribadi set schema pdp;
        alter function public.kinerja_akses_data_pribadi_tetap() set schema pdp;
    end if;
end $$;
create table if not exists pdp.kinerja_akses_data_pribadi (
    id bigserial primary key,
    waktu timestamptz not null default now(),
    pembaca text not null,
    peran text not null,
    pegawai text not null,
    endpoint text not null,
    correlation_id text);
create index if not exists kinerja_akses_data_pribadi_pegawai on pdp.kinerja_akses_data_pribadi (pegawai, id);
create index if not exists kinerja_akses_data_pribadi_pembaca on pdp.kinerja_akses_data_pribadi (pembaca, id);
create or replace function pdp.kinerja_akses_data_pribadi_tetap() returns trigger language plpgsql as $f$
begin raise exception 'log akses data pribadi hanya boleh ditambah'; end $f$;
drop trigger if exists kinerja_akses_data_pribadi_tetap on pdp.kinerja_akses_data_pribadi;
create trigger kinerja_akses_data_pribadi_tetap before update or delete on pdp.kinerja_akses_data_pribadi
    for each row execute function pdp.kinerja_akses_data_pribadi_tetap();
drop trigger if exists kinerja_akses_data_pribadi_tetap_truncate on pdp.kinerja_akses_data_pribadi;
create trigger kinerja_akses_data_pribadi_tetap_truncate before truncate on pdp.kinerja_akses_data_pribadi
    for each statement execute function pdp.kinerja_akses_data_pribadi_tetap();
