-- What a list shows of an article (headline, summary, topics, byline) as a small search vector, kept
-- in the row (about 0.5 KB; the whole text's vector is about 6 KB, compressed out of line). A search
-- with more matches than it ranks by their whole text chooses the ones to rank by it: those matching
-- here first, then the newest (lib/store/read.ts searchArticles).
alter table articles add column head_search tsvector generated always as (
  setweight(to_tsvector('english', title), 'A') ||
  setweight(to_tsvector('english', summary), 'B') ||
  setweight(to_tsvector('english', tags_text(tags)), 'B') ||
  setweight(to_tsvector('english', author), 'D')
) stored;
