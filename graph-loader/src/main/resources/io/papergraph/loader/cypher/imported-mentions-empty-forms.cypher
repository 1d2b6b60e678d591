// After an import (StoreImport) in which some mentions had no forms: CSV files cannot hold an empty list.
MATCH ()-[m:MENTIONS]->()
WHERE m.forms IS NULL
SET m.forms = []
