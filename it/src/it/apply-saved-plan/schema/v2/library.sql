create table authors (
    id bigint generated always as identity primary key,
    name text not null
);

create table books (
    id bigint generated always as identity primary key,
    author_id bigint not null references authors,
    title text not null
);
