-- Every quote by a minister in 2024: quotes whose speaker holds a title with "minister" in it,
-- in articles whose input record was dated 2024 (fields besides id and text are kept in meta).
-- Over the Parquet output of annotate.py, registered as the view `documents`.
SELECT DISTINCT
    d.meta['date']       AS date,
    d.id                 AS article,
    q.attrs['speaker']   AS speaker,
    r.attrs['title']     AS title,
    q.label              AS kind,
    q.start              AS offset,
    q.text               AS quote
FROM documents d
    LATERAL VIEW explode(d.quotes) quotes AS q
    LATERAL VIEW explode(d.roles) roles AS r
WHERE r.attrs['person'] = q.attrs['speaker']
  AND lower(r.attrs['title']) LIKE '%minister%'
  AND substr(d.meta['date'], 1, 4) = '2024'
ORDER BY date, article, offset
