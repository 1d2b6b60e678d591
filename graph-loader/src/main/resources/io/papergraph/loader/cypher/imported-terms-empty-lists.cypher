// After an import (StoreImport): CSV files cannot hold an empty list, which the loader stores for a term
// without aliases or Chinese names.
MATCH (t:Term)
WHERE t.aliases IS NULL OR t.namesZh IS NULL
SET t.aliases = coalesce(t.aliases, []), t.namesZh = coalesce(t.namesZh, [])
