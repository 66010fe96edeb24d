-- /corrections lists every note (correction, clarification, update) on the articles a reader may see, newest
-- note first, with their count (lib/store/read.ts readNotes). Read from the articles that carry one, each page
-- and each count read the meta of every corrected article (3,401 of them at 100,000 synthetic articles, about
-- 150 ms a query): a page's time followed the archive. note_rows keeps each note's time and place with what says
-- who sees it (its article's time and state), in the order the pages read them, so a page reads its own notes
-- and a count reads this narrow table alone.
create table note_rows (
  slug text not null,
  -- The note's place among its article's notes (1-based): the page's anchor.
  position integer not null,
  -- The note's own time (null sorts first, as the meta's order did).
  noted_at timestamptz,
  -- Its article's time and state, under their names in articles: who sees a note is who sees its article
  -- (lib/store/read.ts visible).
  date timestamptz not null,
  draft boolean not null,
  primary key (slug, position)
);
create index note_rows_newest on note_rows (noted_at desc, slug, position) include (date, draft);

-- Kept by the articles table itself, in the transaction that changes it, as list_rows is (migration 0015).
create function note_row_sync() returns trigger
  language plpgsql set search_path from current as $$
begin
  if tg_op in ('DELETE', 'UPDATE') then
    delete from note_rows where slug = old.slug;
  end if;
  if tg_op in ('INSERT', 'UPDATE') and new.corrected then
    insert into note_rows (slug, position, noted_at, date, draft)
    select new.slug, n.i, (n.note->>'date')::timestamptz, new.date, new.draft
    from jsonb_array_elements(new.meta->'corrections') with ordinality as n(note, i);
  end if;
  return null;
end
$$;

create trigger articles_note_rows_written after insert or delete on articles
  for each row execute function note_row_sync();
-- Only an article with notes, before or after, reads its meta: a publish that rewrites every related list
-- does not.
create trigger articles_note_rows_changed after update on articles
  for each row
  when (
    (old.corrected or new.corrected)
    and ((old.slug, old.date, old.draft, old.corrected) is distinct from (new.slug, new.date, new.draft, new.corrected)
         or old.meta->'corrections' is distinct from new.meta->'corrections')
  )
  execute function note_row_sync();

insert into note_rows (slug, position, noted_at, date, draft)
  select a.slug, n.i, (n.note->>'date')::timestamptz, a.date, a.draft
  from articles a cross join lateral jsonb_array_elements(a.meta->'corrections') with ordinality as n(note, i)
  where a.corrected;

-- A list's page (lib/store/read.ts readListItems) passes over list_rows in the list's order, newest first or
-- oldest first, to its offset, and reads only its own articles' wide rows (the middle page of the home page's list
-- at 100,000 articles: 500 ms over the articles' rows, 5 ms here): by this index for the home page's list, a
-- year's and a month's, which also serves the ranges of time the date's own index served; by the tags' and
-- authors' indexes (migration 0016) for theirs; the corrected articles' by the last.
create index list_rows_newest on list_rows (date desc, slug) include (draft);
drop index list_rows_date;
create index list_rows_noted on list_rows (date desc, slug) include (draft) where notes > 0;
