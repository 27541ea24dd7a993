-- The people quoted most often, with the number of articles they are quoted in.
SELECT
    q.attrs['speaker']    AS speaker,
    count(*)              AS quotes,
    count(DISTINCT d.id)  AS articles
FROM documents d
    LATERAL VIEW explode(d.quotes) quotes AS q
WHERE q.attrs['speaker'] IS NOT NULL
GROUP BY q.attrs['speaker']
ORDER BY quotes DESC, speaker
LIMIT 20
