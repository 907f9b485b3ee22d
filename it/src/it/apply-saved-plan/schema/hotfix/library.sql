-- someone changed the database after v2 was planned
create table authors (
    id bigint generated always as identity primary key,
    name text not null,
    born date
);
