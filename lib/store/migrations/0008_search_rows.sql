-- A search visits every article a query matches before it can count them and choose the page: a common word
-- matches most of the archive. The articles' rows are wide (the index entry, the related list and the history
-- stay in the row, about 1-2 KB each even with the bodies out of line), so at 100,000 articles such a query
-- read about 100 MB of them. search_rows keeps what matching, filtering, counting and ordering need, about
-- 150 bytes an article: any row longer than 128 bytes has its vectors compressed and moved out of line
-- (toast_tuple_target), where only the ranking of the first matches reads them; matching reads their GIN
-- indexes (lib/store/read.ts searchArticles).
create table search_rows (
  slug text collate "C" primary key,
  date timestamptz not null,
  draft boolean not null,
  category text not null,
  tag_slugs text[] not null,
  author_slugs text[] not null,
  corrected boolean not null,
  -- The whole article: headline and summary weigh most, then topics, the text, the byline.
  search tsvector not null,
  -- What a list shows of it (headline, summary, topics, byline): a match here puts an article first.
  head_search tsvector not null
) with (toast_tuple_target = 128);
create index search_rows_search on search_rows using gin (search);
create index search_rows_head_search on search_rows using gin (head_search);

-- Kept by the articles table itself, in the transaction that changes it: every publish path (a first publish's
-- batches, a staged publish moved in, removals) is covered, and a reader never sees one without the other.
-- The function keeps this schema as its search path (set by lib/store/database.ts migrate for this
-- transaction): it runs later on connections whose search path is another.
create function search_row_sync() returns trigger
  language plpgsql set search_path from current as $$
begin
  if tg_op in ('DELETE', 'UPDATE') then
    delete from search_rows where slug = old.slug;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into search_rows (slug, date, draft, category, tag_slugs, author_slugs, corrected, search, head_search)
    values (
      new.slug, new.date, new.draft, new.category, new.tag_slugs, new.author_slugs, new.corrected,
      setweight(to_tsvector('english', new.title), 'A') ||
        setweight(to_tsvector('english', new.summary), 'B') ||
        setweight(to_tsvector('english', tags_text(new.tags)), 'B') ||
        setweight(to_tsvector('english', new.plain_text), 'C') ||
        setweight(to_tsvector('english', new.author), 'D'),
      setweight(to_tsvector('english', new.title), 'A') ||
        setweight(to_tsvector('english', new.summary), 'B') ||
        setweight(to_tsvector('english', tags_text(new.tags)), 'B') ||
        setweight(to_tsvector('english', new.author), 'D')
    );
  end if;
  return null;
end
$$;

create trigger articles_search_rows_written after insert or delete on articles
  for each row execute function search_row_sync();
-- A publish rewrites many rows' related lists alone: only a change to what search reads makes the row again.
create trigger articles_search_rows_changed after update on articles
  for each row
  when (
    (old.slug, old.date, old.draft, old.category, old.tag_slugs, old.author_slugs, old.corrected, old.title,
     old.summary, old.tags, old.plain_text, old.author)
    is distinct from
    (new.slug, new.date, new.draft, new.category, new.tag_slugs, new.author_slugs, new.corrected, new.title,
     new.summary, new.tags, new.plain_text, new.author)
  )
  execute function search_row_sync();

insert into search_rows (slug, date, draft, category, tag_slugs, author_slugs, corrected, search, head_search)
  select slug, date, draft, category, tag_slugs, author_slugs, corrected, search, head_search from articles;

-- The articles' own vectors and their index go: search_rows has them.
drop index articles_search;
alter table articles drop column search, drop column head_search;

-- Staged rows are made again like articles' (as 0005 did).
drop table staged_articles;
create table staged_articles (like articles including defaults);
alter table staged_articles add primary key (slug);
