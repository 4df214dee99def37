-- Portable SQL: runs on H2 and PostgreSQL 15.
-- A delivery carries any number of report files, in order, instead of exactly one PDF and one
-- workbook. Each existing delivery's two files move here unchanged (the PDF first, as the
-- delivery's checksum was computed), so nothing queued or sent is lost or sent again.
CREATE TABLE delivery_attachment (
    delivery_id BIGINT        NOT NULL,
    position    INTEGER       NOT NULL,
    path        VARCHAR(1000) NOT NULL,
    sha256      VARCHAR(64)   NOT NULL,
    CONSTRAINT delivery_attachment_pk PRIMARY KEY (delivery_id, position),
    CONSTRAINT delivery_attachment_of FOREIGN KEY (delivery_id) REFERENCES delivery (delivery_id)
);

INSERT INTO delivery_attachment (delivery_id, position, path, sha256)
    SELECT delivery_id, 1, pdf_path, pdf_sha256 FROM delivery;

INSERT INTO delivery_attachment (delivery_id, position, path, sha256)
    SELECT delivery_id, 2, xlsx_path, xlsx_sha256 FROM delivery;

ALTER TABLE delivery DROP COLUMN pdf_path;
ALTER TABLE delivery DROP COLUMN pdf_sha256;
ALTER TABLE delivery DROP COLUMN xlsx_path;
ALTER TABLE delivery DROP COLUMN xlsx_sha256;
