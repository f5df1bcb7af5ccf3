-- Spring Modulith reads EVENT_PUBLICATION.ID as a UUID on H2 (a string elsewhere). With VARCHAR the redelivery of
-- incomplete events failed on every run ("Database value not of type UUID"); MySQL/MariaDB keep VARCHAR(36).
ALTER TABLE EVENT_PUBLICATION ALTER COLUMN ID SET DATA TYPE UUID;
