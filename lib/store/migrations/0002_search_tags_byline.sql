-- Search finds an article by its topics and its byline too, as the files backend's index does
-- (lib/search/records.ts): tags weigh like the summary, the byline least.

-- array_to_string is only "stable" (it could depend on settings for some element types); for text[] it
-- cannot, and a generated column needs an immutable expression.
create function tags_text(tags text[]) returns text
  language sql immutable parallel safe
  return array_to_string(tags, ' ');

drop index articles_search;
alter table articles drop column search;
alter table articles add column search tsvector generated always as (
  setweight(to_tsvector('english', title), 'A') ||
  setweight(to_tsvector('english', summary), 'B') ||
  setweight(to_tsvector('english', tags_text(tags)), 'B') ||
  setweight(to_tsvector('english', plain_text), 'C') ||
  setweight(to_tsvector('english', author), 'D')
) stored;
create index articles_search on articles using gin (search);
