-- Columns that let the access scope be checked on the person row itself, without a subquery per
-- row: the person's nationalities as ",TJK,KAZ," and whether any share of the record exists.
-- V6_1 fills them for persons registered before.
ALTER TABLE person ADD COLUMN nationality_codes VARCHAR(200) DEFAULT ',' NOT NULL;
ALTER TABLE person ADD COLUMN shared BOOLEAN DEFAULT FALSE NOT NULL;
