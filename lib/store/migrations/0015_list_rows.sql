-- What lists are made of, apart from the articles' wide rows. Every publish reads these columns of every
-- article: the digest that says whether the proxy's tables must be made again, those tables themselves (the
-- articles' slugs and states, each list's count), the pictures' manifest, the lists' counts servers keep
-- (lib/store/list-counts.ts) and the content check's view of the archive (lib/store/check-scope.ts). Read from
-- articles, each of them passed over the whole table (409 MB at 100,000 synthetic articles: the bodies' index
-- entries, related lists and histories stay in the row) or over the meta of every article for its notes, so
-- its time followed what the page cache held (1.8 s to 22 s for the proxy's tables at 100,000). list_rows keeps
-- those columns alone, about 400 bytes an article (3.7 MB beside 41 MB at 10,000), with the count of each article's corrections, clarifications
-- and updates worked out once.
create table list_rows (
  slug text primary key,
  date timestamptz not null,
  draft boolean not null,
  changed_at timestamptz not null,
  category text not null,
  tags text[] not null,
  tag_names text[] not null,
  tag_slugs text[] not null,
  author_slugs text[] not null,
  -- The notes /corrections lists of the article (its corrections, clarifications and updates), 0 without.
  notes integer not null,
  -- Every picture it shows (lead and body): the pictures' manifest (lib/store/site-files.ts).
  pictures text[] not null
);

-- Kept by the articles table itself, in the transaction that changes it, as search_rows is (migration 0008),
-- with the function run under this schema's search path.
create function list_row_sync() returns trigger
  language plpgsql set search_path from current as $$
begin
  if tg_op in ('DELETE', 'UPDATE') then
    delete from list_rows where slug = old.slug;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into list_rows (slug, date, draft, changed_at, category, tags, tag_names, tag_slugs, author_slugs, notes,
                           pictures)
    values (
      new.slug, new.date, new.draft, new.changed_at, new.category, new.tags, new.tag_names, new.tag_slugs,
      new.author_slugs,
      case when new.corrected then coalesce(jsonb_array_length(new.meta->'corrections'), 0) else 0 end,
      new.pictures
    );
  end if;
  return null;
end
$$;

create trigger articles_list_rows_written after insert or delete on articles
  for each row execute function list_row_sync();
-- A publish rewrites many rows' related lists and terms alone: only a change to what lists read makes the row again.
-- (An article's notes are read from its meta only where it has some: a related list's rewrite does not read the
-- meta of every article.)
create trigger articles_list_rows_changed after update on articles
  for each row
  when (
    (old.slug, old.date, old.draft, old.changed_at, old.category, old.tags, old.tag_names, old.tag_slugs,
     old.author_slugs, old.corrected, old.pictures)
    is distinct from
    (new.slug, new.date, new.draft, new.changed_at, new.category, new.tags, new.tag_names, new.tag_slugs,
     new.author_slugs, new.corrected, new.pictures)
    or (new.corrected and old.meta->'corrections' is distinct from new.meta->'corrections')
  )
  execute function list_row_sync();

insert into list_rows (slug, date, draft, changed_at, category, tags, tag_names, tag_slugs, author_slugs, notes, pictures)
  select slug, date, draft, changed_at, category, tags, tag_names, tag_slugs, author_slugs,
         case when corrected then coalesce(jsonb_array_length(meta->'corrections'), 0) else 0 end, pictures
  from articles;

-- The articles' index of those columns (migration 0011) served the same reads: list_rows does now.
drop index articles_lists;
