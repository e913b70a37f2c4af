-- Southside Health Center's reporting database (synthetic): its own table names, column names
-- and codes. The queries in south-*.sql (copied into qi.json) map it to the canonical columns.
-- Dates are ISO text; appointment, questionnaire and ED times are 'YYYY-MM-DD HH:MM';
-- modified_at is 'YYYY-MM-DD HH:MM:SS'. Ids are not unique keys: an EHR extract can repeat them.

CREATE TABLE person (
    person_key    INTEGER PRIMARY KEY,
    mrn           TEXT,             -- S-P000123
    site_code     TEXT,             -- S1
    dob           TEXT,
    gender_cd     TEXT,             -- FEM, MAL, NB (non-binary), UNK
    race_desc     TEXT,
    ethnic_desc   TEXT,
    pref_language TEXT,
    fin_class     TEXT,             -- MCD, MCR, COM, SELF
    deceased_on   TEXT,
    modified_at   TEXT NOT NULL
);

CREATE TABLE appointment (
    appt_key      INTEGER PRIMARY KEY,
    appt_no       TEXT,
    mrn           TEXT,
    site_code     TEXT,
    appt_start    TEXT,             -- 'YYYY-MM-DD HH:MM'
    visit_type    TEXT,             -- PCP, BHV (therapy), CCM (care manager), PSY (psychiatry), OTH
    contact_mode  TEXT,             -- OFC, VID, TEL
    appt_status   TEXT,             -- CMP, NOS (no-show), CAN
    prov_code     TEXT,
    duration_min  INTEGER,
    modified_at   TEXT NOT NULL
);

CREATE TABLE questionnaire_result (
    result_key    INTEGER PRIMARY KEY,
    result_no     TEXT,
    mrn           TEXT,
    site_code     TEXT,
    taken_at      TEXT,             -- 'YYYY-MM-DD HH:MM'
    instrument_cd TEXT,             -- LOINC 44261-6 PHQ-9, 55758-7 PHQ-2, 70274-6 GAD-7, 75626-2 AUDIT-C; local PHQA, EPDS, GAD2, DAST10, CRAFFT, PRAPARE
    total_score   INTEGER,
    item9_score   INTEGER,
    positive_yn   TEXT,             -- Y, N
    modified_at   TEXT NOT NULL
);

CREATE TABLE referral_order (
    order_key       INTEGER PRIMARY KEY,
    order_no        TEXT,
    mrn             TEXT,
    site_code       TEXT,
    ordered_on      TEXT,
    specialty_cd    TEXT,           -- BH, PSYCH, SUD, SOCWK, OTH
    warm_handoff_yn INTEGER,        -- 1, 0
    modified_at     TEXT NOT NULL
);

CREATE TABLE ed_event (
    event_key      INTEGER PRIMARY KEY,
    event_no       TEXT,
    mrn            TEXT,
    arrival_at     TEXT,            -- 'YYYY-MM-DD HH:MM'
    dx_primary     TEXT,
    disposition_cd TEXT,            -- ADM (admitted), DC (discharged)
    facility_cd    TEXT,
    dx_other       TEXT,            -- further ICD-10-CM codes, ';'-separated (self-harm causes, ...)
    modified_at    TEXT NOT NULL
);

CREATE TABLE rx_dispense (
    dispense_key  INTEGER PRIMARY KEY,
    dispense_no   TEXT,
    mrn           TEXT,
    dispensed_on  TEXT,
    drug_name     TEXT,
    ther_class    TEXT,             -- ANTIDEPRESSANT, STATIN, ...
    days_supply   INTEGER,
    modified_at   TEXT NOT NULL
);

CREATE TABLE problem_list (
    problem_key   INTEGER PRIMARY KEY,
    problem_no    TEXT,
    mrn           TEXT,
    icd10_cd      TEXT,
    noted_on      TEXT,
    modified_at   TEXT NOT NULL
);

CREATE TABLE satisfaction_survey (
    survey_key    INTEGER PRIMARY KEY,
    survey_no     TEXT,
    mrn           TEXT,
    site_code     TEXT,
    returned_on   TEXT,
    rating        INTEGER,
    scale_max     INTEGER,
    modified_at   TEXT NOT NULL
);
